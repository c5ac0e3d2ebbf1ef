/**
 * The Surrogate-Key header (Fastly's name; Cloudflare and others read the same
 * list as cache tags): the pages a response was built from, so a CDN purges by
 * page what a rebuild changed. `site` is on every response (purge everything).
 */
export const SURROGATE_KEY_HEADER = 'Surrogate-Key';
/** Fastly's limit on the header is 16 KB; past this the response is tagged `site` alone. */
const MAX_HEADER_CHARS = 8 * 1024;

/** Page ids as keys: `location:buckhead` → `location-buckhead` (keys are space separated, and `:` is awkward in purge URLs). */
export const surrogateKey = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '-');

export const surrogateKeys = (pages: Iterable<string>): string => {
  const keys = ['site', ...[...new Set([...pages].map(surrogateKey))].sort()];
  const header = keys.join(' ');
  return header.length <= MAX_HEADER_CHARS ? header : 'site';
};
