/**
 * One write, through one of the three channels an editor or integration uses:
 * the admin panel's content-manager API (admin JWT), REST and GraphQL (API token).
 */
import { asAdmin, graphql, rest } from '../helpers/http';
import { asIntegration } from '../helpers/api-token';

export type Channel = 'admin' | 'rest' | 'graphql';
export type Op = 'create' | 'update' | 'publish';

export const TYPES = {
  franchise: { plural: 'franchises', table: 'clinic_franchises', drafts: false },
  location: { plural: 'locations', table: 'clinic_locations', drafts: true },
  modality: { plural: 'modalities', table: 'clinic_modalities', drafts: false },
  technique: { plural: 'techniques', table: 'clinic_techniques', drafts: true },
  condition: { plural: 'conditions', table: 'clinic_conditions', drafts: true },
  specialty: { plural: 'specialties', table: 'clinic_specialties', drafts: false },
  'care-plan': { plural: 'care-plans', table: 'clinic_care_plans', drafts: true },
  service: { plural: 'services', table: 'clinic_services', drafts: true },
  offering: { plural: 'offerings', table: 'clinic_offerings', drafts: true },
  bundle: { plural: 'bundles', table: 'clinic_bundles', drafts: true },
  'bundle-offering': { plural: 'bundle-offerings', table: 'clinic_bundle_offerings', drafts: true },
  practitioner: { plural: 'practitioners', table: 'clinic_practitioners', drafts: true },
  licence: { plural: 'licences', table: 'clinic_licences', drafts: false },
  article: { plural: 'articles', table: 'clinic_articles', drafts: true },
  faq: { plural: 'faqs', table: 'clinic_faqs', drafts: true },
} as const;

export type TypeName = keyof typeof TYPES;

const pascal = (type: string) => `Clinic${type.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`;

export interface WriteResult {
  status: number;
  /** The write went through. */
  ok: boolean;
  documentId?: string;
  /** 'ValidationError' (REST, admin) or the GraphQL error code. */
  error?: string;
  /** Dotted paths named in the error details. */
  paths: string[];
  body: unknown;
}

const created: { type: TypeName; documentId: string }[] = [];

/**
 * Deletes every document these helpers created (all versions), so other test
 * files still see only the demo chain. Call it in afterAll.
 */
export async function deleteCreated() {
  const headers = await asIntegration();
  for (const { type, documentId } of created.splice(0).reverse()) {
    await rest('DELETE', `/api/clinic/${TYPES[type].plural}/${documentId}`, undefined, headers);
  }
}

const detailPaths = (details: any): string[] =>
  Array.isArray(details?.errors) ? details.errors.map((e: any) => (Array.isArray(e.path) ? e.path.join('.') : String(e.path))) : [];

const fromRest = (res: { status: number; body: any }): WriteResult => ({
  status: res.status,
  ok: res.status >= 200 && res.status < 300,
  documentId: res.body?.data?.documentId,
  error: res.body?.error?.name,
  paths: detailPaths(res.body?.error?.details),
  body: res.body,
});

/**
 * create: a new document (admin: a draft; REST and GraphQL: published, their default).
 * update: the document with `data` (admin: saves the draft; REST and GraphQL: publish too).
 * publish: the stored draft with `data` merged in, published.
 */
export async function write(channel: Channel, type: TypeName, op: Op, data: unknown, documentId?: string): Promise<WriteResult> {
  const result = await send(channel, type, op, data, documentId);
  if (op === 'create' && result.ok && result.documentId) created.push({ type, documentId: result.documentId });
  return result;
}

async function send(channel: Channel, type: TypeName, op: Op, data: unknown, documentId?: string): Promise<WriteResult> {
  const { plural, drafts } = TYPES[type];
  const uid = `plugin::clinic.${type}`;
  if (channel === 'admin') {
    const headers = await asAdmin();
    const base = `/content-manager/collection-types/${uid}`;
    if (op === 'create') return fromRest(await rest('POST', base, data, headers));
    if (op === 'update') return fromRest(await rest('PUT', `${base}/${documentId}`, data, headers));
    return fromRest(await rest('POST', `${base}/${documentId}/actions/publish`, data, headers));
  }
  if (channel === 'rest') {
    const headers = await asIntegration();
    if (op === 'create') return fromRest(await rest('POST', `/api/clinic/${plural}`, { data }, headers));
    return fromRest(await rest('PUT', `/api/clinic/${plural}/${documentId}`, { data }, headers));
  }
  const headers = await asIntegration();
  const name = pascal(type);
  const status = drafts && op === 'publish' ? ', status: PUBLISHED' : '';
  const query =
    op === 'create'
      ? `mutation($data: ${name}Input!) { create${name}(data: $data${status}) { documentId } }`
      : `mutation($id: ID!, $data: ${name}Input!) { update${name}(documentId: $id, data: $data${status}) { documentId } }`;
  const res = await graphql(query, { data, id: documentId }, headers);
  const error = res.errors?.[0];
  const result = res.data?.[`${op === 'create' ? 'create' : 'update'}${name}`];
  return {
    status: res.status,
    ok: !error && Boolean(result),
    documentId: result?.documentId,
    error: error?.extensions?.code,
    paths: detailPaths(error?.extensions?.error?.details),
    body: res,
  };
}
