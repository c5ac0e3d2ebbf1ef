import { request } from 'node:http';
import { baseUrl, graphql } from './helpers/http';
import { body, nestedObjectJson, paddedBody, postRaw } from './helpers/hostile';

describe('/graphql variables that do not fit their type are BAD_USER_INPUT (400) naming the argument', () => {
  const limitQuery = 'query($l: Int) { clinicLocations(pagination: { limit: $l }) { slug } }';

  it.each([
    ['2147483648 (past 32 bits)', 2147483648],
    ['1.5', 1.5],
    ['"100" (a string)', '100'],
  ])('pagination.limit = %s', async (_label, value) => {
    const res = await graphql(limitQuery, { l: value });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe('pagination.limit');
    expect(res.errors?.[0].message).toMatch(/^Invalid argument pagination\.limit: Variable "\$l" got invalid value/);
  });

  it('a missing required variable names the argument it feeds', async () => {
    const res = await graphql('query($slug: String!) { clinicLocations(filters: { slug: { eq: $slug } }) { slug } }', {});
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe('filters.slug.eq');
  });

  it.each([
    ['a JSON filter variable', 'query($v: JSON) { clinicPractitioners(filters: { languages: { eq: $v } }) { slug } }', `{"v":${nestedObjectJson(5_000)}}`, 'filters.languages.eq'],
    ['a variable the query does not declare', '{ clinicLocations { slug } }', `{"x":${nestedObjectJson(5_000)}}`, '$x'],
  ])('%s nested 5,000 deep is refused before it reaches the database', async (_label, query, variables, argument) => {
    const res = await postRaw('/graphql', body(query, variables));
    expect(res.status).toBe(400);
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.json.errors[0].extensions.argument).toBe(argument);
    expect(res.message).toContain('nested deeper than 32 levels');
  });

  it('a JSON filter written 100 deep in the query is refused the same way', async () => {
    const res = await graphql(`{ clinicPractitioners(filters: { languages: { eq: ${'['.repeat(100)}1${']'.repeat(100)} } }) { slug } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe('filters.languages.eq');
  });
});

describe('/graphql masks unexpected errors and gives an id to quote', () => {
  // One filter variable used 100 times binds more values in one statement than the database
  // accepts (SQLite 32,766, PostgreSQL 65,535), so the database itself fails; every list
  // stays within the public filter bounds (100 values, README "Query limits"). Before, the
  // answer carried the whole SQL statement in extensions.error.message.
  const lists = process.env.DATABASE_CLIENT === 'postgres' ? 7 : 4;
  const slugs = Array.from({ length: 100 }, (_, i) => `no-such-location-${i}`);
  const or = Array.from({ length: 100 }, () => '$f').join(' ');
  const failing = `query($f: ClinicLocationFiltersInput) { clinicLocations(filters: { or: [${or}] }) { slug } }`;
  const variables = { f: { or: Array.from({ length: lists }, () => ({ slug: { in: slugs } })) } };

  it('the database error reaches the client as "Internal Server Error" with an errorId and nothing else; each failure has its own id', async () => {
    const [first, second] = [await graphql(failing, variables), await graphql(failing, variables)];
    for (const res of [first, second]) {
      const error = res.errors?.[0];
      expect(error?.message).toBe('Internal Server Error');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions?.errorId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(Object.keys(error?.extensions ?? {}).sort()).toEqual(['code', 'errorId']);
      const text = JSON.stringify(res);
      expect(text).not.toMatch(/select|clinic_locations|sqlite|bind|parameter|no-such-location/i);
      expect(text.length).toBeLessThan(1_000);
    }
    expect(first.errors?.[0].extensions?.errorId).not.toBe(second.errors?.[0].extensions?.errorId);
  }, 120_000);

  it('known errors keep their code and message', async () => {
    const res = await graphql('mutation { deleteClinicLocation(documentId: "x") { documentId } }');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('Forbidden access');
    expect(res.errors?.[0].extensions?.errorId).toBeUndefined();
  });
});

describe('request bodies on both GraphQL endpoints', () => {
  /** A POST as a low-level client can send it: any headers, the body written in chunks. */
  const send = (path: string, headers: Record<string, string>, chunks: string[]) =>
    new Promise<{ status: number; json: any }>((resolve, reject) => {
      const url = new URL(path, baseUrl());
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });

  it.each(['/site/graphql', '/graphql', '/graphql?via=query-string'])('%s: a body without Content-Length (chunked) is refused with 411', async (path) => {
    const res = await send(path, {}, [body('{ __typename }').slice(0, 10), body('{ __typename }').slice(10)]);
    expect(res.status).toBe(411);
    expect(res.json.errors[0].extensions.code).toBe('LENGTH_REQUIRED');
  });

  it.each(['/site/graphql', '/graphql'])('%s: a compressed body is refused with 415 (it could inflate past the limit)', async (path) => {
    const text = body('{ __typename }');
    const res = await send(path, { 'content-encoding': 'gzip', 'content-length': String(Buffer.byteLength(text)) }, [text]);
    expect(res.status).toBe(415);
    expect(res.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it.each(['/site/graphql', '/graphql?via=query-string'])('%s: a body over the limit is refused with 413 whatever the URL', async (path) => {
    const res = await postRaw(path, paddedBody(200 * 1024));
    expect(res.status).toBe(413);
    expect(res.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.json.errors[0].extensions.limit).toBe(100 * 1024);
  });

  it.each(['/site/graphql', '/graphql'])('%s: a body just under the limit is answered', async (path) => {
    const res = await postRaw(path, paddedBody(90 * 1024));
    expect(res.status).toBe(200);
    expect(res.json.data.__typename).toBe('Query');
  });
});

describe("Strapi's own Apollo plugins still run on /graphql beside the limits", () => {
  it('the landing page (Apollo Sandbox) is served outside production', async () => {
    const res = await fetch(`${baseUrl()}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/apollo/i);
  });
});
