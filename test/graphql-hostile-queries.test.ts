import { getIntrospectionQuery } from 'graphql';
import {
  aliasedField,
  aliasedIntrospections,
  body,
  deepIntrospection,
  hostileSuite,
  manyDirectives,
  nestedObjectJson,
  paddedBody,
  repeatedField,
  typenameAliases,
} from './helpers/hostile';

/** Nested relations `levels` deep: locations → practitioners → locations → … */
const deepRelations = (levels: number) => {
  let selection = 'slug';
  for (let i = 0; i < levels; i++) selection = `${i % 2 ? 'locations' : 'practitioners'} { ${selection} }`;
  return `{ clinicLocations { ${selection} } }`;
};

// The defaults in force (README, "Query limits"): body 100 KB, 2,000 tokens, 30 aliases,
// 30 directives, depth 10 (20 with introspection), cost 20,000, inputs nested 32 deep.
const kinds = [
  { name: '20,000 __typename aliases (370 KB)', body: body(typenameAliases(20_000)), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a 1 MB body', body: paddedBody(1024 * 1024), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: '5,000 __typename aliases (89 KB, 15,000 tokens)', body: body(typenameAliases(5_000)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '8,000 times __typename without aliases', body: body(repeatedField(8_000)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '200 aliased full introspections', body: body(aliasedIntrospections(200)), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '1,000 aliases of clinicLocations { slug }', body: body(aliasedField(1_000, 'clinicLocations { slug }')), status: 400, code: 'TOO_MANY_TOKENS' },
  { name: '600 __typename aliases (1,800 tokens)', body: body(typenameAliases(600)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '40 aliased full introspections', body: body(aliasedIntrospections(40)), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '100 aliases of clinicLocations { slug }', body: body(aliasedField(100, 'clinicLocations { slug }')), status: 400, code: 'TOO_MANY_ALIASES' },
  { name: '10 aliased full introspections', body: body(aliasedIntrospections(10)), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: '100 locations × 100 practitioners × 100 licences',
    body: body('{ clinicLocations(pagination: { limit: 100 }) { practitioners(pagination: { limit: 100 }) { licences(pagination: { limit: 100 }) { number } } } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '20 aliases of 100 practitioners with their licences and locations',
    body: body(aliasedField(20, 'clinicPractitioners(pagination: { pageSize: 100 }) { slug licences { number } locations { slug } }')),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  { name: 'relations 12 levels deep', body: body(deepRelations(12)), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: 'introspection 40 levels deep', body: body(deepIntrospection(40)), status: 400, code: 'QUERY_TOO_DEEP' },
  { name: '60 directives', body: body(manyDirectives(60)), status: 400, code: 'TOO_MANY_DIRECTIVES' },
  {
    name: 'a JSON filter variable nested 5,000 deep',
    body: body('query($v: JSON) { clinicPractitioners(filters: { languages: { eq: $v } }) { slug } }', `{"v":${nestedObjectJson(5_000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
];

const normal = [
  {
    name: 'the README query (locations with their practitioners and licences)',
    body: body(`{
      clinicLocations(filters: { address: { state: { eq: "GA" } } }, sort: "name") {
        name slug timeZone
        address { street city state }
        openingHours { day opens closes }
        practitioners(pagination: { limit: 5 }) { firstName lastName credentialsSuffix licences { type state licenceStatus expiresOn } }
      }
    }`),
    check: (json: any) => expect(json.data.clinicLocations.map((l: any) => l.slug)).toContain('buckhead'),
  },
  {
    name: 'the full introspection query (codegen, Apollo Sandbox)',
    body: body(getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true })),
    check: (json: any) => expect(json.data.__schema.types.map((t: any) => t.name)).toContain('ClinicLocation'),
  },
  {
    name: 'a connection with a page of 100',
    body: body('{ clinicPractitioners_connection(pagination: { pageSize: 100 }) { nodes { slug } pageInfo { total } } }'),
    check: (json: any) => expect(json.data.clinicPractitioners_connection.pageInfo.total).toBeGreaterThan(0),
  },
];

describe('/graphql refuses hostile queries before running them, and stays up', () => {
  hostileSuite('/graphql', kinds, normal);
});
