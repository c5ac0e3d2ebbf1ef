/**
 * Draft preview: which site page a document shows on, and who may preview it.
 * Plain rules over facts the Strapi glue gathers (services/preview.ts).
 */
import { isFranchiseScoped } from './franchise-scope.rules';

/** The site's page kinds, as the site API's PreviewKind enum names them. */
export const PREVIEW_KINDS = ['LOCATION', 'SERVICE', 'CONDITION', 'PRACTITIONER', 'ARTICLE', 'TECHNIQUE'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** The read-model page kind each preview kind is built as. */
export const PAGE_KIND_OF = {
  LOCATION: 'location',
  SERVICE: 'service',
  CONDITION: 'condition',
  PRACTITIONER: 'practitioner',
  ARTICLE: 'article',
  TECHNIQUE: 'technique',
} as const satisfies Record<PreviewKind, string>;

/** Clinic types (singular names) whose drafts show on a page of their own, or on their location's page. */
const OWN_PAGE: Record<string, PreviewKind> = {
  location: 'LOCATION',
  service: 'SERVICE',
  condition: 'CONDITION',
  practitioner: 'PRACTITIONER',
  article: 'ARTICLE',
  technique: 'TECHNIQUE',
};
/** Shown on the page of the location they link to: an offering's price, a bundle offering's price. */
const LOCATION_PAGE = new Set(['offering', 'bundle-offering']);

/** What the glue read of the document's draft: its own slug, and its location's slug for the types shown there. */
export interface PreviewDocumentFacts {
  slug: string | null;
  locationSlug: string | null;
}

export interface PreviewPage {
  kind: PreviewKind;
  slug: string;
}

/** Whether documents of the type can have a preview at all (else the admin shows no button). */
export const hasPreviewPage = (type: string): boolean => type in OWN_PAGE || LOCATION_PAGE.has(type);

/**
 * The page a document's draft shows on, or null when it has none: bundles, care
 * plans, FAQs and the types without drafts (franchise, modality, specialty, licence)
 * have no page of their own; an offering without location shows nowhere.
 */
export const previewPageOf = (type: string, facts: PreviewDocumentFacts): PreviewPage | null => {
  if (LOCATION_PAGE.has(type)) return facts.locationSlug ? { kind: 'LOCATION', slug: facts.locationSlug } : null;
  const kind = OWN_PAGE[type];
  return kind && facts.slug ? { kind, slug: facts.slug } : null;
};

/** Types franchise owners may preview, and only at their own franchise's locations. */
const OWNER_PREVIEWABLE = new Set(['location', 'offering', 'bundle-offering']);

export interface PreviewAccessFacts {
  type: string;
  roleCodes: readonly string[];
  /** The user holds the content manager's read permission on the type (under any condition). */
  mayReadType: boolean;
  ownedFranchiseIds: readonly string[];
  /**
   * Franchise of the location of each stored version of the document (for a location:
   * its own franchise), null for a version without one.
   */
  franchiseIds: readonly (string | null)[];
}

export type PreviewRefusal = 'no-read-permission' | 'not-your-franchise' | 'owner-type';
export type PreviewAccess = { allowed: true } | { allowed: false; reason: PreviewRefusal };

export const PREVIEW_REFUSAL_MESSAGES: Record<PreviewRefusal, string> = {
  'no-read-permission': 'You may not read entries of this type, so you may not preview them.',
  'not-your-franchise': 'This entry belongs to a location of another franchise.',
  'owner-type': 'A franchise owner previews only their own locations and their offerings and bundle offerings.',
};

/**
 * A user may preview a document they may read. A franchise owner (held to their
 * franchise: franchise-scope.rules) reads their own locations' entries only: every
 * stored version must be at a location of a franchise they own, as for a write.
 */
export const decidePreviewAccess = (facts: PreviewAccessFacts): PreviewAccess => {
  if (!facts.mayReadType) return { allowed: false, reason: 'no-read-permission' };
  if (!isFranchiseScoped(facts.roleCodes)) return { allowed: true };
  if (!OWNER_PREVIEWABLE.has(facts.type)) return { allowed: false, reason: 'owner-type' };
  const owned = new Set(facts.ownedFranchiseIds);
  if (facts.franchiseIds.length === 0 || facts.franchiseIds.some((id) => id === null || !owned.has(id))) {
    return { allowed: false, reason: 'not-your-franchise' };
  }
  return { allowed: true };
};
