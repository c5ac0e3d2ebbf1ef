import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, getVariableValues, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { deepVariableError, nestsDeeperThan, variableArgumentPath } from './input-values';
import { LIMIT_CODES } from './limit-errors';

export interface OperationGuardOptions {
  maxComplexity: number;
  maxInputDepth: number;
  /** Estimators for this endpoint's schema, first match wins (graphql-query-complexity). */
  estimators: (schema: GraphQLSchema) => ComplexityEstimator[];
}

const refuse = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/** A variable that does not fit its declared type, named as the argument it feeds. */
const badVariable = (document: DocumentNode, error: GraphQLError) => {
  const node = error.nodes?.[0];
  const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : null;
  const argument = (variable && variableArgumentPath(document, variable)) ?? (variable ? `$${variable}` : 'variables');
  return refuse(`Invalid argument ${argument}: ${error.message}`, {
    code: LIMIT_CODES.input,
    argument,
    ...(variable ? { variable } : {}),
    issues: [{ argument, message: error.message }],
  });
};

const tooComplex = (complexity: number | null, max: number) =>
  refuse(
    complexity === null
      ? `Query is too complex: it has too many fields to estimate, the limit is ${max} points. Ask for fewer fields or smaller pages.`
      : `Query is too complex: ${complexity} points, the limit is ${max}. Ask for fewer fields or smaller pages.`,
    { code: LIMIT_CODES.complexity, ...(complexity === null ? {} : { complexity }), maximumComplexity: max },
  );

const checkOperation = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options: OperationGuardOptions,
) => {
  // Every variable sent, declared or not: some consumers walk them recursively.
  for (const [name, value] of Object.entries(variables)) {
    if (nestsDeeperThan(value, options.maxInputDepth)) throw deepVariableError(document, name, options.maxInputDepth);
  }
  // Coerced here, before execution would, because the cost depends on them (page sizes):
  // a bad one is the client's error, not an estimator's crash (it was HTTP 500).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors?.length) throw badVariable(document, coerced.errors[0]);

  let complexity: number;
  try {
    complexity = getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: options.estimators(schema) });
  } catch (error) {
    // graphql-query-complexity stops at 10,000 evaluated nodes (fragments spread many times).
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) throw tooComplex(null, options.maxComplexity);
    throw error;
  }
  if (complexity > options.maxComplexity) throw tooComplex(complexity, options.maxComplexity);
};

/**
 * Runs once the operation is known and before anything resolves (Apollo answers an
 * error thrown here with its http status): input nesting, variable types, then cost.
 * Validation rules cannot do it: they do not see the variables, and page sizes often are one.
 */
export const operationGuardPlugin = <TContext extends BaseContext>(options: OperationGuardOptions): ApolloServerPlugin<TContext> => ({
  // Apollo's hooks return promises; `async` keeps a refusal thrown here a rejection.
  // eslint-disable-next-line @typescript-eslint/require-await
  async requestDidStart() {
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      async didResolveOperation({ schema, request, document, operation }) {
        if (!operation) return;
        checkOperation(schema, document, operation, request.variables ?? {}, options);
      },
    };
  },
});
