import { graphql, rest } from './http';

/** A filter as REST writes it (`$eq`, `$and`…). */
export type Filter = { [key: string]: unknown };

/** The public types the oracle reads, with their REST and /graphql names. */
export const TYPES = {
  licence: { rest: 'licences', gql: 'clinicLicences', input: 'ClinicLicenceFiltersInput' },
  franchise: { rest: 'franchises', gql: 'clinicFranchises', input: 'ClinicFranchiseFiltersInput' },
  modality: { rest: 'modalities', gql: 'clinicModalities', input: 'ClinicModalityFiltersInput' },
  service: { rest: 'services', gql: 'clinicServices', input: 'ClinicServiceFiltersInput' },
  technique: { rest: 'techniques', gql: 'clinicTechniques', input: 'ClinicTechniqueFiltersInput' },
  location: { rest: 'locations', gql: 'clinicLocations', input: 'ClinicLocationFiltersInput' },
  offering: { rest: 'offerings', gql: 'clinicOfferings', input: 'ClinicOfferingFiltersInput' },
  practitioner: { rest: 'practitioners', gql: 'clinicPractitioners', input: 'ClinicPractitionerFiltersInput' },
  article: { rest: 'articles', gql: 'clinicArticles', input: 'ClinicArticleFiltersInput' },
} as const;
export type TypeName = keyof typeof TYPES;

/** `{ a: { $eq: 'x' } }` as `a[$eq]=x` (qs brackets, as Strapi parses them). */
export const toQueryString = (value: unknown, prefix: string): string[] => {
  if (Array.isArray(value)) return value.flatMap((v, i) => toQueryString(v, `${prefix}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => toQueryString(v, `${prefix}[${k}]`));
  return [`${prefix}=${encodeURIComponent(String(value))}`];
};

/** The same filter in /graphql's shape (operators without `$`). */
export const toGraphqlFilter = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toGraphqlFilter);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.startsWith('$') ? k.slice(1) : k, toGraphqlFilter(v)]));
  }
  return value;
};

export interface Answer {
  status: number;
  total?: number;
  ids?: string[];
  error?: string;
}

export const restAnswer = async (type: TypeName, filters: Filter, extra = ''): Promise<Answer> => {
  const query = [...toQueryString(filters, 'filters'), 'pagination[pageSize]=100', 'fields[0]=documentId'].join('&');
  const res = await rest('GET', `/api/clinic/${TYPES[type].rest}?${query}${extra}`);
  if (res.status !== 200) return { status: res.status, error: res.body?.error?.name };
  return { status: 200, total: res.body.meta.pagination.total, ids: res.body.data.map((d: any) => d.documentId).sort() };
};

export const graphqlAnswer = async (type: TypeName, filters: Filter): Promise<Answer> => {
  const { gql, input } = TYPES[type];
  const res = await graphql(`query ($f: ${input}) { ${gql}_connection(filters: $f, pagination: { limit: 100 }) { pageInfo { total } nodes { documentId } } }`, {
    f: toGraphqlFilter(filters),
  });
  if (res.errors) return { status: res.status, error: res.errors[0].extensions?.code as string };
  const connection = res.data[`${gql}_connection`];
  return { status: 200, total: connection.pageInfo.total, ids: connection.nodes.map((n: any) => n.documentId).sort() };
};

/** Nests `leaf` under a relation path: ['practitioner', 'slug'] → { practitioner: { slug: leaf } }. */
export const underPath = (path: string[], leaf: unknown): Filter =>
  path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Filter;
