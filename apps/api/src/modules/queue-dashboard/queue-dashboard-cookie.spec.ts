import { QUEUE_DASHBOARD_PATH, SESSION_COOKIE, clearedSessionCookie, sessionCookie, sessionTokenFrom } from './queue-dashboard-cookie.js';

describe('the queue dashboard session cookie', () => {
  it('is HttpOnly, SameSite=Strict, scoped to the dashboard and lives as long as its token', () => {
    const cookie = sessionCookie('a.b.c', 900, false);
    expect(cookie.split('; ')).toEqual(expect.arrayContaining([`${SESSION_COOKIE}=a.b.c`, 'Max-Age=900', `Path=${QUEUE_DASHBOARD_PATH}`, 'HttpOnly', 'SameSite=Strict']));
    expect(cookie).not.toContain('Secure');
  });

  it('is Secure when asked (production)', () => {
    expect(sessionCookie('a.b.c', 900, true).split('; ')).toContain('Secure');
    expect(clearedSessionCookie(true).split('; ')).toContain('Secure');
  });

  it('is cleared with an empty value that has expired', () => {
    const cleared = clearedSessionCookie(false).split('; ');
    expect(cleared).toEqual(expect.arrayContaining([`${SESSION_COOKIE}=`, 'Max-Age=0', `Path=${QUEUE_DASHBOARD_PATH}`]));
    expect(cleared.find((part) => part.startsWith('Expires='))).toBe('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('is found among other cookies, and only under its own name', () => {
    expect(sessionTokenFrom(`theme=dark; ${SESSION_COOKIE}=x.y.z; other=1`)).toBe('x.y.z');
    expect(sessionTokenFrom(`not_${SESSION_COOKIE}=x.y.z`)).toBeUndefined();
    expect(sessionTokenFrom(`${SESSION_COOKIE}=`)).toBeUndefined();
    expect(sessionTokenFrom(undefined)).toBeUndefined();
    expect(sessionTokenFrom('garbage without equals sign')).toBeUndefined();
  });
});
