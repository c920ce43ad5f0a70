import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '@assay/domain';

export const INTERNAL_ERROR = 'INTERNAL_SERVER_ERROR';

interface ErrorLogger {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Errors mercurius raises before execution (parse, validation, depth, cost) carry their GraphQL errors. */
function rejectedDocumentErrors(error: GraphQLError): GraphQLError[] | null {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(inner) ? inner.map((e) => (e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message)))) : null;
}

/** Fastify's and Mercurius' own errors carry the HTTP status they mean; 4xx ones are the caller's. */
function isClientHttpError(error: Error): boolean {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Refusals of the HTTP body itself keep their status and code (the same as the REST routes answer). */
const BODY_REFUSALS: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

function bodyRefusalStatus(error: GraphQLError): number | null {
  const status = (error.originalError as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status in BODY_REFUSALS ? status : null;
}

function formatOne(error: GraphQLError, log: ErrorLogger): GraphQLFormattedError {
  const original = error.originalError;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: error.path,
      locations: error.locations,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (!original || original instanceof GraphQLError || isClientHttpError(original)) {
    // The request was rejected by GraphQL itself (unknown field, wrong type, ...) or by Fastify/Mercurius
    // before it (a body that is not JSON or too large, no query): the caller's mistake, with a message meant for them.
    const status = bodyRefusalStatus(error);
    return { message: error.message, locations: error.locations, path: error.path, extensions: { code: status ? BODY_REFUSALS[status] : ErrorCode.BAD_USER_INPUT } };
  }
  // Anything else is a bug or an outage: log it whole, show nothing of it.
  log.error({ err: original, path: error.path }, 'unexpected error in a GraphQL resolver');
  return { message: 'Internal error', path: error.path, extensions: { code: INTERNAL_ERROR } };
}

/**
 * The one place where errors become GraphQL responses: domain errors keep their code and field details;
 * GraphQL's own rejections answer BAD_USER_INPUT (400), a body too large PAYLOAD_TOO_LARGE (413); anything else
 * is hidden as INTERNAL_SERVER_ERROR.
 * Never a 500: a GraphQL response always carries its errors in the body.
 */
export function formatGraphqlErrors(
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  log: ErrorLogger,
): { statusCode: number; response: FormattedExecutionResult } {
  let rejectedDocument = false;
  let bodyRefused: number | null = null;
  const errors = execution.errors.flatMap((error) => {
    bodyRefused ??= bodyRefusalStatus(error);
    const inner = rejectedDocumentErrors(error);
    if (inner) {
      rejectedDocument = true;
      return inner.map((e) => formatOne(e, log));
    }
    if (error.originalError && isClientHttpError(error.originalError)) rejectedDocument = true;
    return [formatOne(error, log)];
  });
  return {
    statusCode: bodyRefused ?? (rejectedDocument && !execution.data ? 400 : 200),
    response: { data: execution.data ?? null, errors },
  };
}
