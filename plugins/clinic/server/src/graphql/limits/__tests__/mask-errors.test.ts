import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { siteApiFormatError, strapiGraphqlFormatError } from '../mask-errors';

/** An error as Apollo hands it to formatError: a resolver's throw, located at a field. */
const resolverError = (original: Error, code = 'INTERNAL_SERVER_ERROR') => {
  const error = new GraphQLError(original.message, { path: ['locations'], originalError: original });
  const formatted: GraphQLFormattedError = { message: original.message, path: ['locations'], locations: [{ line: 1, column: 3 }], extensions: { code } };
  return { error, formatted };
};

const recordingLog = () => {
  const lines: string[] = [];
  return { lines, log: { error: (line: string) => void lines.push(line) } };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each([
  ['the site API', (log: { error: (l: string) => void }) => siteApiFormatError(log)],
  ['/graphql', (log: { error: (l: string) => void }) => strapiGraphqlFormatError(log)],
])('%s formatError', (_endpoint, make) => {
  it.each([
    new Error('connect ECONNREFUSED 127.0.0.1:5432'),
    new Error('select `t0`.* from `clinic_practitioners` as `t0` where … - SQLite3 can only bind numbers, strings, bigints, buffers, and null'),
    new RangeError('Maximum call stack size exceeded'),
  ])('masks "%s": a generic message and an id, the original only in the log under that id', (original) => {
    const { lines, log } = recordingLog();
    const { error, formatted } = resolverError(original);
    const out = make(log)(formatted, error);
    expect(out.message).toBe('Internal Server Error');
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.extensions?.errorId).toMatch(UUID);
    expect(Object.keys(out.extensions ?? {}).sort()).toEqual(['code', 'errorId']);
    expect(JSON.stringify(out)).not.toContain(original.message);
    expect(out.path).toEqual(['locations']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(String(out.extensions?.errorId));
    expect(lines[0]).toContain(original.message);
  });

  it('gives every masked error its own id', () => {
    const { log } = recordingLog();
    const format = make(log);
    const ids = Array.from({ length: 20 }, () => format(resolverError(new Error('boom')).formatted, resolverError(new Error('boom')).error).extensions?.errorId);
    expect(new Set(ids).size).toBe(20);
  });

  it('keeps a BAD_USER_INPUT error as it is and logs nothing', () => {
    const { lines, log } = recordingLog();
    const error = new GraphQLError('Invalid argument page.limit: too big', { extensions: { code: 'BAD_USER_INPUT', argument: 'page.limit' } });
    const formatted = { message: error.message, extensions: { code: 'BAD_USER_INPUT', argument: 'page.limit' } };
    expect(make(log)(formatted, error)).toEqual(formatted);
    expect(lines).toEqual([]);
  });

  it('keeps the message of an error Apollo answered 400 without a code, as BAD_REQUEST', () => {
    const { log } = recordingLog();
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    const out = make(log)({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('the site API formatError', () => {
  it('masks a GraphQL error whose code is not one of the site API codes', () => {
    const { log } = recordingLog();
    const error = new GraphQLError('relation "site_pages" does not exist', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } });
    const out = siteApiFormatError(log)({ message: error.message, extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }, error);
    expect(out.message).toBe('Internal Server Error');
  });
});

describe('the /graphql formatError', () => {
  it("leaves Strapi's own errors to Strapi's formatter (its codes and details)", () => {
    const { lines, log } = recordingLog();
    const original = new errors.ValidationError('Invalid key a at languages', { key: 'a', path: 'languages' });
    const { error, formatted } = resolverError(original);
    const out = strapiGraphqlFormatError(log)(formatted, error);
    expect(out.message).toBe('Invalid key a at languages');
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect((out.extensions?.error as any).details).toEqual({ key: 'a', path: 'languages' });
    expect(lines).toEqual([]);
  });

  it('answers FORBIDDEN for a ForbiddenError, as Strapi does', () => {
    const { log } = recordingLog();
    const { error, formatted } = resolverError(new errors.ForbiddenError('Forbidden access'));
    expect(strapiGraphqlFormatError(log)(formatted, error).extensions?.code).toBe('FORBIDDEN');
  });
});
