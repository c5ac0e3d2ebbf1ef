/**
 * The response cache's store, keyed by what a response contains: each entry keeps
 * the versions of the pages the response was built from, and is a hit only while
 * every one of them is still current. A publish then invalidates the responses
 * that contain a page it changed, and no other (Apollo's response-cache plugin
 * stays in charge of keys, TTLs and cache hints; this wraps its store).
 */
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { traceStorage } from './page-trace';

interface Stored {
  pages: Record<string, string>;
  value: string;
}

export interface VersionCheck {
  current(versions: Record<string, string>): Promise<boolean>;
}

export class PageKeyedCache implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly versions: VersionCheck,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const text = await this.inner.get(key);
    if (text === undefined) return undefined;
    let stored: Stored;
    try {
      stored = JSON.parse(text) as Stored;
    } catch {
      return undefined;
    }
    // An entry of an earlier format (no page versions) is a miss.
    if (!stored || typeof stored.value !== 'string' || typeof stored.pages !== 'object' || stored.pages === null) return undefined;
    if (!(await this.versions.current(stored.pages))) return undefined;
    traceStorage.getStore()?.recordAll(stored.pages);
    return stored.value;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions) {
    const trace = traceStorage.getStore();
    // Without a trace nothing says which pages the response holds: not cacheable.
    if (!trace) return;
    const stored: Stored = { pages: Object.fromEntries(trace.pages), value };
    await this.inner.set(key, JSON.stringify(stored), options);
  }

  async delete(key: string) {
    await this.inner.delete(key);
  }
}
