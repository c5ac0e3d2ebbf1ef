import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { LIMIT_CODES, QueryLimitError, type LimitCode } from './limit-errors';
import type { OperationLimits } from './operation-limits';

const reportAs =
  (code: LimitCode, limit: number) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(new QueryLimitError(error.message.replace(/^Syntax Error: /, ''), code, { limit }));

/**
 * graphql-armor's aliases, directives and depth rules, tightened: armor lets any
 * number of `__typename` aliases through by default (allowList) and does not count
 * introspection in depth (ignoreIntrospection), the two holes issue 7 went through.
 * Each refusal is reported (not thrown: a thrown error would be a 500) with its own code.
 *
 * Not used from armor, on purpose:
 * - max-tokens: its Apollo plugin throws from parsingDidStart, which Apollo answers
 *   with HTTP 500, and its unexpectedErrorProcessingRequest hook turns every unexpected
 *   error into GRAPHQL_VALIDATION_FAILED with the raw message. graphql-js's own
 *   `parseOptions.maxTokens` stops the parser at the same point and answers 400.
 * - cost-limit: it does not know page sizes (only `first`/`last`) and grows 1.5× per
 *   level; graphql-query-complexity with page-aware estimators does (operation-guard.plugin.ts).
 * - block-field-suggestion: here; see suggestionMaskPlugins, which follows introspection.
 */
export const armorValidationRules = (limits: OperationLimits): ValidationRule[] => {
  const reject = (code: LimitCode, limit: number) => ({ propagateOnRejection: false, onReject: [reportAs(code, limit)] });
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases, allowList: [], ...reject(LIMIT_CODES.aliases, limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...reject(LIMIT_CODES.directives, limits.maxDirectives) },
    maxDepth: {
      n: limits.maxTotalDepth,
      ignoreIntrospection: false,
      // A fragment is not a level of the response: count fields only.
      flattenFragments: true,
      ...reject(LIMIT_CODES.depth, limits.maxTotalDepth),
    },
  }).protect();
  return validationRules ?? [];
};

/**
 * "Did you mean …" suggestions read the schema back one guess at a time: where
 * introspection is off (production, by default) they are masked too, by armor's
 * block-field-suggestion plugin; where it is on they give away nothing and help
 * the people writing queries.
 */
export const suggestionMaskPlugins = (introspection: boolean) => {
  if (introspection) return [];
  const { plugins } = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxDepth: { enabled: false },
  }).protect();
  return plugins ?? [];
};
