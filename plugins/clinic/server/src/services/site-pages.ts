import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { buildPages } from '../read-model/build-pages';
import { loadPublishedCatalogue } from '../read-model/catalogue.loader';
import { ensurePageTable, readPage, readPages, writePages } from '../read-model/page-store';
import { createRebuildScheduler } from '../read-model/rebuild-scheduler';
import type { PageBodies, PageKind } from '../read-model/page.types';

/** The site read model: pages built from the published catalogue, rebuilt on every publish. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners = new Set<(buildId: string) => void>();
  let lastBuildMs = 0;

  const rebuild = async () => {
    const started = Date.now();
    const buildId = randomUUID();
    const pages = buildPages(await loadPublishedCatalogue(strapi));
    await writePages(strapi.db.connection, pages, buildId);
    lastBuildMs = Date.now() - started;
    strapi.log.debug(`[clinic] site read model rebuilt: ${pages.length} pages in ${lastBuildMs} ms`);
    for (const listener of listeners) listener(buildId);
  };
  const scheduler = createRebuildScheduler(rebuild, (error) => strapi.log.error(`[clinic] site read model rebuild failed: ${String(error)}`));

  return {
    async ensureTable() {
      await ensurePageTable(strapi.db.connection);
    },
    get<K extends PageKind>(kind: K, key: string): Promise<PageBodies[K] | null> {
      return readPage(strapi.db.connection, kind, key);
    },
    getMany<K extends PageKind>(kind: K, keys: string[]): Promise<Map<string, PageBodies[K]>> {
      return readPages(strapi.db.connection, kind, keys);
    },
    /** Rebuild now and wait for it (bootstrap, seeding, tests). */
    async rebuildNow() {
      scheduler.request();
      await scheduler.whenIdle();
    },
    /** Rebuild soon; bursts coalesce. */
    requestRebuild() {
      scheduler.request();
    },
    whenIdle() {
      return scheduler.whenIdle();
    },
    /** Called after each rebuild with its id (response caches key on it). */
    onRebuilt(listener: (buildId: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastBuildMs: () => lastBuildMs,
    stop() {
      scheduler.stop();
    },
  };
};
