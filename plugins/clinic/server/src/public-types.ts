/**
 * Content types location sites may read through the content API (REST and
 * GraphQL shadow CRUD). The public role gets find and findOne only; writes are
 * routed too (routes/index.ts) but need an API token with the permission.
 */
export const PUBLIC_READ_TYPES = [
  'franchise',
  'location',
  'modality',
  'technique',
  'condition',
  'specialty',
  'care-plan',
  'service',
  'offering',
  'bundle',
  'bundle-offering',
  'practitioner',
  'licence',
  'article',
  'faq',
] as const;

export type PublicReadType = (typeof PUBLIC_READ_TYPES)[number];

export const PUBLIC_ACTIONS = ['find', 'findOne'] as const;

export const uidOf = (type: string) => `plugin::clinic.${type}` as const;
