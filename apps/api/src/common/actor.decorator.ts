import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@assay/domain';
import type { GraphqlContext } from '../graphql/graphql-context.js';

/** The caller of a GraphQL operation, or null when anonymous. Services decide what the caller may do. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  const { actor, authError } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  if (authError) throw authError;
  return actor;
});
