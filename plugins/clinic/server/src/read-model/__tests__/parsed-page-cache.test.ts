import { createParsedPageCache } from '../parsed-page-cache';

describe('parsed page cache', () => {
  it('given more text than its bound, then the least recently used pages leave first', () => {
    const cache = createParsedPageCache(10);
    cache.set('a', 'b1', '1234', { a: 1 });
    cache.set('b', 'b1', '1234', { b: 1 });
    cache.get('a'); // a is now the most recent
    cache.set('c', 'b1', '1234', { c: 1 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toEqual({ a: 1 });
    expect(cache.get('c')?.body).toEqual({ c: 1 });
    expect(cache.textBytes()).toBe(8);
  });

  it('given a page larger than the whole bound, then it is not kept', () => {
    const cache = createParsedPageCache(3);
    cache.set('big', 'b1', '1234', {});
    expect(cache.size()).toBe(0);
  });

  it('given a newer build of a page, then it replaces the old one', () => {
    const cache = createParsedPageCache(100);
    cache.set('a', 'b1', '12', { v: 1 });
    cache.set('a', 'b2', '123', { v: 2 });
    expect(cache.get('a')).toEqual({ buildId: 'b2', body: { v: 2 }, size: 3 });
    expect(cache.textBytes()).toBe(3);
  });
});
