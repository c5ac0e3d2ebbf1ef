import { site } from '../helpers/site-api';

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
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.argument).toBe(argument);
    expect(res.errors?.[0].message).toContain(`Invalid argument ${argument}:`);
  });

  it('refuses a query too costly to run, before running it', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `l${i}: location(slug: "buckhead") { practitioners(page: { limit: 100 }) { items { practitioner { slug displayName specialties { slug } } } } }`);
    const res = await site(`{ ${aliases.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/^Query is too complex: \d+ points, the limit is 5000\./);
  });
});
