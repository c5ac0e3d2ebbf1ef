/**
 * Strapi glue of the site search: loads the read model's pages into the in-process
 * index at boot and keeps it current from the page changes the site API already
 * follows (this instance's rebuilds, and other instances' through Redis): only the
 * pages a publish wrote or removed are read again. A change saying "everything"
 * (a large rebuild) reloads the whole index, off the request path.
 *
 * Messages can be lost (Redis away, a subscriber reconnecting, no Redis at all
 * between instances): as the page cache trusts a version only while its
 * subscription holds, the index checks on a timer whether the stored build is the
 * one it last compared, on an unbroken subscription, and otherwise compares every
 * page's build id with what it indexed and reads the differing pages again
 * (search/catch-up.ts). It converges within one interval of the last build.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { splitPageId, type PageId } from '../read-model/page-id';
import { eachPageOfKind, readMeta, readPagesWithVersion, versionsOfKinds } from '../repositories/site-pages.repository';
import { needsCatchUp, staleEntries } from '../search/catch-up';
import { INDEXED_PAGE_KINDS } from '../search/documents';
import { createSiteSearch, type SearchQuery, type SearchWindow } from '../search/site-search';
import type { PageChange } from '../site-api/cache/page-versions';
import type { Clock } from '../site-api/views/clock';

const indexed = new Set<string>(INDEXED_PAGE_KINDS);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  let index = createSiteSearch();
  let ready: Promise<void> | null = null;
  /** Updates run one after another, in the order the changes were applied. */
  let queue: Promise<void> = Promise.resolve();
  let stamp = 0;
  /** The build id of each page as indexed (what the catch-up compares). */
  let versions = new Map<PageId, string>();
  /** The page-versions subscription epoch (0 without Redis); set by startCatchUp. */
  let epochNow = () => 0;
  let syncedBuild: string | null = null;
  let syncedEpoch = 0;
  let timer: NodeJS.Timeout | null = null;
  let catchUps = 0;

  const markSynced = (build: string | null, epoch: number) => {
    syncedBuild = build;
    syncedEpoch = epoch;
  };

  const loadAll = async () => {
    // The build and epoch before reading: a change committed meanwhile is caught by the next check.
    const epoch = epochNow();
    const build = (await readMeta(knex()))?.buildId ?? null;
    const fresh = createSiteSearch();
    const seen = new Map<PageId, string>();
    for (const kind of INDEXED_PAGE_KINDS)
      await eachPageOfKind(knex(), kind, (key, body, buildId) => {
        fresh.applyPage(kind, key, JSON.parse(body));
        seen.set(`${kind}:${key}`, buildId);
      });
    index = fresh;
    versions = seen;
    markSynced(build, epoch);
  };

  /** Reads the given pages as stored now (absent: removed) into the index: the newest state whatever the order of messages. */
  const reread = async (ids: PageId[]) => {
    const stored = await readPagesWithVersion(knex(), ids);
    for (const id of ids) {
      const { kind, key } = splitPageId(id);
      const page = stored.get(id);
      index.applyPage(kind, key, page === undefined ? null : JSON.parse(page.body));
      if (page === undefined) versions.delete(id);
      else versions.set(id, page.buildId);
    }
  };

  const applyChange = async (change: PageChange) => {
    if (change.written === 'all') return loadAll();
    const ids = [...change.written, ...change.removed].filter((id) => indexed.has(splitPageId(id).kind));
    if (ids.length === 0) return;
    await reread(ids);
    stamp += 1;
  };

  /** Compares every indexed page's build with the stored one when a message may have been missed; reads the differing pages again. */
  const catchUp = async () => {
    const epoch = epochNow();
    const build = (await readMeta(knex()))?.buildId ?? null;
    if (!needsCatchUp({ syncedBuild, syncedEpoch }, build, epoch)) return;
    const { reload, removed } = staleEntries(versions, await versionsOfKinds(knex(), INDEXED_PAGE_KINDS));
    if (reload.length + removed.length > 0) {
      await reread([...reload, ...removed]);
      stamp += 1;
      strapi.log.info(`[clinic] site search caught up on ${reload.length} changed and ${removed.length} removed pages (build ${build})`);
    }
    catchUps += 1;
    markSynced(build, epoch);
  };

  const enqueue = (work: () => Promise<void>, what: string) => {
    queue = queue
      .then(() => ready ?? undefined)
      .then(work)
      .catch((error: unknown) => {
        strapi.log.error(`[clinic] site search ${what} failed: ${String(error)}`);
      });
  };

  return {
    /** Loads every page once (boot); later calls wait for the same load. */
    start() {
      ready ??= loadAll().then(() => {
        strapi.log.debug(`[clinic] site search indexed ${JSON.stringify(index.size())}`);
      });
      return ready;
    },
    /** Follows a page change (never throws: a failed update is logged and the next catch-up repairs it). */
    follow(change: PageChange) {
      // Before start() nothing is indexed, and start() reads every page as stored then: following the
      // boot's full rebuild page by page would build the index beside the rebuild's own working set
      // (at 20× the two did not fit in the 320 MB heap bound together).
      if (!ready) return;
      enqueue(() => applyChange(change), 'update');
    },
    /**
     * Checks every `intervalMs` whether a change was missed (see the head of this
     * file); `epoch` is the page-versions subscription epoch. Queued behind the
     * updates, so a check never races one.
     */
    startCatchUp(epoch: () => number, intervalMs: number) {
      epochNow = epoch;
      if (timer) clearInterval(timer);
      // Not before start(): a catch-up of an empty index reads every page (the same reason as follow's).
      timer = setInterval(() => {
        if (ready) enqueue(catchUp, 'catch-up');
      }, intervalMs);
      timer.unref();
    },
    stopCatchUp() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    /** Runs one catch-up check now, after the updates queued (tests); resolves to the checks that compared pages so far. */
    async catchUpNow() {
      enqueue(catchUp, 'catch-up');
      await queue;
      return catchUps;
    },
    /** Resolves when the changes seen so far are in the index (tests). */
    async settled() {
      await ready;
      await queue;
      return stamp;
    },
    async search(query: SearchQuery, clock: Clock, window: SearchWindow) {
      if (!ready) await this.start();
      await ready;
      return index.search(query, clock, window);
    },
    size: () => index.size(),
  };
};
