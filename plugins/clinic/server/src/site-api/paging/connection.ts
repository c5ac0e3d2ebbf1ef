/**
 * Keyset paging: a page of a list in a total order (sort key parts, then slug), after a
 * cursor. `after` means "the items that sort after this key", so inserting or removing
 * items on either side of a cursor neither repeats nor skips the items still there.
 */
import { encodeCursor, type Cursor, type KeyPart, type SortKey } from './cursor';

/** text: collated (as names are shown); code: code-point order (ISO timestamps); number. */
export type PartKind = 'text' | 'code' | 'number';
export interface OrderPart {
  kind: PartKind;
  direction: 'asc' | 'desc';
}

export interface Order<T> {
  /** Goes into the cursor: a cursor of another order is refused. */
  id: string;
  parts: OrderPart[];
  key: (item: T) => SortKey;
}

export interface ConnectionArgs {
  first: number;
  after: Cursor | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A cursor that was made for another list or order (its key cannot be compared here). */
export class CursorMismatchError extends Error {}

const collator = new Intl.Collator('en');

const comparePart = (kind: PartKind, a: KeyPart, b: KeyPart): number => {
  if (kind === 'number') return (a as number) - (b as number);
  if (kind === 'text') return collator.compare(a as string, b as string);
  return a < b ? -1 : a > b ? 1 : 0;
};

export const compareKeys =
  (parts: OrderPart[]) =>
  (a: SortKey, b: SortKey): number => {
    for (const [i, part] of parts.entries()) {
      const c = comparePart(part.kind, a.parts[i], b.parts[i]);
      if (c !== 0) return part.direction === 'desc' ? -c : c;
    }
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  };

const fits = (order: Order<unknown>, cursor: Cursor) =>
  cursor.order === order.id &&
  cursor.parts.length === order.parts.length &&
  order.parts.every((p, i) => typeof cursor.parts[i] === (p.kind === 'number' ? 'number' : 'string'));

/** The first index whose key sorts after `key` (items are sorted by `compare`). */
const indexAfter = <E>(sorted: E[], keyOf: (e: E) => SortKey, key: SortKey, compare: (a: SortKey, b: SortKey) => number) => {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(keyOf(sorted[mid]), key) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
};

/** Throws CursorMismatchError for a cursor of another list or order. */
export const checkCursor = (order: Order<never>, after: Cursor | null) => {
  if (after && !fits(order as Order<unknown>, after)) throw new CursorMismatchError(`was made for another list or order (${after.order}, not ${order.id})`);
};

/** Sorts `items` in `order` and returns the `first` of them after `after`; totalCount counts all items. */
export const connection = <T>(items: readonly T[], order: Order<T>, { first, after }: ConnectionArgs): Connection<T> => {
  checkCursor(order, after);
  const compare = compareKeys(order.parts);
  const sorted = items.map((node) => ({ node, key: order.key(node) })).sort((a, b) => compare(a.key, b.key));
  const start = after ? indexAfter(sorted, (e) => e.key, after, compare) : 0;
  const edges = sorted.slice(start, start + first).map((e) => ({ cursor: encodeCursor(order.id, e.key), node: e.node }));
  return {
    edges,
    pageInfo: { hasNextPage: start + first < sorted.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: sorted.length,
  };
};

/** The items in `order`: offset lists use it so both kinds of page list alike. */
export const sortedBy = <T>(items: readonly T[], order: Order<T>): T[] => {
  const compare = compareKeys(order.parts);
  return [...items].sort((a, b) => compare(order.key(a), order.key(b)));
};

/** The same connection with each node shaped by `view`. */
export const mapNodes = <T, U>(c: Connection<T>, view: (node: T) => U): Connection<U> => ({
  ...c,
  edges: c.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })),
});
