import { getIntrospectionQuery } from 'graphql';
import {
  aliasedField,
  aliasedIntrospections,
  body,
  deepIntrospection,
  hostileSuite,
  manyDirectives,
  nestedArrayJson,
  paddedBody,
  repeatedField,
  typenameAliases,
} from '../helpers/hostile';

// The defaults in force (README, "Query limits"): body 100 KB, 2,000 tokens, 30 aliases,
// 30 directives, depth 8 (20 with introspection), cost 5,000, inputs nested 32 deep.
const kinds = [
  { name: '20,000 __typename aliases (370 KB)', body: body(typenameAliases(20_000)), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: '50,000 __typename aliases (940 KB)', body: body(typenameAliases(50_000)), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a 1 MB body', body: paddedBody(1024 * 1024), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: '5,000 __typename aliases (89 KB, 15,000 tokens)', body: body(typenameAliases(5_000)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '8,000 times __typename without aliases', body: body(repeatedField(8_000)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '200 aliased full introspections', body: body(aliasedIntrospections(200)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '1,000 aliases of locations { items { slug } }', body: body(aliasedField(1_000, 'locations { items { slug } }')), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '600 __typename aliases (1,800 tokens)', body: body(typenameAliases(600)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '40 aliased full introspections', body: body(aliasedIntrospections(40)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '100 aliases of locations { items { slug } }', body: body(aliasedField(100, 'locations { items { slug } }')), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '10 aliased full introspections', body: body(aliasedIntrospections(10)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: '20 location pages at 100 practitioners each',
    body: body(aliasedField(20, 'location(slug: "buckhead") { practitioners(page: { limit: 100 }) { items { practitioner { slug displayName specialties { slug } } } } }')),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'introspection 40 levels deep', body: body(deepIntrospection(40)), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: '60 directives', body: body(manyDirectives(60)), status: 400, code: 'TOO_MANY_DIRECTIVES' },
  {
    name: 'a variable nested 5,000 deep',
    body: body('query($l: Int) { locations(page: { limit: $l }) { pageInfo { total } } }', `{"l":${nestedArrayJson(5_000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
];

const normal = [
  {
    name: 'a location page',
    body: body('query($slug: String!) { location(slug: $slug) { name services { service { name } } practitioners(page: { limit: 50 }) { items { practitioner { slug } } } } }', { slug: 'buckhead' }),
    check: (json: any) => expect(json.data.location.name).toBeTruthy(),
  },
  {
    name: 'the full introspection query (codegen, Apollo Sandbox)',
    body: body(getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true })),
    check: (json: any) => expect(json.data.__schema.types.map((t: any) => t.name)).toContain('Location'),
  },
  {
    name: 'a few aliases and directives',
    body: body('{ a: location(slug: "buckhead") { name @include(if: true) } b: location(slug: "decatur") { name @skip(if: false) } __typename }'),
    check: (json: any) => expect([json.data.a.name, json.data.b.name].every(Boolean)).toBe(true),
  },
];

describe('the site API refuses hostile queries before running them, and stays up', () => {
  hostileSuite('/site/graphql', kinds, normal);
});
