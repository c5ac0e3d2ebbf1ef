import { buildSchema, parse, validate } from 'graphql';
import { inputDepthRule, nestsDeeperThan, variableArgumentPath } from '../input-values';

const nested = (levels: number) => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = i % 2 ? { a: value } : [value];
  return value;
};

describe('nestsDeeperThan', () => {
  it.each([
    [1, 0, false],
    [[], 1, false],
    [[[1]], 1, true],
    [{ a: { b: [1] } }, 3, false],
    [{ a: { b: [1] } }, 2, true],
  ])('%j with a limit of %i: %s', (value, max, expected) => {
    expect(nestsDeeperThan(value, max)).toBe(expected);
  });

  it('walks a value 100,000 deep without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(100_000), 32)).toBe(true);
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
  });
});

describe('variableArgumentPath', () => {
  it.each([
    ['query($l: Int) { locations(page: { limit: $l }) { total } }', 'l', 'page.limit'],
    ['query($s: String) { xs(filters: { or: [{ slug: { eq: "a" } }, { slug: { in: [$s] } }] }) { id } }', 's', 'filters.or.slug.in'],
    ['query($b: Boolean!) { a { b @include(if: $b) } }', 'b', 'if'],
    ['query($x: ID) { ...F } fragment F on Query { thing(id: $x) { id } }', 'x', 'id'],
    ['query($x: ID) { a }', 'x', null],
  ])('in %s, $%s is %s', (query, variable, expected) => {
    expect(variableArgumentPath(parse(query), variable)).toBe(expected);
  });
});

describe('inputDepthRule', () => {
  const schema = buildSchema(`
    scalar JSON
    input Filter { languages: JSONFilter and: [Filter] }
    input JSONFilter { eq: JSON }
    type Query { people(filters: Filter): [String] }
  `);
  const errorsOf = (query: string, max = 4) => validate(schema, parse(query), [inputDepthRule(max)]);

  it('refuses a literal nested past the limit once, naming the argument down to the schema-defined field', () => {
    const errors = errorsOf(`{ people(filters: { languages: { eq: ${'['.repeat(50)}1${']'.repeat(50)} } }) }`);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filters.languages.eq' });
    expect(errors[0].message).toBe('Invalid argument filters.languages.eq: the value is nested deeper than 4 levels.');
  });

  it('does not name JSON object keys as if they were arguments', () => {
    const [error] = errorsOf('{ people(filters: { languages: { eq: { a: { b: { c: 1 } } } } }) }');
    expect(error.extensions?.argument).toBe('filters.languages.eq');
  });

  it('lets a value at the limit through', () => {
    expect(errorsOf('{ people(filters: { and: [{ languages: { eq: 1 } }] }) }')).toEqual([]);
  });
});
