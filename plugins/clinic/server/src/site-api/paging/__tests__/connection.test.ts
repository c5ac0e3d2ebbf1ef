import fc from 'fast-check';
import { compareKeys, connection, CursorMismatchError, sortedBy, type Order } from '../connection';
import { decodeCursor, encodeCursor, type Cursor } from '../cursor';

interface Item {
  slug: string;
  name: string;
  at: number;
}
const byName: Order<Item> = { id: 'item-name', parts: [{ kind: 'text', direction: 'asc' }], key: (i) => ({ parts: [i.name], slug: i.slug }) };
const newestFirst: Order<Item> = { id: 'item-at', parts: [{ kind: 'number', direction: 'desc' }], key: (i) => ({ parts: [i.at], slug: i.slug }) };

const cursorOf = (text: string | null): Cursor | null => (text === null ? null : decodeCursor(text));

/** Every page from the start, following endCursor. */
const walk = (items: Item[], order: Order<Item>, first: number) => {
  const seen: Item[] = [];
  let after: Cursor | null = null;
  for (let pages = 0; pages <= items.length + 1; pages++) {
    const page = connection(items, order, { first, after });
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return seen;
    after = cursorOf(page.pageInfo.endCursor);
  }
  throw new Error('paging did not end');
};

const item = fc.record({ slug: fc.stringMatching(/^[a-z0-9]{1,8}$/), name: fc.constantFrom('Ann', 'Bob', 'Émile', 'bob', 'Zed', ''), at: fc.integer({ min: 0, max: 5 }) });
const items = fc.uniqueArray(item, { selector: (i) => i.slug, maxLength: 40 });
const sorted = (list: Item[], order: Order<Item>) => [...list].sort((a, b) => compareKeys(order.parts)(order.key(a), order.key(b)));

describe('connection', () => {
  it('given names with ties, when paged by two, then pages follow name then slug and end with hasNextPage false', () => {
    const list = [
      { slug: 'c', name: 'Bob', at: 1 },
      { slug: 'a', name: 'Bob', at: 2 },
      { slug: 'b', name: 'Ann', at: 3 },
    ];
    const first = connection(list, byName, { first: 2, after: null });
    expect(first.edges.map((e) => e.node.slug)).toEqual(['b', 'a']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(3);
    const second = connection(list, byName, { first: 2, after: cursorOf(first.pageInfo.endCursor) });
    expect(second.edges.map((e) => e.node.slug)).toEqual(['c']);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    expect(second.totalCount).toBe(3);
  });

  it('given an empty list, then no edges and a null endCursor', () => {
    expect(connection([], byName, { first: 5, after: null })).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('property: walking every page with any page size yields every item once, in order', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 12 }), fc.constantFrom(byName, newestFirst), (list, first, order) => {
        expect(walk(list, order, first)).toEqual(sorted(list, order));
        // The offset lists sort with sortedBy: both kinds of page list alike.
        expect(sortedBy(list, order)).toEqual(walk(list, order, 100));
      }),
    );
  });

  it('property: after items are added or removed, paging on from a cursor yields exactly the items still there after it', () => {
    fc.assert(
      fc.property(items, items, fc.integer({ min: 1, max: 10 }), fc.nat(), (before, added, first, removeSeed) => {
        const page = connection(before, byName, { first, after: null });
        fc.pre(page.pageInfo.endCursor !== null);
        const cursor = cursorOf(page.pageInfo.endCursor)!;
        // Remove some items (maybe the cursor's own), add others (either side of it).
        const kept = before.filter((_, i) => (removeSeed >> i % 30) % 2 === 0);
        const after = [...kept, ...added.filter((a) => !kept.some((k) => k.slug === a.slug))];
        const rest: Item[] = [];
        let next: Cursor | null = cursor;
        for (;;) {
          const p = connection(after, byName, { first, after: next });
          rest.push(...p.edges.map((e) => e.node));
          if (!p.pageInfo.hasNextPage) break;
          next = cursorOf(p.pageInfo.endCursor);
        }
        const compare = compareKeys(byName.parts);
        expect(rest).toEqual(sorted(after, byName).filter((i) => compare(byName.key(i), cursor) > 0));
      }),
    );
  });

  it('given a cursor of another order, then it is refused rather than compared', () => {
    const page = connection([{ slug: 'a', name: 'A', at: 1 }], newestFirst, { first: 1, after: null });
    expect(() => connection([], byName, { first: 1, after: cursorOf(page.pageInfo.endCursor) })).toThrow(CursorMismatchError);
  });
});

describe('cursors', () => {
  it('round-trip the order, key and slug and are opaque base64url', () => {
    const text = encodeCursor('location-distance', { parts: [12.345678901234], slug: 'buckhead' });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual({ order: 'location-distance', parts: [12.345678901234], slug: 'buckhead' });
  });

  it.each([
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('{nope').toString('base64url')],
    ['JSON of another shape', Buffer.from(JSON.stringify({ offset: 20 })).toString('base64url')],
    ['a key that is an object', Buffer.from(JSON.stringify({ o: 'x', k: [{}], s: 'a' })).toString('base64url')],
    ['empty', ''],
  ])('refuse %s', (_label, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
