import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { badInput } from '@assay/domain';

/**
 * Estimated cost of a document: every field costs 1, and a paginated field costs its page size (`first`)
 * times its children, so one query cannot walk the whole catalogue.
 */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    estimators: [
      ({ args, childComplexity }) =>
        typeof args.first === 'number' && args.first > 0 ? args.first * (childComplexity + 1) : undefined,
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** Mercurius preExecution hook: runs after validation, with the variables, and keeps mercurius' query cache on. */
export function costLimitHook(maximum: number) {
  return async (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) => {
    let cost: number;
    try {
      cost = queryCost(schema, document, variables ?? {});
    } catch {
      return; // variables that do not coerce are refused by GraphQL execution with their own message
    }
    if (cost > maximum) {
      throw badInput([], `Query is too costly: estimated ${cost}, the limit is ${maximum}; ask for smaller pages or fewer fields`);
    }
  };
}
