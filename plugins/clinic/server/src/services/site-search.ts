/**
 * Strapi glue of the site search: loads the read model's pages into the in-process
 * index at boot and keeps it current from the page changes the site API already
 * follows (this instance's rebuilds, and other instances' through Redis): only the
 * pages a publish wrote or removed are read again. A change saying "everything"
 * (a large rebuild) reloads the whole index, off the request path.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { splitPageId } from '../read-model/page-id';
import { eachPageOfKind, readBodies } from '../repositories/site-pages.repository';
import { INDEXED_PAGE_KINDS } from '../search/documents';
import { createSiteSearch, type SearchQuery } from '../search/site-search';
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

  const loadAll = async () => {
    const fresh = createSiteSearch();
    for (const kind of INDEXED_PAGE_KINDS) await eachPageOfKind(knex(), kind, (key, body) => fresh.applyPage(kind, key, JSON.parse(body)));
    index = fresh;
  };

  const applyChange = async (change: PageChange) => {
    if (change.written === 'all') return loadAll();
    const ids = [...change.written, ...change.removed].filter((id) => indexed.has(splitPageId(id).kind));
    if (ids.length === 0) return;
    // Read what is stored now (removed pages are absent): the newest state whatever the order of messages.
    const bodies = await readBodies(knex(), ids);
    for (const id of ids) {
      const { kind, key } = splitPageId(id);
      const text = bodies.get(id);
      index.applyPage(kind, key, text === undefined ? null : JSON.parse(text));
    }
    stamp += 1;
  };

  return {
    /** Loads every page once (boot); later calls wait for the same load. */
    start() {
      ready ??= loadAll().then(() => {
        strapi.log.debug(`[clinic] site search indexed ${JSON.stringify(index.size())}`);
      });
      return ready;
    },
    /** Follows a page change (never throws: a failed update is logged and the next full change repairs it). */
    follow(change: PageChange) {
      queue = queue
        .then(() => ready ?? undefined)
        .then(() => applyChange(change))
        .catch((error: unknown) => {
          strapi.log.error(`[clinic] site search update failed: ${String(error)}`);
        });
    },
    /** Resolves when the changes seen so far are in the index (tests). */
    async settled() {
      await ready;
      await queue;
      return stamp;
    },
    async search(query: SearchQuery, clock: Clock) {
      if (!ready) await this.start();
      await ready;
      return index.search(query, clock);
    },
    size: () => index.size(),
  };
};
