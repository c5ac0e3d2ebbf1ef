import { connection, sortedBy } from '../../site-api/paging/connection';
import { decodeCursor } from '../../site-api/paging/cursor';
import { searchHitsByScore } from '../../site-api/paging/orders';
import { createSearchEngine } from '../engine';
import { createFlagCache } from '../flag-cache';
import { windowOf } from '../hit-window';
import { PostingList } from '../postings';
import { topK } from '../top-k';

/** A small seeded generator, so a failure repeats. */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('top-k selection', () => {
  it('gives the first k of a full sort, ties included, for every k', () => {
    const next = random(7);
    const scores = Array.from({ length: 300 }, () => Math.floor(next() * 20));
    const ids = Array.from({ length: 300 }, (_, i) => `d${(i * 37) % 300}`);
    const order = (a: number, b: number) => scores[b] - scores[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
    const items = Int32Array.from({ length: 300 }, (_, i) => i);
    const sorted = [...items].sort(order);
    for (const k of [0, 1, 2, 10, 99, 299, 300, 1000]) expect(topK(items, items.length, k, order)).toEqual(sorted.slice(0, k));
    expect(topK(items, 50, 10, order)).toEqual([...items.subarray(0, 50)].sort(order).slice(0, 10));
  });
});

describe('typed postings', () => {
  it('grow as entries are added and compact to the entries kept, renumbered, in order', () => {
    const list = new PostingList(2);
    for (let d = 0; d < 9; d++) list.push(d, d / 2);
    expect(list.length).toBe(9);
    list.compact((d) => (d % 3 === 0 ? -1 : d * 10));
    expect([...list.docs.subarray(0, list.length)]).toEqual([10, 20, 40, 50, 70, 80]);
    expect([...list.weights.subarray(0, list.length)]).toEqual([0.5, 1, 2, 2.5, 3.5, 4]);
  });

  it('the engine scores the same after removals, replacements and renumbering as an index built afresh', () => {
    const next = random(11);
    const vocabulary = ['neck', 'back', 'pain', 'massage', 'sports', 'deep', 'tissue', 'recovery', 'prenatal', 'chiropractic'];
    const text = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const docOf = (id: string) => ({ id, fields: [{ text: text(), weight: 3, title: true }, { text: text(), weight: 1 }] });
    const churned = createSearchEngine<string>();
    const live = new Map<string, ReturnType<typeof docOf>>();
    // Enough churn to renumber (more than 1,024 retired numbers, more than the live documents).
    for (let i = 0; i < 3000; i++) {
      const id = `d${Math.floor(next() * 400)}`;
      if (next() < 0.3) {
        churned.remove(id);
        live.delete(id);
      } else {
        const doc = docOf(id);
        churned.add(doc, `payload of ${id}`);
        live.set(id, doc);
      }
    }
    expect(churned.generation()).toBeGreaterThan(0);
    const fresh = createSearchEngine();
    for (const doc of [...live.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) fresh.add(doc);
    expect(churned.size()).toBe(live.size);
    expect(churned.words()).toBe(fresh.words());
    for (const q of ['neck pain', 'massge', 'back', 'sport tissue recovery', 'chiro', 'zzz']) expect(churned.query(q)).toEqual(fresh.query(q));
    const scored = churned.score('deep tissue');
    for (let i = 0; i < scored.count; i++) expect(scored.payloadOf(scored.docs[i])).toBe(`payload of ${scored.idOf(scored.docs[i])}`);
  });
});

describe('daily flags by document number', () => {
  it('computes a number once per key and starts afresh under a new key', () => {
    const cache = createFlagCache();
    let computed = 0;
    const yes = () => (computed++, true);
    const no = () => (computed++, false);
    let flag = cache.under('monday', 4);
    expect([flag(1, yes), flag(1, no), flag(2, no), flag(2, yes)]).toEqual([true, true, false, false]);
    expect(computed).toBe(2);
    flag = cache.under('monday', 100);
    expect([flag(1, no), flag(2, yes), flag(99, yes)]).toEqual([true, false, true]);
    expect(computed).toBe(3);
    flag = cache.under('tuesday', 100);
    expect(flag(1, no)).toBe(false);
    expect(computed).toBe(4);
  });
});

describe('the window of search hits', () => {
  const next = random(3);
  const hits = Array.from({ length: 200 }, (_, i) => ({
    id: `practitioner:p${String((i * 53) % 200).padStart(3, '0')}`,
    // FAQ keys differ from their ids: a connection orders by key, offset pages by id.
    key: i % 7 === 0 ? `faq:q${i % 5}-${i}` : `practitioner:p${String((i * 53) % 200).padStart(3, '0')}`,
    score: Math.floor(next() * 8) / 4,
  }));
  const indexOrder = [...hits].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const ranked = {
    items: Int32Array.from({ length: hits.length }, (_, i) => i),
    length: hits.length,
    score: (n: number) => hits[n].score,
    id: (n: number) => hits[n].id,
    cursorSlug: (n: number) => searchHitsByScore.key(hits[n]).slug,
  };

  it('an offset page is the slice of the index order, with whether more follow', () => {
    for (const [offset, limit] of [[0, 10], [5, 20], [190, 20], [300, 5]]) {
      const { page, hasNextPage } = windowOf(ranked, { offset, limit });
      expect(page.map((n) => hits[n])).toEqual(indexOrder.slice(offset, offset + limit));
      expect(hasNextPage).toBe(offset + limit < hits.length);
    }
  });

  it('a connection page after every cursor is the page connection() gives sorting every hit', () => {
    expect(sortedBy(indexOrder, searchHitsByScore)).not.toEqual(indexOrder);
    let after = null;
    for (let i = 0; i < 30; i++) {
      const want = connection(indexOrder, searchHitsByScore, { first: 9, after });
      const got = windowOf(ranked, { first: 9, after });
      expect(got.page.map((n) => hits[n])).toEqual(want.edges.map((e) => e.node));
      expect(got.hasNextPage).toBe(want.pageInfo.hasNextPage);
      if (!want.pageInfo.endCursor) break;
      after = decodeCursor(want.pageInfo.endCursor);
    }
    expect(after).not.toBeNull();
  });
});
