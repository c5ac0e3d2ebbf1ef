import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { boundedLabel, type Metrics } from './registry';

/** Site-API operations by name and outcome, and response-cache hits (set by Apollo's response-cache plugin). */
export const siteApiMetricsPlugin = (metrics: Metrics, responseCache: boolean): ApolloServerPlugin<BaseContext> => {
  const operationLabel = boundedLabel();
  return {
    requestDidStart() {
      const started = process.hrtime.bigint();
      return Promise.resolve({
        willSendResponse(requestContext) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = requestContext.errors?.length ? 'error' : 'ok';
          metrics.graphqlOperations.observe({ operation: operationLabel(requestContext.operationName), outcome }, seconds);
          if (responseCache && requestContext.operation?.operation === OperationTypeNode.QUERY) {
            metrics.responseCache.inc({ result: requestContext.metrics.responseCacheHit ? 'hit' : 'miss' });
          }
          return Promise.resolve();
        },
      });
    },
  };
};
