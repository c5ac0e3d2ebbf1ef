import depthLimit from 'graphql-depth-limit';
import { buildSchema, GraphQLError, parse, validate, type GraphQLFormattedError } from 'graphql';
import { limitRefusal, QueryLimitError } from '../limit-errors';

const formattedOf = (error: { message: string }): GraphQLFormattedError => ({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

describe('limitRefusal gives each refusal its stable code', () => {
  it("maps graphql-js's own token limit to TOO_MANY_TOKENS", () => {
    let error: Error | null = null;
    try {
      parse('{ a b c d e }', { maxLexicalTokens: 3 });
    } catch (e) {
      error = e as Error;
    }
    expect(limitRefusal(formattedOf(error!), error)).toEqual({
      message: 'Query has more than 3 tokens. Send a smaller document.',
      extensions: { code: 'TOO_MANY_TOKENS', limit: 3 },
    });
  });

  it("maps graphql-depth-limit's refusal to QUERY_TOO_DEEP", () => {
    const schema = buildSchema('type Query { me: User } type User { friend: User name: String }');
    const [error] = validate(schema, parse('{ me { friend { friend { name } } } }'), [depthLimit(2)]);
    expect(limitRefusal(formattedOf(error), error)?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 2 });
  });

  it('gives a QueryLimitError its own code, not the GRAPHQL_VALIDATION_FAILED Apollo wraps it in, and no http extension', () => {
    const original = new QueryLimitError('Aliases limit of 30 exceeded, found 31.', 'TOO_MANY_ALIASES', { limit: 30 });
    const wrapped = new GraphQLError(original.message, { originalError: original, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(limitRefusal(formattedOf(original), wrapped)).toEqual({
      message: 'Aliases limit of 30 exceeded, found 31.',
      locations: undefined,
      extensions: { code: 'TOO_MANY_ALIASES', limit: 30 },
    });
  });

  it('leaves any other error alone', () => {
    expect(limitRefusal({ message: 'Cannot query field "x" on type "Query".' }, new Error('x'))).toBeNull();
  });
});
