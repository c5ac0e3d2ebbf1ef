import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The stable extensions.code of each refusal (README "Query limits"). */
export const LIMIT_CODES = {
  tokens: 'TOO_MANY_TOKENS',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  depth: 'QUERY_TOO_DEEP',
  complexity: 'QUERY_TOO_COMPLEX',
  input: 'BAD_USER_INPUT',
} as const;

export type LimitCode = (typeof LIMIT_CODES)[keyof typeof LIMIT_CODES];

/**
 * A refusal raised while validating. Apollo wraps validation errors in its own
 * ValidationError, whose code is always GRAPHQL_VALIDATION_FAILED; the formatError of
 * each endpoint (limitRefusal) gives the stable code back.
 */
export class QueryLimitError extends GraphQLError {
  constructor(message: string, code: LimitCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}

// Refusals whose text is graphql-js's or graphql-depth-limit's own (pinned versions; the
// integration tests pin the codes). graphql 16 writes "more that N tokens".
const TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;
const DATA_DEPTH = /exceeds maximum operation depth of (\d+)$/;

const originalOf = (error: unknown): unknown => (error instanceof GraphQLError && error.originalError ? error.originalError : error);

/** The formatted refusal with its stable code when `error` is a limit's, else null. */
export const limitRefusal = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null => {
  const original = originalOf(error);
  if (original instanceof QueryLimitError) {
    const { http: _http, ...extensions } = original.extensions as Record<string, unknown>;
    return { message: original.message, locations: formatted.locations, extensions };
  }
  const tokens = TOKENS.exec(formatted.message);
  if (tokens) {
    const limit = Number(tokens[1]);
    return { message: `Query has more than ${limit} tokens. Send a smaller document.`, extensions: { code: LIMIT_CODES.tokens, limit } };
  }
  const depth = DATA_DEPTH.exec(formatted.message);
  if (depth) {
    const limit = Number(depth[1]);
    return { message: `Query depth limit of ${limit} exceeded (introspection fields not counted).`, extensions: { code: LIMIT_CODES.depth, limit } };
  }
  return null;
};
