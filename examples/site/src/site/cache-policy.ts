/**
 * The cache headers of a page, derived from the site API's answers it was built from:
 * a page is as fresh as its stalest input, so it keeps the smallest max-age the API
 * gave and names every page of the API it used in Surrogate-Key (a CDN purges the site's
 * page when the API's publish path names one of them). Anything the API did not mark
 * public, or a route that asks for it (preview), is never stored. Pure, no I/O.
 */
export interface ApiAnswerHeaders {
  cacheControl: string | null;
  surrogateKey: string | null;
}

export type CacheMode = 'from-api' | 'no-store';

export const NO_STORE = 'private, no-store';

const directives = (value: string) =>
  new Map(
    value
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter(Boolean)
      .map((part) => {
        const [name, arg] = part.split('=', 2);
        return [name.trim(), arg?.trim()] as const;
      }),
  );

const seconds = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined);

export function pageCacheHeaders(answers: ApiAnswerHeaders[], mode: CacheMode = 'from-api'): Record<string, string> {
  if (mode === 'no-store' || answers.length === 0) return { 'Cache-Control': NO_STORE };
  let maxAge = Number.POSITIVE_INFINITY;
  for (const { cacheControl } of answers) {
    if (!cacheControl) return { 'Cache-Control': NO_STORE };
    const d = directives(cacheControl);
    const age = seconds(d.get('s-maxage')) ?? seconds(d.get('max-age'));
    if (!d.has('public') || d.has('private') || d.has('no-store') || d.has('no-cache') || age === undefined) return { 'Cache-Control': NO_STORE };
    maxAge = Math.min(maxAge, age);
  }
  const keys = new Set<string>();
  for (const { surrogateKey } of answers) for (const key of (surrogateKey ?? '').split(/\s+/)) if (key) keys.add(key);
  const headers: Record<string, string> = { 'Cache-Control': `public, max-age=${maxAge}` };
  if (keys.size > 0) headers['Surrogate-Key'] = [...keys].sort((a, b) => (a === 'site' ? -1 : b === 'site' ? 1 : a.localeCompare(b))).join(' ');
  return headers;
}
