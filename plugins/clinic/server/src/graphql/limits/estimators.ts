import { getNullableType, isIntrospectionType, isListType, type GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What answering a full introspection costs grows with the schema: about twenty values
 * (name, kind, description, fields, their types…) per type.
 */
export const INTROSPECTION_POINTS_PER_TYPE = 20;

/** Lists without a page argument (components, a location's services…) count as this many items. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Introspection and `__typename` cost like other fields (issue 7: an operation of `__`
 * fields only used to be free): 1 per field, and `__schema` the size of the schema once.
 * Introspection lists are not multiplied: their length is the schema's, counted by `__schema`.
 */
export const introspectionEstimator = (schema: GraphQLSchema): ComplexityEstimator => {
  const schemaCost = Object.keys(schema.getTypeMap()).length * INTROSPECTION_POINTS_PER_TYPE;
  return ({ field, type, childComplexity }) => {
    if (field.name === '__schema') return 1 + schemaCost + childComplexity;
    if (field.name.startsWith('__') || isIntrospectionType(type)) return 1 + childComplexity;
    return undefined;
  };
};

/** An unpaged list costs its items times UNPAGED_LIST_ESTIMATE. */
export const unpagedListEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isListType(getNullableType(field.type)) ? 1 + childComplexity * UNPAGED_LIST_ESTIMATE : undefined;

export interface ShadowCrudPaging {
  defaultLimit: number;
  /** -1: unbounded (Strapi's meaning); then a page counts as defaultLimit × 10. */
  maxLimit: number;
}

/** The rows a shadow-CRUD `pagination` argument asks for, as Strapi will clamp it (@strapi/utils pagination). */
export const shadowCrudPageSize = (pagination: unknown, { defaultLimit, maxLimit }: ShadowCrudPaging): number => {
  const cap = maxLimit > 0 ? maxLimit : defaultLimit * 10;
  const { limit, pageSize } = (pagination ?? {}) as { limit?: number | null; pageSize?: number | null };
  const asked = limit ?? pageSize ?? defaultLimit;
  if (asked === -1) return cap;
  return Math.min(Math.max(asked, 1), cap);
};

/**
 * Strapi's /graphql: a list with `pagination` (collection queries, to-many relations,
 * `_connection`s) costs its children times the page it asks for (default 25, at most
 * maxLimit); a connection's `nodes` were counted by the connection.
 */
export const shadowCrudEstimator =
  (paging: ShadowCrudPaging): ComplexityEstimator =>
  (options) => {
    const { field, args, childComplexity } = options;
    if (field.args.some((a) => a.name === 'pagination')) return 1 + childComplexity * shadowCrudPageSize(args?.pagination, paging);
    if (field.name === 'nodes') return childComplexity;
    return unpagedListEstimator(options);
  };
