import depthLimit from 'graphql-depth-limit';
import { getNullableType, GraphQLError, isListType, Kind, separateOperations, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';

export interface SiteLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** Lists without a page argument (a location's services, a bundle's items…) are bounded by the catalogue; count them as this many. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * A paginated field costs its children times the page size asked for; an unpaged
 * list its children times UNPAGED_LIST_ESTIMATE; the `items` of a page were counted by its parent.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (field.args.some((a) => a.name === 'page')) {
    const limit = (args?.page as { limit?: number } | null | undefined)?.limit ?? 20;
    return 1 + childComplexity * limit;
  }
  if (field.name === 'items') return childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + childComplexity * UNPAGED_LIST_ESTIMATE;
  return undefined;
};

export const depthRule = (limits: SiteLimits) => depthLimit(limits.maxDepth);

/**
 * The cost limit runs once the operation and its variables are known (a validation
 * rule would not see the variables), before any resolver.
 */
export const complexityPlugin = (schema: GraphQLSchema, limits: SiteLimits): ApolloServerPlugin => ({
  // Apollo's hooks return promises; `async` keeps a refusal thrown here a rejection.
  // eslint-disable-next-line @typescript-eslint/require-await
  async requestDidStart() {
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      async didResolveOperation({ request, document, operationName, operation }) {
        // Introspection (codegen, IDEs) is bounded by the schema itself.
        if (operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return;
        const query = operationName ? separateOperations(document)[operationName] ?? document : document;
        const complexity = getComplexity({
          schema,
          query,
          variables: request.variables ?? {},
          estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > limits.maxComplexity) {
          throw new GraphQLError(
            `Query is too complex: ${complexity} points, the limit is ${limits.maxComplexity}. Ask for fewer fields or smaller pages.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maximumComplexity: limits.maxComplexity, http: { status: 400 } } },
          );
        }
      },
    };
  },
});
