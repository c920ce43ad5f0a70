import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@assay/domain';

const STATUS_OF_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
};

/** Codes of the HTTP-only refusals (REST routes answer a few statuses GraphQL has no use for). */
const CODE_OF_STATUS: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.BAD_USER_INPUT,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [HttpStatus.CONFLICT]: ErrorCode.CONFLICT,
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
  // Content of an allowed type that is refused for what it holds (a PDF with scripts).
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'UNSAFE_CONTENT',
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
};

interface RestError {
  status: number;
  error: { code: string; message: string; [detail: string]: unknown };
}

/** Errors that carry their own 4xx status (Fastify's and its plugins', e.g. multipart limits). */
function clientStatusOf(exception: unknown): number | null {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

export function toRestError(exception: unknown): RestError {
  if (exception instanceof DomainError) {
    return { status: STATUS_OF_CODE[exception.code], error: { code: exception.code, message: exception.message, ...exception.details } };
  }
  const status = exception instanceof HttpException ? exception.getStatus() : clientStatusOf(exception);
  if (status !== null && status < 500) {
    return { status, error: { code: CODE_OF_STATUS[status] ?? ErrorCode.BAD_USER_INPUT, message: (exception as Error).message } };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal error' } };
}

/**
 * The one place where REST routes turn errors into responses: `{ error: { code, message } }` with the HTTP
 * status of the code (the same codes as GraphQL's `extensions.code`). Anything unexpected is logged whole and
 * answered as a bare 500.
 */
@Catch()
export class RestExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Rest');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const { status, error } = toRestError(exception);
    if (status >= 500) this.logger.error({ err: exception }, 'unexpected error in a REST route');
    else this.logger.debug({ code: error.code, message: error.message }, 'request refused');
    // A download that fails once its headers are out can only be cut short.
    if (reply.sent) return;
    // Refused before its body was read to the end (an upload cut short): nothing will read the rest, and a
    // kept-alive connection would hang on it, so this response ends the connection.
    if (!http.getRequest<FastifyRequest>().raw.complete) void reply.header('connection', 'close');
    void reply.status(status).send({ error });
  }
}
