import { NO_STORE, pageCacheHeaders } from '../cache-policy';

const answer = (cacheControl: string | null, surrogateKey: string | null = null) => ({ cacheControl, surrogateKey });

describe('pageCacheHeaders', () => {
  it('keeps the API max-age and names every page the answers name, site first', () => {
    expect(pageCacheHeaders([answer('max-age=60, public', 'site location-decatur')])).toEqual({
      'Cache-Control': 'public, max-age=60',
      'Surrogate-Key': 'site location-decatur',
    });
  });

  it('is as fresh as the stalest answer and merges their keys', () => {
    const headers = pageCacheHeaders([answer('public, max-age=60', 'site location-decatur'), answer('public, max-age=30', 'site practitioner-ann location-buckhead')]);
    expect(headers).toEqual({ 'Cache-Control': 'public, max-age=30', 'Surrogate-Key': 'site location-buckhead location-decatur practitioner-ann' });
  });

  it('prefers s-maxage, the shared-cache lifetime', () => {
    expect(pageCacheHeaders([answer('public, max-age=10, s-maxage=120')])['Cache-Control']).toBe('public, max-age=120');
  });

  it.each([
    ['no Cache-Control', null],
    ['private', 'private, max-age=60'],
    ['no-store', 'no-store'],
    ['no-cache', 'public, no-cache, max-age=60'],
    ['public without a lifetime', 'public'],
    ['a lifetime without public', 'max-age=60'],
  ])('never stores a page built from an answer with %s', (_, cacheControl) => {
    expect(pageCacheHeaders([answer('public, max-age=60', 'site'), answer(cacheControl, 'site location-x')])).toEqual({ 'Cache-Control': NO_STORE });
  });

  it('never stores a page of a no-store route (preview) or one that asked the API nothing', () => {
    expect(pageCacheHeaders([answer('public, max-age=60', 'site')], 'no-store')).toEqual({ 'Cache-Control': NO_STORE });
    expect(pageCacheHeaders([])).toEqual({ 'Cache-Control': NO_STORE });
  });
});
