import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@assay/domain';

/**
 * Hands every resolver error to GraphQL unchanged; `formatGraphqlErrors` is the one place that turns them
 * into responses. Domain errors are expected outcomes, so they are logged at debug level, not as crashes.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, _host: ArgumentsHost): unknown {
    if (exception instanceof DomainError) {
      this.logger.debug({ code: exception.code, message: exception.message, details: exception.details }, 'request refused');
    }
    return exception;
  }
}
