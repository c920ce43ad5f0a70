/** The codes a client can see in `extensions.code`. One mapping (apps/api graphql error formatter) uses them. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

/** A field-level problem: `field` is a dotted path into the input, e.g. `input.country`. */
export interface FieldError {
  field: string;
  message: string;
}

/** An error a user can act on. Anything else that escapes is an internal error and is never shown. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const badInput = (fields: FieldError[], message = 'The input is not valid') =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields });

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);

export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, `Too many attempts; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
