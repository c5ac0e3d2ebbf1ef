import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { PageKeyedCache } from '../page-keyed-cache';
import { PageTrace, traceStorage } from '../page-trace';
import type { PageId } from '../../../read-model/page-id';

const current = new Map<string, string>();
const versions = { current: (pages: Record<string, string>) => Promise.resolve(Object.entries(pages).every(([id, v]) => current.get(id) === v)) };

describe('response cache keyed by the pages a response contains', () => {
  beforeEach(() => {
    current.clear();
    current.set('location:a', 'b1');
    current.set('service:s', 'b1');
  });

  const store = async (cache: PageKeyedCache, key: string, pages: Record<string, string>, value: string) => {
    const trace = new PageTrace();
    trace.recordAll(pages);
    await traceStorage.run(trace, () => cache.set(key, value));
  };

  it('a hit while every page it holds is current, a miss once one changed', async () => {
    const cache = new PageKeyedCache(new InMemoryLRUCache<string>(), versions);
    await store(cache, 'q1', { 'location:a': 'b1' }, 'answer-1');
    await store(cache, 'q2', { 'service:s': 'b1' }, 'answer-2');
    current.set('location:a', 'b2');
    expect(await cache.get('q1')).toBeUndefined();
    expect(await cache.get('q2')).toBe('answer-2');
  });

  it('a hit tells the request which pages it holds (for Surrogate-Key)', async () => {
    const cache = new PageKeyedCache(new InMemoryLRUCache<string>(), versions);
    await store(cache, 'q', { 'location:a': 'b1', 'service:s': 'b1' }, 'v');
    const trace = new PageTrace();
    expect(await traceStorage.run(trace, () => cache.get('q'))).toBe('v');
    expect([...trace.pages.keys()].sort()).toEqual(['location:a', 'service:s'] as PageId[]);
  });

  it('stores nothing outside a traced request, and reads entries of another format as misses', async () => {
    const inner = new InMemoryLRUCache<string>();
    const cache = new PageKeyedCache(inner, versions);
    await cache.set('q', 'v');
    expect(await inner.get('q')).toBeUndefined();
    await inner.set('old', JSON.stringify({ data: { x: 1 }, cacheTime: 1 }));
    await inner.set('garbage', '{not json');
    expect(await cache.get('old')).toBeUndefined();
    expect(await cache.get('garbage')).toBeUndefined();
  });
});
