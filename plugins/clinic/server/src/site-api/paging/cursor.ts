/**
 * Opaque cursors of the site API's connections: base64url of the item's sort key and
 * slug, plus the order they belong to. A cursor names a position in an order, not an
 * index, so it stays meaningful when items before or after it are published or removed.
 */
import { z } from 'zod';

export type KeyPart = string | number;

/** An item's place in an order: its sort key parts, then its slug (unique) as tie-break. */
export interface SortKey {
  parts: KeyPart[];
  slug: string;
}

/** What a cursor holds: the order's id and a sort key in it. */
export interface Cursor extends SortKey {
  order: string;
}

const payload = z.object({
  o: z.string().max(40),
  k: z.array(z.union([z.string().max(400), z.number()])).max(4),
  s: z.string().min(1).max(120),
});

export const encodeCursor = (order: string, key: SortKey): string =>
  Buffer.from(JSON.stringify({ o: order, k: key.parts, s: key.slug }), 'utf8').toString('base64url');

/** The cursor an encoded string holds, or null when it is not one this API gave out. */
export const decodeCursor = (text: string): Cursor | null => {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payload.safeParse(json);
  return parsed.success ? { order: parsed.data.o, parts: parsed.data.k, slug: parsed.data.s } : null;
};
