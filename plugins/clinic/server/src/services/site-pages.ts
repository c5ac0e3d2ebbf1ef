import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { buildPages } from '../read-model/build-pages';
import { loadPublishedCatalogue } from '../read-model/catalogue.loader';
import { ensurePageTable, readMeta, readPageIfChanged, READ_MODEL_VERSION, writePages } from '../read-model/page-store';
import { createParsedPageCache } from '../read-model/parsed-page-cache';
import { createRebuildScheduler } from '../read-model/rebuild-scheduler';
import type { PageBodies, PageKind } from '../read-model/page.types';

/** The site read model: pages built from the published catalogue, rebuilt on every publish. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners = new Set<(buildId: string) => void>();
  const parsed = createParsedPageCache();
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
    /** A page: one SELECT; the body is parsed again only when its build changed. */
    async get<K extends PageKind>(kind: K, key: string): Promise<PageBodies[K] | null> {
      const cacheKey = `${kind}\u0000${key}`;
      const known = parsed.get(cacheKey);
      const row = await readPageIfChanged(strapi.db.connection, kind, key, known?.buildId ?? null);
      if (!row) {
        parsed.delete(cacheKey);
        return null;
      }
      if (row.body === null && known) return known.body as PageBodies[K];
      const text = row.body ?? '';
      const body = JSON.parse(text) as PageBodies[K];
      parsed.set(cacheKey, row.buildId, text, body);
      return body;
    },
    /**
     * At boot: the id of the stored build when it is current (same read-model
     * version), or null when the pages must be rebuilt.
     */
    async currentBuild(): Promise<string | null> {
      const meta = await readMeta(strapi.db.connection);
      return meta && meta.version === READ_MODEL_VERSION ? meta.buildId : null;
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
