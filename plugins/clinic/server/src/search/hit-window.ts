/**
 * The page of search hits a request asks for, picked from every hit without sorting
 * them all: an offset page (score, then document id: the index's order) or a
 * connection page after a cursor (score, then the hit's key as its cursor holds it,
 * the index's order breaking what is left). Exactly the page that sorting every hit
 * and slicing gave, with the total and whether more follow.
 */
import type { SortKey } from '../site-api/paging/cursor';
import { topK } from './top-k';

export type SearchWindow = { offset: number; limit: number } | { first: number; after: SortKey | null };

export interface RankedHits {
  /** Hit numbers, `length` of them, in no particular order. */
  items: Int32Array;
  length: number;
  score: (n: number) => number;
  /** Unique per hit: the index's tie-break. */
  id: (n: number) => string;
  /** What a cursor holds of the hit after its score (searchHitsByScore's key). */
  cursorSlug: (n: number) => string;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The hits of `window`, in order, and whether any follow them. */
export const windowOf = (hits: RankedHits, window: SearchWindow): { page: number[]; hasNextPage: boolean } => {
  const { score, id, cursorSlug } = hits;
  if ('offset' in window) {
    const indexOrder = (a: number, b: number) => score(b) - score(a) || byCodePoint(id(a), id(b));
    const best = topK(hits.items, hits.length, window.offset + window.limit, indexOrder);
    return { page: best.slice(window.offset), hasNextPage: window.offset + window.limit < hits.length };
  }
  let items = hits.items;
  let length = hits.length;
  const { after } = window;
  if (after) {
    // After the cursor: a lower score, or the same score and a later slug (as compareKeys orders a number part descending).
    const cursorScore = after.parts[0] as number;
    items = new Int32Array(hits.length);
    length = 0;
    for (let i = 0; i < hits.length; i++) {
      const n = hits.items[i];
      const s = score(n);
      if (s !== cursorScore ? s < cursorScore : cursorSlug(n) > after.slug) items[length++] = n;
    }
  }
  const connectionOrder = (a: number, b: number) => score(b) - score(a) || byCodePoint(cursorSlug(a), cursorSlug(b)) || byCodePoint(id(a), id(b));
  return { page: topK(items, length, window.first, connectionOrder), hasNextPage: length > window.first };
};
