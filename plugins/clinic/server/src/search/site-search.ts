/**
 * The site search over the read model's pages: documents kept current page by page
 * (applyPage on every page a publish wrote or removed), queried with scope,
 * eligibility and facets decided at query time (a lapsed licence hides a
 * practitioner at once, as on the pages).
 */
import { practisableModalities } from '../site-api/views/practitioner.view';
import { clockIn, type Clock } from '../site-api/views/clock';
import type { PageBodies } from '../read-model/page.types';
import { searchHitsByScore } from '../site-api/paging/orders';
import { createSearchEngine } from './engine';
import { documentsOf, offerOf, SEARCH_KINDS, type LocationOffer, type SearchDocument, type SearchKind } from './documents';
import { createFlagCache } from './flag-cache';
import { windowOf, type SearchWindow } from './hit-window';
import { bestSnippet, type Snippet } from './snippet';
import { terms } from './tokenize';

export interface SearchQuery {
  query: string;
  location?: string | null;
  kinds?: SearchKind[] | null;
}
export interface SearchHitView {
  /** Unique per hit (cursor tie-break). */
  key: string;
  kind: SearchKind;
  title: string;
  slug: string;
  score: number;
  snippet: () => Snippet;
}
export type { SearchWindow } from './hit-window';
export interface SearchOutcome {
  /** The hits of the window asked for, in its order; `kinds` applied. */
  hits: SearchHitView[];
  /** Every hit (`kinds` applied), and whether any follow the window's. */
  total: number;
  hasNextPage: boolean;
  /** Hits per kind before `kinds` is applied (every kind listed, zeros included). */
  facets: { kind: SearchKind; count: number }[];
}

/** Thrown for a `location` no published location has. */
export class UnknownLocationError extends Error {}

const NEAR = /\bnear\s+(.+)$/i;

export const createSiteSearch = () => {
  const engine = createSearchEngine<SearchDocument>();
  const docs = new Map<string, SearchDocument>();
  /** Page id → the ids of its documents. */
  const byPage = new Map<string, string[]>();
  const offers = new Map<string, LocationOffer>();
  /** Every time zone a practitioner's locations are in (what "eligible somewhere today" depends on). */
  const zones = new Set<string>();
  const eligibleSomewhere = createFlagCache();

  /** Replaces what a page contributes (body null: the page is gone). */
  const applyPage = (kind: string, key: string, body: unknown) => {
    const page = `${kind}:${key}`;
    for (const id of byPage.get(page) ?? []) {
      engine.remove(id);
      docs.delete(id);
    }
    byPage.delete(page);
    if (kind === 'location') offers.delete(key);
    if (body === null || body === undefined) return;
    const made = documentsOf(kind, body);
    for (const d of made) {
      // The fields live on in the engine's postings; their texts (a practitioner's keywords run long) need not.
      const kept: SearchDocument = { ...d, fields: [] };
      if (kept.kind === 'PRACTITIONER') for (const l of kept.eligibility.locations) zones.add(l.timeZone);
      engine.add(d, kept);
      docs.set(d.id, kept);
    }
    if (made.length > 0) byPage.set(page, made.map((d) => d.id));
    if (kind === 'location') offers.set(key, offerOf(body as PageBodies['location']));
  };

  const clear = () => {
    for (const page of [...byPage.keys()]) {
      const at = page.indexOf(':');
      applyPage(page.slice(0, at), page.slice(at + 1), null);
    }
    offers.clear();
  };

  /**
   * Eligibility by licence card, state and local day: the rule reads only `today` and the
   * expiring window, so a search that matches 20,000 practitioners parses their licence
   * dates once a day, not once a query. Keyed by the card object, so a page rebuilt (a
   * new card) starts afresh; a few days' entries at most per card.
   */
  const eligibleMemo = new WeakMap<object, Map<string, boolean>>();
  const eligibleAt = (e: Pick<LocationOffer, 'state' | 'timeZone'>, card: Parameters<typeof practisableModalities>[0], clock: Clock) => {
    const local = clockIn(clock, e.timeZone);
    const key = `${e.state}|${local.today}|${local.expiringWindowDays}`;
    let memo = eligibleMemo.get(card);
    if (!memo) eligibleMemo.set(card, (memo = new Map<string, boolean>()));
    let value = memo.get(key);
    if (value === undefined) {
      if (memo.size >= 16) memo.clear();
      value = practisableModalities(card, e.state, local).length > 0;
      memo.set(key, value);
    }
    return value;
  };

  const conditionInScope = (slug: string, offer: LocationOffer) => {
    const c = docs.get(`condition:${slug}`);
    return !!c && c.kind === 'CONDITION' && c.techniques.some((t) => offer.techniques.has(t));
  };

  /**
   * Whether a practitioner (by document number) may practise at one of their locations today: once per
   * number while every zone's local day, the window and the index's numbering stay as they are.
   */
  const eligibleSomewhereAt = (clock: Clock) => {
    let key = `${engine.generation()}|${clock.expiringWindowDays}`;
    for (const zone of zones) key += `|${zone}=${clockIn(clock, zone).today}`;
    const flag = eligibleSomewhere.under(key, engine.numbers());
    return (n: number, d: SearchDocument & { kind: 'PRACTITIONER' }) => flag(n, () => d.eligibility.locations.some((l) => eligibleAt(l, d.eligibility, clock)));
  };

  /** Whether a document may be shown (practitioners: eligible somewhere, or at the scope), and is in the scope. */
  const shown = (n: number, d: SearchDocument, scope: LocationOffer[] | null, clock: Clock, somewhere: ReturnType<typeof eligibleSomewhereAt>): boolean => {
    if (d.kind === 'PRACTITIONER') {
      if (!scope) return somewhere(n, d);
      return scope.some((o) => o.practitioners.has(d.slug) && eligibleAt(o, o.practitioners.get(d.slug)!, clock));
    }
    if (!scope) return true;
    return scope.some((o) => {
      switch (d.kind) {
        case 'LOCATION':
          return d.slug === o.slug;
        case 'SERVICE':
          return o.services.has(d.slug);
        case 'TECHNIQUE':
          return o.techniques.has(d.slug);
        case 'CONDITION':
          return d.techniques.some((t) => o.techniques.has(t));
        case 'ARTICLE':
        case 'FAQ': {
          const { conditions, techniques, services } = d.links;
          if (conditions.length + techniques.length + services.length === 0) return true;
          return services.some((s) => o.services.has(s)) || techniques.some((t) => o.techniques.has(t)) || conditions.some((c) => conditionInScope(c, o));
        }
      }
    });
  };

  /** "… near Decatur": the locations whose name or city hold every word after "near" (null when none does). */
  const nearScope = (text: string): { rest: string; scope: LocationOffer[] } | null => {
    const m = NEAR.exec(text);
    if (!m) return null;
    const place = terms(m[1]);
    if (place.length === 0) return null;
    const found = [...offers.values()].filter((o) => {
      const known = new Set(terms(`${o.name} ${o.city}`));
      return place.every((w) => known.has(w) || [...known].some((k) => k.startsWith(w)));
    });
    return found.length > 0 ? { rest: text.slice(0, m.index), scope: found.sort((a, b) => (a.slug < b.slug ? -1 : 1)) } : null;
  };

  /** The hits of `window` (the index's order for an offset page, searchHitsByScore's for a connection), the total and facets. */
  const search = ({ query, location, kinds }: SearchQuery, clock: Clock, window: SearchWindow): SearchOutcome => {
    let scope: LocationOffer[] | null = null;
    if (location) {
      const offer = offers.get(location);
      if (!offer) throw new UnknownLocationError(location);
      scope = [offer];
    }
    let text = query;
    const near = nearScope(query);
    if (near && terms(near.rest).length > 0) {
      text = near.rest;
      scope = scope ? scope.filter((o) => near.scope.some((n) => n.slug === o.slug)) : near.scope;
    }
    const scored = engine.score(text);
    const somewhere = eligibleSomewhereAt(clock);
    const { score } = scored;
    const kindOrder = new Map<SearchKind, number>(SEARCH_KINDS.map((k, i) => [k, i]));
    const counts = SEARCH_KINDS.map(() => 0);
    const wanted = SEARCH_KINDS.map((k) => !kinds || kinds.length === 0 || kinds.includes(k));
    const indexOrder = (a: number, b: number) => score[b] - score[a] || (scored.idOf(a) < scored.idOf(b) ? -1 : scored.idOf(a) > scored.idOf(b) ? 1 : 0);
    const picked = new Int32Array(scored.count);
    let length = 0;
    /** A FAQ held by several articles is one hit: same text, same score, so the first in the index's order (its first article by slug in scope). */
    const faqHit = new Map<string, number>();
    for (let i = 0; i < scored.count; i++) {
      const n = scored.docs[i];
      const d = scored.payloadOf(n);
      if (!shown(n, d, scope, clock, somewhere)) continue;
      if (d.kind === 'FAQ') {
        const prior = faqHit.get(d.faq!);
        if (prior === undefined || indexOrder(n, prior) < 0) faqHit.set(d.faq!, n);
        continue;
      }
      const k = kindOrder.get(d.kind)!;
      counts[k] += 1;
      if (wanted[k]) picked[length++] = n;
    }
    const faqKind = kindOrder.get('FAQ')!;
    for (const n of faqHit.values()) {
      counts[faqKind] += 1;
      if (wanted[faqKind]) picked[length++] = n;
    }
    const keyOf = (d: SearchDocument) => (d.kind === 'FAQ' ? `faq:${d.faq}` : d.id);
    const { page, hasNextPage } = windowOf(
      {
        items: picked,
        length,
        score: (n) => score[n],
        id: (n) => scored.idOf(n),
        cursorSlug: (n) => searchHitsByScore.key({ key: keyOf(scored.payloadOf(n)), score: score[n] }).slug,
      },
      window,
    );
    const hits = page.map((n): SearchHitView => {
      const d = scored.payloadOf(n);
      const matched = new Set(scored.matchedOf(n));
      return { key: keyOf(d), kind: d.kind, title: d.title, slug: d.slug, score: score[n], snippet: () => bestSnippet(d.snippetTexts, matched) };
    });
    return { hits, total: length, hasNextPage, facets: SEARCH_KINDS.map((kind, i) => ({ kind, count: counts[i] })) };
  };

  return {
    applyPage,
    clear,
    search,
    /** Documents and distinct words indexed (metrics, tests, the benchmark). */
    size: () => ({ documents: docs.size, words: engine.words(), locations: offers.size }),
  };
};
export type SiteSearch = ReturnType<typeof createSiteSearch>;
