import { parseCookie, stringifySetCookie } from 'cookie';

/** Where the dashboard lives; its session cookie is sent to nothing else. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Holds a short-lived access token, so a browser navigating to the dashboard (no Authorization header) is known. */
export const SESSION_COOKIE = 'assay_queue_dashboard';

/**
 * The Set-Cookie value of a dashboard session: HttpOnly (no script reads the token), SameSite=Strict (no other
 * site's page can make the browser send it, which is what protects the board's own buttons from cross-site
 * requests), scoped to the dashboard's path, and Secure where the api is served over HTTPS (production).
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: token, maxAge: maxAgeSeconds, path: QUEUE_DASHBOARD_PATH, httpOnly: true, sameSite: 'strict', secure });
}

/** The same cookie, expired: the browser drops it. */
export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: '', maxAge: 0, expires: new Date(0), path: QUEUE_DASHBOARD_PATH, httpOnly: true, sameSite: 'strict', secure });
}

/** The session token a request's Cookie header carries, if any. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}
