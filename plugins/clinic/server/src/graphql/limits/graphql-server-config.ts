import type { Core } from '@strapi/strapi';
import { simpleEstimator } from 'graphql-query-complexity';
import { armorValidationRules, suggestionMaskPlugins } from './armor-rules';
import { introspectionEstimator, shadowCrudEstimator } from './estimators';
import { inputDepthRule } from './input-values';
import { strapiGraphqlFormatError } from './mask-errors';
import { operationGuardPlugin } from './operation-guard.plugin';
import type { OperationLimits } from './operation-limits';

/**
 * Adds the limits to plugin-graphql's Apollo Server config. Its bootstrap merges
 * `apolloServer` into its defaults with a mergeWith that concatenates arrays
 * (plugin-graphql 5.54, dist/server/bootstrap.js), so the rules and plugins here come
 * after its depth rule, landing page and root-query-args plugins; formatError replaces
 * its own (which it wraps, mask-errors.ts). Set in the clinic plugin's register, before
 * plugin-graphql's bootstrap reads it.
 */
export const applyGraphqlLimits = (strapi: Core.Strapi) => {
  const limits = strapi.plugin('clinic').config<OperationLimits>('graphqlLimits');
  const graphql = strapi.plugin('graphql');
  const paging = { defaultLimit: graphql.config<number>('defaultLimit') ?? 10, maxLimit: graphql.config<number>('maxLimit') ?? -1 };
  const current = strapi.config.get<Record<string, any>>('plugin::graphql.apolloServer', {}) ?? {};
  strapi.config.set('plugin::graphql.apolloServer', {
    ...current,
    parseOptions: { ...current.parseOptions, maxTokens: limits.maxTokens },
    validationRules: [...(current.validationRules ?? []), ...armorValidationRules(limits), inputDepthRule(limits.maxInputDepth)],
    plugins: [
      ...(current.plugins ?? []),
      operationGuardPlugin({
        maxComplexity: limits.maxComplexity,
        maxInputDepth: limits.maxInputDepth,
        estimators: (schema) => [introspectionEstimator(schema), shadowCrudEstimator(paging), simpleEstimator({ defaultComplexity: 1 })],
      }),
      // Where introspection is off (production), "Did you mean" would read the schema back.
      ...suggestionMaskPlugins(current.introspection !== false),
    ],
    formatError: strapiGraphqlFormatError(strapi.log),
    // Used when plugin-graphql parses the body itself (exactly /graphql, no query string);
    // body-limit.middleware.ts bounds the other cases.
    bodyParserConfig: { ...(typeof current.bodyParserConfig === 'object' ? current.bodyParserConfig : {}), jsonLimit: limits.maxBodyBytes },
  });
};
