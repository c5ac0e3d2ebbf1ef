/**
 * The limits every GraphQL endpoint of the app enforces before it runs anything
 * (issue 7: unauthenticated queries exhausted the heap). The site API and Strapi's
 * /graphql each have their own values (config/plugins.ts, README "Query limits").
 */
export interface OperationLimits {
  /** Request body, in bytes (413 past it). */
  maxBodyBytes: number;
  /** Lexical tokens of the document; the parser stops there. */
  maxTokens: number;
  /** Aliases in an operation, `__typename` ones included. */
  maxAliases: number;
  /** Directives in an operation. */
  maxDirectives: number;
  /** Depth counting every field, introspection included (fragments flattened). */
  maxTotalDepth: number;
  /** Estimated cost (graphql-query-complexity), introspection and `__typename` included. */
  maxComplexity: number;
  /** Nesting of any input value, literal or variable. */
  maxInputDepth: number;
}

export const OPERATION_LIMIT_KEYS = [
  'maxBodyBytes',
  'maxTokens',
  'maxAliases',
  'maxDirectives',
  'maxTotalDepth',
  'maxComplexity',
  'maxInputDepth',
] as const satisfies readonly (keyof OperationLimits)[];

/** A config validator's message for the first limit that is not a whole number >= 1, or null. */
export const invalidLimit = (limits: Partial<Record<keyof OperationLimits, unknown>> | undefined, where: string): string | null => {
  for (const key of OPERATION_LIMIT_KEYS) {
    const value = limits?.[key];
    if (!Number.isInteger(value) || (value as number) < 1) return `${where}.${key} must be a whole number >= 1, got ${String(value)}`;
  }
  return null;
};
