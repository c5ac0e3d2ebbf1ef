import { graphql, rest } from './helpers/http';

/**
 * Bad filters, sorts and populates on the public REST API and /graphql are refused as
 * bad input naming the parameter (REST 400 with details.errors[].path, /graphql
 * BAD_USER_INPUT), never a database error answered 500. Bounds: README "Query limits".
 */
const api = (query: string) => rest('GET', `/api/clinic/practitioners?${query}`);
const deepNot = (levels: number) => `filters${'[$not]'.repeat(levels)}[slug][$eq]=x`;

describe('REST refuses bad query parameters with 400 naming the parameter', () => {
  it.each([
    ['a sort that names no field', 'sort=../../etc/passwd', ['sort']],
    ['a sort through a relation', 'sort=locations.name', ['sort']],
    ['a sort inside a populate', 'populate[locations][sort]=../x', ['populate', 'locations', 'sort']],
    ['an operator given operators', 'filters[slug][$eq][$gt]=', ['filters', 'slug', '$eq']],
    ['an unknown operator on a field', 'filters[slug][$foo]=x', ['filters', 'slug', '$foo']],
    ['an unknown operator at the root', 'filters[$foo]=x', ['filters', '$foo']],
    ['a private field through a relation', 'filters[locations][practitioners][email][$eq]=x', ['filters', 'locations', 'practitioners', 'email']],
    ['$and given a value', 'filters[$and]=x', ['filters', '$and']],
    ['$or listing a value', 'filters[$or][0][slug][$eq]=x&filters[$or][1]=3', ['filters', '$or', '1']],
    ['$between with one value', 'filters[yearsExperience][$between][0]=1', ['filters', 'yearsExperience', '$between']],
    ['a 1,001-character contains', `filters[slug][$contains]=${'a'.repeat(1001)}`, ['filters', 'slug', '$contains']],
    ['a 5,000-character filter through a relation', `filters[locations][name][$containsi]=${'e'.repeat(5000)}`, ['filters', 'locations', 'name', '$containsi']],
    ['$in with 101 values', Array.from({ length: 101 }, (_, i) => `filters[slug][$in][${i}]=s${i}`).join('&'), ['filters', 'slug', '$in']],
  ])('%s', async (_label, query, path) => {
    const res = await api(query);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors[0].path).toEqual(path);
  });

  it('a filter nested deeper than the query parser goes is refused naming filters', async () => {
    const res = await api(deepNot(25));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path[0]).toBe('filters');
  });

  it('within the bounds the same shapes are answered', async () => {
    for (const query of [deepNot(18), `filters[slug][$contains]=${'a'.repeat(1000)}`, 'sort=lastName:desc', 'filters[yearsExperience][$between][0]=1&filters[yearsExperience][$between][1]=40']) {
      expect((await api(query)).status).toBe(200);
    }
  });
});

describe('/graphql refuses the same as BAD_USER_INPUT', () => {
  const ask = (filters: string, variables: Record<string, unknown> = {}) => {
    const declared = [filters.includes('$s') ? '$s: String' : '', filters.includes('$list') ? '$list: [String]' : ''].filter(Boolean).join(', ');
    return graphql(`query ${declared ? `(${declared})` : ''} { clinicPractitioners(filters: ${filters}) { slug } }`, variables);
  };

  it.each([
    ['a 100,000-character contains', '{ slug: { contains: $s } }', { s: 'a'.repeat(100_000) }, ['filters', 'slug', '$contains']],
    ['in with 101 values', '{ slug: { in: $list } }', { list: Array.from({ length: 101 }, (_, i) => `s${i}`) }, ['filters', 'slug', '$in']],
    ['between with one value', '{ yearsExperience: { between: [1] } }', {}, ['filters', 'yearsExperience', '$between']],
    ['a filter nested 21 levels deep', `${'{ not: '.repeat(21)}{ slug: { eq: "x" } }${' }'.repeat(21)}`, {}, ['filters', ...Array(21).fill('$not')]],
    ['a 2,000-character filter through a relation', '{ locations: { name: { startsWith: $s } } }', { s: 'b'.repeat(2000) }, ['filters', 'locations', 'name', '$startsWith']],
  ])('%s', async (_label, filters, variables, path) => {
    const res = await ask(filters, variables);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.error?.details?.errors?.[0]?.path).toEqual(path);
    expect(JSON.stringify(res)).not.toMatch(/select|sqlite|LIKE|pattern/i);
  });
});
