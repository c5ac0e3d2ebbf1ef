/**
 * Parsed pages kept in memory, each with the build it came from; bounded by the
 * size of their JSON text, least recently used first out. A hit still costs one
 * SELECT of the build id (repositories/site-pages.repository.ts readPageIfChanged), so a page
 * rebuilt by another instance is never served stale.
 */
export interface ParsedPage {
  buildId: string;
  body: unknown;
  size: number;
}

export const createParsedPageCache = (maxTextBytes = 32 * 1024 * 1024) => {
  const entries = new Map<string, ParsedPage>();
  let total = 0;

  const remove = (key: string) => {
    const old = entries.get(key);
    if (old) {
      total -= old.size;
      entries.delete(key);
    }
  };

  return {
    get(key: string): ParsedPage | undefined {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit); // most recently used last
      }
      return hit;
    },
    set(key: string, buildId: string, text: string, body: unknown) {
      remove(key);
      if (text.length > maxTextBytes) return;
      entries.set(key, { buildId, body, size: text.length });
      total += text.length;
      for (const oldest of entries.keys()) {
        if (total <= maxTextBytes) break;
        remove(oldest);
      }
    },
    delete: remove,
    size: () => entries.size,
    textBytes: () => total,
  };
};
