import depthLimit from 'graphql-depth-limit';
import type { GraphQLSchema } from 'graphql';
import { simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { introspectionEstimator, unpagedListEstimator } from '../graphql/limits/estimators';
import type { OperationLimits } from '../graphql/limits/operation-limits';

export interface SiteLimits extends OperationLimits {
  /** Data depth; introspection fields are bounded by maxTotalDepth instead. */
  maxDepth: number;
}

/** A page size as asked, at least 1: a negative or zero size must not lower the cost of the rest of the operation. */
const asked = (size: unknown) => (typeof size === 'number' && Number.isFinite(size) ? Math.max(1, size) : 20);

/**
 * A paginated field costs its children times the page size asked for (`page.limit`
 * of an offset list, `first` of a connection); the `items` or `edges` of a page were
 * counted by its parent; other lists are unpaged (UNPAGED_LIST_ESTIMATE).
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (field.args.some((a) => a.name === 'page')) return 1 + childComplexity * asked((args?.page as { limit?: number } | null | undefined)?.limit);
  if (field.args.some((a) => a.name === 'first')) return 1 + childComplexity * asked(args?.first);
  if (field.name === 'items' || field.name === 'edges') return childComplexity;
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
