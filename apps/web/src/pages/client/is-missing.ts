import type { ApiError } from '../../api/graphql-client';

/** An id from the address that names nothing the client may see: unknown, another tenant's, or not an id at all. */
export function isMissing(error: ApiError): boolean {
  return error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT';
}
