/**
 * Which lock keys a price-matrix apply takes for the locations it writes. A key per location
 * would let one request (up to 10,000 cells, so up to 1,000s of distinct locations) fill
 * PostgreSQL's shared lock table, and keys hashed by the database, sorted by the text they came
 * from, need not be taken in the same order by two requests (a deadlock when two ids collide).
 * So: each documentId falls in one of LOCATION_LOCK_BUCKETS buckets by a 32-bit FNV-1a hash,
 * and the buckets are taken once each, in ascending order. Two locations sharing a bucket only
 * means their applies wait for each other.
 */
export const LOCATION_LOCK_BUCKETS = 1024;
/** The first key of every such lock ('cm'), so they share no key with another use of advisory locks. */
export const LOCATION_LOCK_NAMESPACE = 0x636d;

const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

/** The bucket of one location. */
export const locationLockKey = (documentId: string): number => fnv1a(documentId) % LOCATION_LOCK_BUCKETS;

/** The distinct buckets of the locations, ascending: the order every apply takes them in. */
export const locationLockKeys = (documentIds: readonly string[]): number[] =>
  [...new Set(documentIds.map(locationLockKey))].sort((a, b) => a - b);
