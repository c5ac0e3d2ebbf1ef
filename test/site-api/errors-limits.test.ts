import { site } from '../helpers/site-api';
import { body, nestedArrayJson, nestedObjectJson, postRaw } from '../helpers/hostile';

describe('site API errors carry stable codes and name the argument', () => {
  it('an unknown slug is NOT_FOUND', async () => {
    const res = await site(`{ location(slug: "atlantis") { name } }`);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe('No published location has the slug "atlantis"');
  });

  it.each([
    ['location(slug: "Not A Slug")', 'slug'],
    ['locations(page: { limit: 500 })', 'page.limit'],
    ['locations(page: { offset: -1 })', 'page.offset'],
    ['locations(filter: { state: "ZZ" })', 'filter.state'],
    ['locations(filter: { near: { latitude: 95, longitude: 0, radiusKm: 10 } })', 'filter.near.latitude'],
    ['carePlan(condition: "low-back-pain", location: "BAD SLUG")', 'location'],
    ['location(slug: "buckhead") { practitioners(filter: { condition: "no-such-condition" }) { pageInfo { total } } } y: location(slug: "buckhead")', 'filter.condition'],
  ])('%s is BAD_USER_INPUT naming %s', async (call, argument) => {
    const res = await site(`{ x: ${call} { __typename } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions).not.toHaveProperty('http');
    expect(res.errors?.[0].extensions?.argument).toBe(argument);
    expect(res.errors?.[0].message).toContain(`Invalid argument ${argument}:`);
  });

  it('refuses a query too costly to run, before running it', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `l${i}: location(slug: "buckhead") { practitioners(page: { limit: 100 }) { items { practitioner { slug displayName specialties { slug } } } } }`);
    const res = await site(`{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/^Query is too complex: \d+ points, the limit is 5000\./);
  });

  it('counts introspection and __typename in the cost: an operation of __ fields only is no free pass', async () => {
    const res = await site(`{ ${Array.from({ length: 5 }, (_, i) => `s${i}: __schema { types { name fields { name type { name } } } }`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('site API variables that do not fit their type are BAD_USER_INPUT (400) naming the argument', () => {
  const limitQuery = 'query($l: Int) { locations(page: { limit: $l }) { pageInfo { total } } }';

  it.each([
    ['2147483648 (past 32 bits)', 2147483648],
    ['1.5', 1.5],
    ['"100" (a string)', '100'],
    ['an object', { limit: 5 }],
  ])('page.limit = %s', async (_label, value) => {
    const res = await site(limitQuery, { l: value });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe('page.limit');
    expect(res.errors?.[0].message).toMatch(/^Invalid argument page\.limit: Variable "\$l" got invalid value/);
  });

  it('a missing required variable names the argument it feeds', async () => {
    const res = await site('query($slug: String!) { location(slug: $slug) { name } }', {});
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe('slug');
    expect(res.errors?.[0].message).toBe('Invalid argument slug: Variable "$slug" of required type "String!" was not provided.');
  });

  it("a variable deep inside a filter names the argument's path", async () => {
    const res = await site('query($lat: Float!) { locations(filter: { near: { latitude: $lat, longitude: 0, radiusKm: 10 } }) { pageInfo { total } } }', { lat: 'north' });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.argument).toBe('filter.near.latitude');
  });

  it.each([
    ['an Int variable', 'query($l: Int) { locations(page: { limit: $l }) { pageInfo { total } } }', `{"l":${nestedArrayJson(5_000)}}`, 'page.limit'],
    ['an input-object variable', 'query($f: LocationFilter) { locations(filter: $f) { pageInfo { total } } }', `{"f":${nestedObjectJson(5_000)}}`, 'filter'],
    ['a variable the query does not declare', '{ locations { pageInfo { total } } }', `{"x":${nestedObjectJson(5_000)}}`, '$x'],
  ])('%s nested 5,000 deep is refused, not a 500', async (_label, query, variables, argument) => {
    const res = await postRaw('/site/graphql', body(query, variables));
    expect(res.status).toBe(400);
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.json.errors[0].extensions.argument).toBe(argument);
    expect(res.message).toContain('nested deeper than 32 levels');
  });
});
