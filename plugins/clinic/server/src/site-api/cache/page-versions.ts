/**
 * What this instance knows of each page's current version (the build that last
 * changed it), so a cached response can be checked without reading the database.
 *
 * Rebuilds announce the pages they wrote and removed: locally at once and, with
 * Redis, to every instance on one pub/sub channel. While the subscription holds,
 * what was learned is trusted until a message changes it; without Redis, or while
 * the subscriber is away (messages are lost then), a version is trusted for
 * `trustMs` after it was read from the database and then read again, so an
 * instance never serves a response of a page another instance rebuilt for longer
 * than that.
 */
import type Redis from 'ioredis';
import type { PageId } from '../../read-model/page-id';
import { ABSENT } from './page-trace';

export const PAGES_CHANNEL = 'clinic:site:pages';
/** Above this many pages a message says "everything changed" instead of listing them. */
export const MAX_LISTED_PAGES = 2000;

export interface PageChange {
  buildId: string;
  /** Pages written under buildId; removed pages are listed in `removed`; 'all' after a large rebuild. */
  written: PageId[] | 'all';
  removed: PageId[];
}

interface Entry {
  version: string;
  learnedAt: number;
  /** Subscription epoch it was learned in (a reconnect starts a new one). */
  epoch: number;
}

export interface PageVersionsOptions {
  redis: { publisher: Redis; subscriber: Redis } | null;
  /** The stored version of each existing page (one SELECT per kind). */
  readVersions: (ids: PageId[]) => Promise<Map<PageId, string>>;
  onError: (error: unknown) => void;
  trustMs?: number;
  now?: () => number;
}

export const createPageVersions = ({ redis, readVersions, onError, trustMs = 1000, now = Date.now }: PageVersionsOptions) => {
  const entries = new Map<PageId, Entry>();
  let subscribed = false;
  let epoch = 0;
  /** Bumped on every change applied: a database read started before one must not overwrite what it said. */
  let changes = 0;
  let clearedAt = 0;
  const touchedAt = new Map<PageId, number>();
  const listeners = new Set<(change: PageChange) => void>();

  const apply = (change: PageChange) => {
    changes += 1;
    for (const listener of listeners) listener(change);
    if (change.written === 'all') {
      entries.clear();
      touchedAt.clear();
      clearedAt = changes;
      return;
    }
    const at = now();
    for (const id of change.written) {
      entries.set(id, { version: change.buildId, learnedAt: at, epoch });
      touchedAt.set(id, changes);
    }
    for (const id of change.removed) {
      entries.set(id, { version: ABSENT, learnedAt: at, epoch });
      touchedAt.set(id, changes);
    }
  };

  const trusted = (entry: Entry) => (subscribed && entry.epoch === epoch) || now() - entry.learnedAt < trustMs;

  if (redis) {
    const { subscriber } = redis;
    // Trusted only once the subscription is confirmed: ioredis says "ready" before it has re-subscribed.
    const subscribe = () =>
      subscriber
        .subscribe(PAGES_CHANNEL)
        .then(() => {
          epoch += 1;
          subscribed = true;
        })
        .catch(onError);
    void subscribe();
    subscriber.on('message', (channel: string, text: string) => {
      if (channel !== PAGES_CHANNEL) return;
      try {
        apply(JSON.parse(text) as PageChange);
      } catch (error) {
        onError(error);
      }
    });
    subscriber.on('close', () => {
      epoch += 1;
      subscribed = false;
    });
    subscriber.on('ready', () => {
      if (subscribed) return;
      void subscribe();
    });
  }

  return {
    /**
     * True when every page has the version given: a cached response built from
     * those versions is still what the pages say. Pages not known (or no longer
     * trusted) are read in one batch.
     */
    async current(versions: Record<string, string>): Promise<boolean> {
      const unknown: PageId[] = [];
      for (const [id, version] of Object.entries(versions)) {
        const entry = entries.get(id as PageId);
        if (entry && trusted(entry)) {
          if (entry.version !== version) return false;
        } else unknown.push(id as PageId);
      }
      if (unknown.length === 0) return true;
      const mark = changes;
      const stored = await readVersions(unknown);
      const at = now();
      let same = true;
      for (const id of unknown) {
        const version = stored.get(id) ?? ABSENT;
        if (version !== versions[id]) same = false;
        // A change applied while we read is newer than what we read.
        if (clearedAt > mark || (touchedAt.get(id) ?? 0) > mark) continue;
        entries.set(id, { version, learnedAt: at, epoch });
      }
      return same;
    },
    /** A rebuild of this instance: known here at once, and to the others through Redis. */
    async announce(change: PageChange) {
      const listed = change.written !== 'all' && change.written.length + change.removed.length <= MAX_LISTED_PAGES;
      const message: PageChange = listed ? change : { buildId: change.buildId, written: 'all', removed: [] };
      apply(message);
      if (redis) await redis.publisher.publish(PAGES_CHANNEL, JSON.stringify(message)).catch(onError);
    },
    /** Called with every change applied, this instance's and (through Redis) the others' (the search index follows them). */
    onChange(listener: (change: PageChange) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The subscription epoch: it changes whenever the subscription breaks or is made again (messages may be lost between); 0 without Redis. */
    epoch: () => epoch,
    /** Pages known (for tests and metrics). */
    size: () => entries.size,
  };
};
