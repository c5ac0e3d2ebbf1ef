import depthLimit from 'graphql-depth-limit';
import type { GraphQLSchema } from 'graphql';
import { simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { introspectionEstimator, unpagedListEstimator } from '../graphql/limits/estimators';
import type { OperationLimits } from '../graphql/limits/operation-limits';

export interface SiteLimits extends OperationLimits {
  /** Data depth; introspection fields are bounded by maxTotalDepth instead. */
  maxDepth: number;
}

/**
 * A paginated field costs its children times the page size asked for; the `items`
 * of a page were counted by its parent; other lists are unpaged (UNPAGED_LIST_ESTIMATE).
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (field.args.some((a) => a.name === 'page')) {
    const limit = (args?.page as { limit?: number } | null | undefined)?.limit ?? 20;
    return 1 + childComplexity * limit;
  }
  if (field.name === 'items') return childComplexity;
  return undefined;
};

/** The site API's cost model, introspection and `__typename` included. */
export const siteEstimators = (schema: GraphQLSchema): ComplexityEstimator[] => [
  introspectionEstimator(schema),
  pageEstimator,
  unpagedListEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

export const depthRule = (limits: Pick<SiteLimits, 'maxDepth'>) => depthLimit(limits.maxDepth);
