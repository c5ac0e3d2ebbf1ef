import { asAdmin, graphql, rest } from './helpers/http';
import { graphqlAnswer, restAnswer, toGraphqlFilter, toQueryString, underPath, type Answer, type Filter, type TypeName } from './helpers/public-query';

/**
 * The oracle for drafts read through relations: a public filter, populate or nested
 * relation filter asked with a value that only draft content holds must answer exactly
 * what it answers for a value nobody holds. The drafts are real: a never-published
 * practitioner (with a licence and links to a published location and a modality), a
 * never-published technique of a published modality, and an unpublished rename of a
 * published location.
 */
const token = (alphabet: string) => Array.from({ length: 10 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
// Two alphabets with no letter in common: no prefix or substring of one token is in the other.
const SECRET = token('abcdefghjk');
const OTHER = token('mnpqrstuvw');

const draftPractitioner = { slug: (t: string) => `oracle-${t}`, lastName: (t: string) => `Oracle${t}`, bio: (t: string) => `A biography that only ${t} holds` };
const draftTechnique = { name: (t: string) => `Oracle technique ${t}`, slug: (t: string) => `oracle-technique-${t}` };
const renamedLocation = { name: (t: string) => `Renamed ${t} clinic` };

interface Path {
  type: TypeName;
  relations: string[];
  field: string;
  value: (t: string) => string;
}

const PATHS: Path[] = [
  ...(['slug', 'lastName', 'bio'] as const).map((field) => ({ type: 'licence' as const, relations: ['practitioner'], field, value: draftPractitioner[field] })),
  { type: 'location', relations: ['practitioners'], field: 'slug', value: draftPractitioner.slug },
  { type: 'franchise', relations: ['locations', 'practitioners'], field: 'slug', value: draftPractitioner.slug },
  { type: 'franchise', relations: ['locations'], field: 'name', value: renamedLocation.name },
  { type: 'licence', relations: ['practitioner', 'locations'], field: 'name', value: renamedLocation.name },
  { type: 'offering', relations: ['location'], field: 'name', value: renamedLocation.name },
  { type: 'practitioner', relations: ['locations'], field: 'name', value: renamedLocation.name },
  { type: 'modality', relations: ['techniques'], field: 'name', value: draftTechnique.name },
  { type: 'modality', relations: ['techniques'], field: 'slug', value: draftTechnique.slug },
  { type: 'service', relations: ['modality', 'techniques'], field: 'name', value: draftTechnique.name },
  { type: 'technique', relations: ['modality', 'techniques'], field: 'name', value: draftTechnique.name },
  { type: 'practitioner', relations: ['modalities', 'techniques'], field: 'name', value: draftTechnique.name },
];

/** The part of a value that the token decides, for startsWith and contains. */
const prefixOf = (value: string, t: string) => value.slice(0, value.indexOf(t) + 4);
const partOf = (t: string) => t.slice(2, 7);

const OPERATORS: Record<string, (p: Path, t: string) => Filter> = {
  eq: (p, t) => underPath([...p.relations, p.field], { $eq: p.value(t) }),
  startsWith: (p, t) => underPath([...p.relations, p.field], { $startsWith: prefixOf(p.value(t), t) }),
  contains: (p, t) => underPath([...p.relations, p.field], { $contains: partOf(t) }),
  in: (p, t) => underPath([...p.relations, p.field], { $in: [p.value(t), 'held-by-nobody'] }),
  'eq with notNull': (p, t) => underPath(p.relations, { [p.field]: { $eq: p.value(t) }, documentId: { $notNull: true } }),
  'eq or null': (p, t) => underPath(p.relations, { $or: [{ [p.field]: { $eq: p.value(t) } }, { [p.field]: { $null: true } }] }),
  'not inside the relation': (p, t) => underPath(p.relations, { $not: { [p.field]: { $eq: p.value(t) } } }),
  'not around the relation': (p, t) => ({ $not: underPath([...p.relations, p.field], { $eq: p.value(t) }) }),
};

const APIS = { REST: restAnswer, graphql: graphqlAnswer } as const;

const CASES = PATHS.flatMap((path) =>
  Object.keys(OPERATORS).flatMap((operator) =>
    (Object.keys(APIS) as (keyof typeof APIS)[]).map((api) => [`${api} ${path.type} ${[...path.relations, path.field].join('.')} ${operator}`, api, path, operator] as const),
  ),
);

const CM = '/content-manager/collection-types/plugin::clinic';

describe('drafts cannot be told from absent content through any public filter', () => {
  const created: { uid: string; documentId: string }[] = [];
  let location: { documentId: string; name: string };
  let publishedPractitioner: { slug: string };
  let publishedTechnique: { name: string };

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await rest(method, path, body, await asAdmin());
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data;
  };

  beforeAll(async () => {
    const found = await graphql(`{
      clinicLocations(sort: "slug", pagination: { limit: 100 }) {
        documentId name franchise { documentId } offerings { documentId } practitioners { slug }
      }
      clinicServices(pagination: { limit: 100 }) { modality { documentId techniques { name } } }
    }`);
    location = found.data.clinicLocations.find((l: any) => l.franchise && l.offerings.length > 0 && l.practitioners.length > 0);
    publishedPractitioner = location && found.data.clinicLocations.find((l: any) => l.documentId === location.documentId).practitioners[0];
    const modality = found.data.clinicServices.map((s: any) => s.modality).find((m: any) => m && m.techniques.length > 0);
    publishedTechnique = modality.techniques[0];

    const technique = await admin('POST', `${CM}.technique`, {
      name: draftTechnique.name(SECRET), slug: draftTechnique.slug(SECRET), pressure: 'medium', modality: { connect: [{ documentId: modality.documentId }] },
    });
    created.push({ uid: 'technique', documentId: technique.documentId });
    const practitioner = await admin('POST', `${CM}.practitioner`, {
      firstName: 'Never', lastName: draftPractitioner.lastName(SECRET), slug: draftPractitioner.slug(SECRET), bio: draftPractitioner.bio(SECRET),
      locations: { connect: [{ documentId: location.documentId }] }, modalities: { connect: [{ documentId: modality.documentId }] },
    });
    created.push({ uid: 'practitioner', documentId: practitioner.documentId });
    const licence = await admin('POST', `${CM}.licence`, {
      type: 'LMT', number: `MT9${Math.floor(10000 + Math.random() * 89999)}`, state: 'GA', board: 'Georgia Board of Massage Therapy',
      issuedOn: '2020-01-01', expiresOn: '2030-10-31', practitioner: { connect: [{ documentId: practitioner.documentId }] },
    });
    created.push({ uid: 'licence', documentId: licence.documentId });
    // An unpublished change of a published location.
    await admin('PUT', `${CM}.location/${location.documentId}`, { name: renamedLocation.name(SECRET) });
  });

  afterAll(async () => {
    if (location) await rest('POST', `${CM}.location/${location.documentId}/actions/discard`, {}, await asAdmin());
    for (const { uid, documentId } of created.reverse()) await rest('DELETE', `${CM}.${uid}/${documentId}`, undefined, await asAdmin());
  });

  it('the drafts exist: the content manager finds them', async () => {
    const draft = await admin('GET', `${CM}.location/${location.documentId}?status=draft`);
    expect(draft.name).toBe(renamedLocation.name(SECRET));
    expect(created.map((c) => c.uid)).toEqual(['technique', 'practitioner', 'licence']);
  });

  it.each(CASES)('%s', async (_label, api, path, operator) => {
    const ask = (t: string) => APIS[api](path.type, OPERATORS[operator](path, t));
    const [secret, other]: Answer[] = [await ask(SECRET), await ask(OTHER)];
    expect(secret.status).toBe(200);
    expect(secret).toEqual(other);
  });

  describe('published content stays filterable through the same relations', () => {
    it.each(Object.keys(APIS) as (keyof typeof APIS)[])('%s', async (api) => {
      const answer = APIS[api];
      expect((await answer('licence', { practitioner: { slug: { $eq: publishedPractitioner.slug } } })).total).toBeGreaterThan(0);
      expect((await answer('franchise', { locations: { name: { $eq: location.name } } })).total).toBe(1);
      expect((await answer('franchise', { locations: { practitioners: { slug: { $eq: publishedPractitioner.slug } } } })).total).toBeGreaterThan(0);
      expect((await answer('modality', { techniques: { name: { $eq: publishedTechnique.name } } })).total).toBe(1);
    });
  });

  describe('populate and relation fields with filters', () => {
    const POPULATES: [string, TypeName, (t: string) => Filter][] = [
      ['franchises populate locations filtered by name', 'franchise', (t) => ({ locations: { filters: { name: { $eq: renamedLocation.name(t) } } } })],
      ['franchises populate locations filtered by practitioners.slug', 'franchise', (t) => ({ locations: { filters: { practitioners: { slug: { $eq: draftPractitioner.slug(t) } } } } })],
      ['modalities populate techniques filtered by name', 'modality', (t) => ({ techniques: { filters: { name: { $eq: draftTechnique.name(t) } } } })],
      ['licences populate practitioner filtered by slug', 'licence', (t) => ({ practitioner: { filters: { slug: { $eq: draftPractitioner.slug(t) } } } })],
      ['practitioners populate modalities.techniques filtered by name', 'practitioner', (t) => ({ modalities: { populate: { techniques: { filters: { name: { $eq: draftTechnique.name(t) } } } } } })],
    ];
    it.each(POPULATES)('REST %s', async (_label, type, populate) => {
      const ask = async (t: string) => {
        const res = await rest('GET', `/api/clinic/${type === 'franchise' ? 'franchises' : type === 'modality' ? 'modalities' : `${type}s`}?${toQueryString(populate(t), 'populate').join('&')}&pagination[pageSize]=100`);
        return { status: res.status, body: res.body };
      };
      const [secret, other] = [await ask(SECRET), await ask(OTHER)];
      expect(secret.status).toBe(200);
      expect(secret.body).toEqual(other.body);
    });

    const FIELDS: [string, string, string, (t: string) => Filter][] = [
      ['franchises { locations(filters: name) }', 'clinicFranchises(pagination: { limit: 100 }) { documentId locations(filters: $f) { documentId } }', 'ClinicLocationFiltersInput', (t) => ({ name: { $eq: renamedLocation.name(t) } })],
      ['franchises { locations(filters: practitioners.slug) }', 'clinicFranchises(pagination: { limit: 100 }) { documentId locations(filters: $f) { documentId } }', 'ClinicLocationFiltersInput', (t) => ({ practitioners: { slug: { $eq: draftPractitioner.slug(t) } } })],
      ['modalities { techniques(filters: name) }', 'clinicModalities(pagination: { limit: 100 }) { documentId techniques(filters: $f) { documentId } }', 'ClinicTechniqueFiltersInput', (t) => ({ name: { $startsWith: prefixOf(draftTechnique.name(t), t) } })],
      ['practitioners { modalities { techniques(filters: name) } }', 'clinicPractitioners(pagination: { limit: 20 }) { documentId modalities(pagination: { limit: 5 }) { techniques(filters: $f, pagination: { limit: 5 }) { documentId } } }', 'ClinicTechniqueFiltersInput', (t) => ({ name: { $contains: partOf(t) } })],
    ];
    it.each(FIELDS)('graphql %s', async (_label, selection, input, filter) => {
      const ask = (t: string) => graphql(`query ($f: ${input}) { ${selection} }`, { f: toGraphqlFilter(filter(t)) });
      const [secret, other] = [await ask(SECRET), await ask(OTHER)];
      expect(secret.errors).toBeUndefined();
      expect(secret).toEqual(other);
    });
  });

  describe('sorting through a relation is refused (its order would follow draft rows)', () => {
    const SORTS: [TypeName, string][] = [
      ['licence', 'practitioner.lastName'],
      ['franchise', 'locations.name'],
      ['modality', 'techniques.name:desc'],
    ];
    it.each(SORTS)('REST %s sort=%s answers 400 naming sort', async (type, sort) => {
      const res = await rest('GET', `/api/clinic/${type === 'franchise' ? 'franchises' : type === 'modality' ? 'modalities' : `${type}s`}?sort=${sort}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['sort']);
    });
    it.each(SORTS)('graphql %s sort: %s answers BAD_USER_INPUT', async (type, sort) => {
      const names: Record<string, string> = { licence: 'clinicLicences', franchise: 'clinicFranchises', modality: 'clinicModalities' };
      const res = await graphql(`{ ${names[type]}(sort: "${sort}") { documentId } }`);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
