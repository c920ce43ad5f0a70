import { ApiError, client } from './graphql-client';

/** How a REST route of the api answers a refusal (apps/api/src/common/rest-exception.filter.ts). */
interface RestErrorBody {
  error?: { code?: string; message?: string; fields?: { field: string; message: string }[] };
}

/**
 * Runs a request with the session's bearer token; when the api answers 401 because the access token expired, the
 * session is refreshed once and the request sent again (as GraphqlClient.request does for GraphQL).
 */
async function withSession<T extends { status: number }>(send: (authorization: string | null) => Promise<T>): Promise<T> {
  const sent = client.authorization;
  const first = await send(sent);
  if (first.status !== 401 || !sent) return first;
  if (!(await client.refresh())) throw new ApiError('Your session has ended; sign in again.', 'UNAUTHENTICATED');
  return send(client.authorization);
}

function restError(status: number, body: RestErrorBody | null): ApiError {
  return new ApiError(body?.error?.message ?? `The server answered ${status}`, body?.error?.code ?? 'SERVER_ERROR', body?.error?.fields ?? []);
}

/**
 * Downloads a file from a REST route that needs the bearer token (a plain link cannot send it) and hands it to the
 * browser as a download: under the name the server gives (else `fileName`), or under `fileName` when `exactName`.
 */
export async function downloadFile(url: string, fileName: string, { exactName = false } = {}): Promise<void> {
  const response = await client.fetchWithSession(url);
  if (!response.ok) throw restError(response.status, (await response.json().catch(() => null)) as RestErrorBody | null);
  const serverName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const href = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href, download: exactName ? fileName : (serverName ?? fileName) });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after the click's task has run.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * POSTs a multipart form with XMLHttpRequest, which (unlike fetch) reports upload progress: `onProgress` gets the
 * share sent, 0 to 1. Resolves with the JSON body of a 2xx answer; a refusal rejects with its ApiError.
 */
export async function uploadForm<T>(url: string, form: FormData, onProgress: (share: number) => void): Promise<T> {
  const { status, body } = await withSession(
    (authorization) =>
      new Promise<{ status: number; body: unknown }>((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', url);
        request.responseType = 'json';
        if (authorization) request.setRequestHeader('authorization', authorization);
        request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
        request.onload = () => resolve({ status: request.status, body: request.response as unknown });
        request.onerror = () => reject(new ApiError('The upload could not reach the server', 'NETWORK_ERROR'));
        request.send(form);
      }),
  );
  if (status < 200 || status >= 300) throw restError(status, body as RestErrorBody | null);
  return body as T;
}

/** A download URL the api gives (named by its configured public URL), taken relative to this origin. */
export function apiPath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return parsed.pathname + parsed.search;
}
