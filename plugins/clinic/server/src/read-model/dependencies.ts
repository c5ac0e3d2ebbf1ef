/**
 * The dependency index and the rebuild plan. Pure.
 *
 * Each built page records the documents it was built from (`type:documentId`); a
 * change to a document rebuilds the pages that list it, the pages its current
 * relations point at (an offering moved to another location, a licence given to
 * another holder) and, for the editorial types, the editorial pages (a few dozen,
 * whatever the chain's size). Changes to the vocabulary every page shows
 * (modalities, specialties, techniques), or a change the log cannot name, rebuild
 * everything.
 */
import type { CatalogueIds, PublishedCatalogue } from './catalogue.types';
import { pageId, type PageId } from './page-id';
import { INDEX_KEY, type BuiltPage, type PageBodies, type PageKind } from './page.types';

/** Types whose documents a page lists in the dependency index. */
export type IndexedType = 'location' | 'service' | 'practitioner' | 'franchise' | 'bundle' | 'offering' | 'bundle-offering' | 'licence';
export const docKey = (type: string, documentId: string) => `${type}:${documentId}`;

/** Shown on (nearly) every page: a change rebuilds all of them. */
export const VOCABULARY_TYPES = new Set(['modality', 'specialty', 'technique']);
/** Editorial content: bounded by the chain's editorial work, not its size. */
export const EDITORIAL_TYPES = new Set(['condition', 'article', 'faq', 'care-plan']);
export const EDITORIAL_KINDS = new Set<PageKind>(['condition', 'technique', 'article', 'care-plan', 'condition-index', 'technique-index', 'article-index']);
export const LOCATION_INDEX: PageId = pageId('location-index', INDEX_KEY);

/** The documents each page was built from, as `type:documentId` keys. */
export const pageDependencies = (catalogue: PublishedCatalogue, pages: BuiltPage[]): Map<PageId, string[]> => {
  const ids: CatalogueIds | undefined = catalogue.ids;
  const deps = new Map<PageId, string[]>();
  if (!ids) return deps;
  const offeringsAt = new Map<string, typeof catalogue.offerings>();
  const offeringsOf = new Map<string, typeof catalogue.offerings>();
  for (const o of catalogue.offerings) {
    offeringsAt.set(o.location, [...(offeringsAt.get(o.location) ?? []), o]);
    offeringsOf.set(o.service, [...(offeringsOf.get(o.service) ?? []), o]);
  }
  const bundles = new Map(catalogue.bundles.map((b) => [b.slug, b]));
  const practitioners = new Map(catalogue.practitioners.map((p) => [p.slug, p]));
  const locations = new Map(catalogue.locations.map((l) => [l.slug, l]));

  const add = (into: Set<string>, type: IndexedType, id: string | undefined) => {
    if (id) into.add(docKey(type, id));
  };
  const practitioner = (into: Set<string>, slug: string | null | undefined) => {
    if (!slug) return;
    add(into, 'practitioner', ids.practitioner.get(slug));
    for (const l of ids.licences.get(slug) ?? []) add(into, 'licence', l);
  };

  for (const page of pages) {
    const into = new Set<string>();
    if (page.kind === 'location') {
      const slug = page.key;
      add(into, 'location', ids.location.get(slug));
      const franchise = locations.get(slug)?.franchise;
      if (franchise) add(into, 'franchise', ids.franchise.get(franchise));
      for (const o of offeringsAt.get(slug) ?? []) {
        add(into, 'offering', ids.offering.get(`${o.service}|${slug}`));
        add(into, 'service', ids.service.get(o.service));
      }
      for (const bo of catalogue.bundleOfferings.filter((b) => b.location === slug)) {
        add(into, 'bundle-offering', ids.bundleOffering.get(`${bo.bundle}|${slug}`));
        add(into, 'bundle', ids.bundle.get(bo.bundle));
        for (const item of bundles.get(bo.bundle)?.items ?? []) add(into, 'service', ids.service.get(item.service));
      }
      for (const p of catalogue.practitioners) if (p.locations.includes(slug)) practitioner(into, p.slug);
    } else if (page.kind === 'service') {
      add(into, 'service', ids.service.get(page.key));
      for (const o of offeringsOf.get(page.key) ?? []) {
        add(into, 'offering', ids.offering.get(`${page.key}|${o.location}`));
        add(into, 'location', ids.location.get(o.location));
      }
    } else if (page.kind === 'practitioner') {
      practitioner(into, page.key);
      for (const l of practitioners.get(page.key)?.locations ?? []) add(into, 'location', ids.location.get(l));
    } else if (page.kind === 'article') {
      const body = page.body as PageBodies['article'];
      for (const s of body.services) add(into, 'service', ids.service.get(s.slug));
      practitioner(into, body.author?.slug);
      for (const r of body.related) practitioner(into, r.author?.slug);
    } else if (page.kind === 'condition') {
      for (const a of (page.body as PageBodies['condition']).articles) practitioner(into, a.author?.slug);
    } else if (page.kind === 'article-index') {
      for (const a of page.body as PageBodies['article-index']) practitioner(into, a.author?.slug);
    }
    deps.set(pageId(page.kind, page.key), [...into]);
  }
  return deps;
};

export interface Change {
  id: number;
  type: string;
  documentId: string | null;
  action: string;
}

export interface RebuildPlan {
  /** Rebuild every page (vocabulary changed, or a change without a document). */
  full: boolean;
  /** Pages to build again (a page that no longer builds is removed). */
  pages: Set<PageId>;
  /** Every editorial page is rebuilt (an editorial document changed). */
  allEditorial: boolean;
}

/**
 * The pages a batch of changes rebuilds: those listing a changed document in the
 * dependency index (`dependents`), those its current published relations point at
 * (`direct`, from the loader), and the location index whenever a location page is
 * rebuilt (its entries come from the location pages).
 */
export const planRebuild = (
  changes: Change[],
  dependents: Map<string, PageId[]>,
  direct: Map<string, { pages: PageId[]; editorial?: boolean }>,
): RebuildPlan => {
  const plan: RebuildPlan = { full: false, pages: new Set(), allEditorial: false };
  for (const change of changes) {
    if (!change.documentId || VOCABULARY_TYPES.has(change.type)) {
      plan.full = true;
      continue;
    }
    if (EDITORIAL_TYPES.has(change.type)) plan.allEditorial = true;
    const key = docKey(change.type, change.documentId);
    for (const p of dependents.get(key) ?? []) plan.pages.add(p);
    const now = direct.get(key);
    for (const p of now?.pages ?? []) plan.pages.add(p);
    if (now?.editorial) plan.allEditorial = true;
  }
  if ([...plan.pages].some((p) => p.startsWith('location:'))) plan.pages.add(LOCATION_INDEX);
  return plan;
};
