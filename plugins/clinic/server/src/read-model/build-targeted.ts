/**
 * A targeted build: the pages of a plan, built by the pure builder from a slice of
 * the catalogue that holds everything those pages show. Pages of the slice that
 * are not in the plan are partial (their other documents were not loaded) and are
 * dropped; planned pages the slice no longer produces (an unpublished location)
 * are removed. The location index is patched from the rebuilt location pages.
 */
import { buildPages, locationIndexEntry, patchLocationIndex } from './build-pages';
import type { PublishedCatalogue } from './catalogue.types';
import { EDITORIAL_KINDS, LOCATION_INDEX, type RebuildPlan } from './dependencies';
import { pageId, splitPageId, type PageId } from './page-id';
import { INDEX_KEY, type BuiltPage, type LocationIndexEntry } from './page.types';

export interface TargetedBuild {
  pages: BuiltPage[];
  removed: PageId[];
  /** Every page the plan named, built or removed. */
  targets: PageId[];
}

export const buildTargeted = (
  slice: PublishedCatalogue,
  plan: Pick<RebuildPlan, 'pages' | 'allEditorial'>,
  storedLocationIndex: LocationIndexEntry[],
): TargetedBuild => {
  const built = buildPages(slice);
  const wanted = (p: BuiltPage) => {
    if (p.kind === 'location-index') return false; // patched below
    if (plan.allEditorial && EDITORIAL_KINDS.has(p.kind)) return true;
    return plan.pages.has(pageId(p.kind, p.key));
  };
  const pages = built.filter(wanted);
  const produced = new Set(pages.map((p) => pageId(p.kind, p.key)));
  const targets = new Set<PageId>([...plan.pages, ...produced]);
  const removed = [...plan.pages].filter((id) => id !== LOCATION_INDEX && !produced.has(id));
  if (plan.pages.has(LOCATION_INDEX)) {
    const rebuilt = pages.filter((p): p is BuiltPage<'location'> => p.kind === 'location').map((p) => locationIndexEntry(p.body));
    const gone = removed.map(splitPageId).filter((p) => p.kind === 'location').map((p) => p.key);
    pages.push({ kind: 'location-index', key: INDEX_KEY, body: patchLocationIndex(storedLocationIndex, rebuilt, gone) });
  }
  return { pages, removed, targets: [...targets].sort() };
};
