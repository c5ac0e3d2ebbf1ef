/**
 * The site search over the read model's pages: documents kept current page by page
 * (applyPage on every page a publish wrote or removed), queried with scope,
 * eligibility and facets decided at query time (a lapsed licence hides a
 * practitioner at once, as on the pages).
 */
import { practisableModalities } from '../site-api/views/practitioner.view';
import { clockIn, type Clock } from '../site-api/views/clock';
import type { PageBodies } from '../read-model/page.types';
import { createSearchEngine, type ScoredId } from './engine';
import { documentsOf, offerOf, SEARCH_KINDS, type LocationOffer, type SearchDocument, type SearchKind } from './documents';
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
export interface SearchOutcome {
  /** Every hit, best first (ties by key); `kinds` applied. */
  hits: SearchHitView[];
  /** Hits per kind before `kinds` is applied (every kind listed, zeros included). */
  facets: { kind: SearchKind; count: number }[];
}

/** Thrown for a `location` no published location has. */
export class UnknownLocationError extends Error {}

const NEAR = /\bnear\s+(.+)$/i;

export const createSiteSearch = () => {
  const engine = createSearchEngine();
  const docs = new Map<string, SearchDocument>();
  /** Page id → the ids of its documents. */
  const byPage = new Map<string, string[]>();
  const offers = new Map<string, LocationOffer>();

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
      engine.add(d);
      // The fields live on in the engine's postings; their texts (a practitioner's keywords run long) need not.
      docs.set(d.id, { ...d, fields: [] });
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

  /** Whether a document may be shown (practitioners: eligible somewhere, or at the scope), and is in the scope. */
  const shown = (d: SearchDocument, scope: LocationOffer[] | null, clock: Clock): boolean => {
    if (d.kind === 'PRACTITIONER') {
      if (!scope) return d.eligibility.locations.some((l) => eligibleAt(l, d.eligibility, clock));
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

  const search = ({ query, location, kinds }: SearchQuery, clock: Clock): SearchOutcome => {
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
    const scored: ScoredId[] = engine.query(text);
    const hits: SearchHitView[] = [];
    const seenFaqs = new Set<string>();
    const counts = new Map<SearchKind, number>(SEARCH_KINDS.map((k) => [k, 0]));
    for (const s of scored) {
      const d = docs.get(s.id);
      if (!d || !shown(d, scope, clock)) continue;
      // A FAQ held by several articles is one hit: same text, same score, so the first by id (its first article by slug in scope).
      if (d.kind === 'FAQ') {
        if (seenFaqs.has(d.faq!)) continue;
        seenFaqs.add(d.faq!);
      }
      counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
      if (kinds && kinds.length > 0 && !kinds.includes(d.kind)) continue;
      hits.push({
        key: d.kind === 'FAQ' ? `faq:${d.faq}` : d.id,
        kind: d.kind,
        title: d.title,
        slug: d.slug,
        score: s.score,
        snippet: () => bestSnippet(d.snippetTexts, new Set(s.matched)),
      });
    }
    return { hits, facets: SEARCH_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 })) };
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
