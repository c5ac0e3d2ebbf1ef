import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { buildPages } from '../read-model/build-pages';
import { loadPublishedCatalogue } from '../read-model/catalogue.loader';
import { dirtySince, ensurePageTable, markDirty, readMeta, readPageIfChanged, READ_MODEL_VERSION, writePages } from '../read-model/page-store';
import { createParsedPageCache } from '../read-model/parsed-page-cache';
import { createRebuildScheduler } from '../read-model/rebuild-scheduler';
import type { PageBodies, PageKind } from '../read-model/page.types';

/** The site read model: pages built from the published catalogue, rebuilt on every publish. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const listeners = new Set<(buildId: string) => void>();
  const parsed = createParsedPageCache();

  const SWEEP_MS = 30_000;

  /**
   * Loads the published catalogue and writes its pages. On several instances an
   * older rebuild (one that loaded the catalogue before another instance's write)
   * must not overwrite a newer one: writePages keeps the pages of the rebuild that
   * started last.
   */
  const rebuild = async () => {
    const timer = strapi.plugin('clinic').service('metrics').rebuildDuration.startTimer();
    try {
      await rebuildOnce();
      timer({ outcome: 'ok' });
    } catch (error) {
      timer({ outcome: 'failed' });
      throw error;
    }
  };
  const rebuildOnce = async () => {
    const started = Date.now();
    const startedAt = new Date(started).toISOString();
    const buildId = randomUUID();
    const pages = buildPages(await loadPublishedCatalogue(strapi));
    const count = pages.length;
    const written = await writePages(strapi.db.connection, pages, buildId, startedAt);
    if (!written) {
      strapi.log.debug('[clinic] site read model: a newer rebuild landed first; this one is dropped');
      return;
    }
    strapi.log.debug(`[clinic] site read model rebuilt: ${count} pages in ${Date.now() - started} ms`);
    for (const listener of listeners) listener(buildId);
  };
  const scheduler = createRebuildScheduler(rebuild, (error, state) =>
    strapi.log.error(
      `[clinic] site read model rebuild failed (attempt ${state.failures}; retrying in ${Math.round(((state.retryAt ?? Date.now()) - Date.now()) / 100) / 10} s): ${String(error)}`,
    ),
  );
  // Heals what a failed rebuild, or an instance that stopped between a write and its
  // rebuild, left behind: a write mark no rebuild has cleared.
  let sweep: NodeJS.Timeout | null = null;

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
      const [meta, dirty] = await Promise.all([readMeta(strapi.db.connection), dirtySince(strapi.db.connection)]);
      return meta && meta.version === READ_MODEL_VERSION && !dirty ? meta.buildId : null;
    },
    /** The id of the newest stored build, stale or not (instances that missed a pub/sub message catch up with it). */
    async latestBuildId(): Promise<string | null> {
      return (await readMeta(strapi.db.connection))?.buildId ?? null;
    },
    /** Records, in the writer's transaction when there is one, that the pages are stale. */
    async markStale(trx?: Parameters<typeof markDirty>[0]) {
      await markDirty(trx ?? strapi.db.connection, new Date().toISOString());
    },
    startSweep() {
      sweep ??= setInterval(() => {
        dirtySince(strapi.db.connection)
          .then((since) => {
            if (since && Date.now() - Date.parse(since) > SWEEP_MS / 3) scheduler.request();
          })
          .catch((error: unknown) => strapi.log.warn(`[clinic] read-model sweep: ${String(error)}`));
      }, SWEEP_MS);
      sweep.unref();
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
    /** Consecutive failed rebuilds and the next retry (readiness and metrics show them). */
    rebuildState() {
      return scheduler.state();
    },
    /** Called after each rebuild with its id (response caches key on it). */
    onRebuilt(listener: (buildId: string) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      if (sweep) clearInterval(sweep);
      sweep = null;
      scheduler.stop();
    },
  };
};
