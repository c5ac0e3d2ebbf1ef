import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { locationIndexEntry, patchLocationIndex } from '../read-model/build-pages';
import { buildTargeted } from '../read-model/build-targeted';
import { loadCatalogueSlice, listPageKeys, loadDirectPages } from '../repositories/published-catalogue.repository';
import { ensureChangeLog, appliedId, advanceApplied, oldestPendingMs, pendingIds, recordChange } from '../repositories/read-model-changes.repository';
import { createChangeConsumer, LeaseLostError } from '../read-model/change-consumer';
import { docKey, EDITORIAL_KINDS, LOCATION_INDEX, pageDependencies, planRebuild, type Change, type RebuildPlan } from '../read-model/dependencies';
import { pageId, splitPageId, type PageId } from '../read-model/page-id';
import { dependentsOf, ensurePageTable, listPageIds, markVersionCurrent, readBodies, readMeta, readPageIfChanged, readVersions, READ_MODEL_VERSION, writePageSet } from '../repositories/site-pages.repository';
import { createParsedPageCache } from '../read-model/parsed-page-cache';
import { createRebuildScheduler } from '../read-model/rebuild-scheduler';
import { INDEX_KEY, type LocationIndexEntry, type LocationPage, type PageBodies, type PageKind } from '../read-model/page.types';

/** What one rebuild did: the admin report (GET /clinic/read-model/rebuilds), the benchmark and the tests read it. */
export interface RebuildReport {
  mode: 'targeted' | 'full';
  /** Change-log ids applied (none for a full rebuild asked for directly). */
  changes: { from: number; to: number; count: number };
  /** Pages the changes named (built again, or removed). */
  targets: PageId[];
  /** Pages whose stored JSON changed. */
  written: PageId[];
  removed: PageId[];
  /** The build id announced, or null when no page changed (nothing invalidated). */
  buildId: string | null;
  ms: number;
  statements: number;
  finishedAt: string;
}

/** Location pages per slice (a full or a large rebuild walks the catalogue this many at a time). */
const SLICE = { locations: 40, services: 40, practitioners: 400 };
const HISTORY = 50;
const FULL_AFTER_CHANGES = 1000;

const chunk = <T>(list: T[], size: number) => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
const statementStore = new AsyncLocalStorage<{ n: number }>();

/** The site read model: pages built from the published catalogue, rebuilt from the change log. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { leaseMs: LEASE_TTL_MS, slicePauseMs } = strapi.plugin('clinic').config<{ leaseMs: number; slicePauseMs: number }>('readModel');
  const listeners = new Set<(report: RebuildReport & { buildId: string }) => void>();
  const parsed = createParsedPageCache();
  const knex = (): Knex => strapi.db.connection;
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const history: RebuildReport[] = [];
  let rebuilds = 0;
  let countingStatements = false;

  const SWEEP_MS = 2_000;

  const record = (report: RebuildReport) => {
    rebuilds++;
    history.push(report);
    if (history.length > HISTORY) history.shift();
    strapi.log.debug(`[clinic] read model ${report.mode}: ${report.targets.length} pages built, ${report.written.length} changed, ${report.removed.length} removed in ${report.ms} ms`);
  };

  const storedLocationIndex = async (db: Knex): Promise<LocationIndexEntry[]> => {
    const text = (await readBodies(db, [LOCATION_INDEX])).get(LOCATION_INDEX);
    return text ? (JSON.parse(text) as LocationIndexEntry[]) : [];
  };

  /** Builds a plan's pages slice by slice; each slice is written in its own transaction except the last, returned to commit with the change log. */
  const applyPlan = async (plan: RebuildPlan, renew: () => Promise<void>, mode: 'targeted' | 'full') => {
    const buildId = randomUUID();
    const byKind = (kind: PageKind) => [...plan.pages].filter((p) => splitPageId(p).kind === kind).map((p) => splitPageId(p).key);
    const locations = byKind('location');
    const services = byKind('service');
    const practitioners = byKind('practitioner');
    const editorialTargets = [...plan.pages].filter((p) => EDITORIAL_KINDS.has(splitPageId(p).kind));
    const slices: { locations: string[]; services: string[]; practitioners: string[]; editorial: boolean; pages: Set<PageId>; allEditorial: boolean }[] = [];
    const pagesOf = (kind: PageKind, keys: string[]) => new Set(keys.map((k) => pageId(kind, k)));
    for (const piece of chunk(locations, SLICE.locations)) slices.push({ locations: piece, services: [], practitioners: [], editorial: false, pages: pagesOf('location', piece), allEditorial: false });
    for (const piece of chunk(services, SLICE.services)) slices.push({ locations: [], services: piece, practitioners: [], editorial: false, pages: pagesOf('service', piece), allEditorial: false });
    for (const piece of chunk(practitioners, SLICE.practitioners)) slices.push({ locations: [], services: [], practitioners: piece, editorial: false, pages: pagesOf('practitioner', piece), allEditorial: false });
    if (plan.allEditorial || editorialTargets.length > 0) {
      slices.push({ locations: [], services: [], practitioners: [], editorial: true, pages: new Set(editorialTargets), allEditorial: plan.allEditorial });
    }
    // Pages of kinds no slice builds (a care plan key of a removed condition…) are removed by their editorial slice.
    const entries: LocationIndexEntry[] = [];
    const gone: string[] = [];
    const writes: ((trx: Knex) => Promise<{ written: PageId[]; removed: PageId[] }>)[] = [];
    const result = { targets: [] as PageId[], written: [] as PageId[], removed: [] as PageId[] };
    const run = async (write: (trx: Knex) => Promise<{ written: PageId[]; removed: PageId[] }>, trx: Knex) => {
      const done = await write(trx);
      result.written.push(...done.written);
      result.removed.push(...done.removed);
    };
    for (const [n, slice] of slices.entries()) {
      const catalogue = await loadCatalogueSlice(strapi, slice);
      const built = buildTargeted(catalogue, { pages: slice.pages, allEditorial: slice.allEditorial }, []);
      for (const p of built.pages) if (p.kind === 'location') entries.push(locationIndexEntry(p.body as LocationPage));
      for (const id of built.removed) if (id.startsWith('location:')) gone.push(splitPageId(id).key);
      result.targets.push(...built.targets);
      const deps = pageDependencies(catalogue, built.pages);
      const write = (trx: Knex) => writePageSet(trx, { pages: built.pages, removed: built.removed, deps, buildId });
      if (n < slices.length - 1 || plan.pages.has(LOCATION_INDEX) || mode === 'full') {
        await knex().transaction((trx) => run(write, trx));
        if (slicePauseMs > 0) await new Promise((r) => setTimeout(r, slicePauseMs));
        await renew();
      } else {
        writes.push(write);
      }
    }
    const finish = async (trx: Knex) => {
      for (const write of writes) await run(write, trx);
      if (plan.pages.has(LOCATION_INDEX)) {
        result.targets.push(LOCATION_INDEX);
        const base = mode === 'full' ? [] : await storedLocationIndex(trx);
        const index = patchLocationIndex(base, entries, gone);
        await run((t) => writePageSet(t, { pages: [{ kind: 'location-index', key: INDEX_KEY, body: index }], removed: [], deps: new Map([[LOCATION_INDEX, []]]), buildId }), trx);
      }
      if (mode === 'full') {
        // Pages nothing produced any more (a document unpublished while no rebuild ran).
        const produced = new Set(result.targets);
        const stale = (await listPageIds(trx)).filter((id) => !produced.has(id));
        if (stale.length > 0) await run((t) => writePageSet(t, { pages: [], removed: stale, deps: new Map(), buildId }), trx);
        await markVersionCurrent(trx, buildId);
      }
    };
    return { buildId, result, finish };
  };

  const measured = async <T>(work: () => Promise<T>) => {
    const store = { n: 0 };
    const started = Date.now();
    const value = await statementStore.run(store, work);
    return { value, ms: Date.now() - started, statements: store.n };
  };

  const announce = (report: RebuildReport) => {
    record(report);
    if (report.buildId) for (const listener of listeners) listener(report as RebuildReport & { buildId: string });
  };

  /** The whole read model, slice by slice (boot on a new version, repair, after an import). */
  const fullPlan = async (): Promise<RebuildPlan> => {
    const keys = await listPageKeys(strapi);
    const pages = new Set<PageId>([
      ...keys.locations.map((k) => `location:${k}` as PageId),
      ...keys.services.map((k) => `service:${k}` as PageId),
      ...keys.practitioners.map((k) => `practitioner:${k}` as PageId),
      LOCATION_INDEX,
    ]);
    return { full: true, pages, allEditorial: true };
  };

  const consumer = createChangeConsumer({
    knex: knex(),
    owner,
    ttlMs: LEASE_TTL_MS,
    batch: 50_000,
    apply: async (changes: Change[], renew) => {
      const m = await measured(async () => {
        // A burst this large (an import) costs less as one full rebuild than as its plan.
        let plan: RebuildPlan = { full: true, pages: new Set(), allEditorial: true };
        if (changes.length < FULL_AFTER_CHANGES) {
          const named = changes.filter((c): c is Change & { documentId: string } => !!c.documentId);
          const dependents = await dependentsOf(knex(), named.map((c) => docKey(c.type, c.documentId)));
          plan = planRebuild(changes, dependents, await loadDirectPages(strapi, named, new Set(dependents.keys())));
        }
        if (plan.full) plan = await fullPlan();
        return { plan, ...(await applyPlan(plan, renew, plan.full ? 'full' : 'targeted')) };
      });
      const { plan, buildId, result, finish } = m.value;
      return async (trx) => {
        const f = await measured(() => finish(trx));
        const changed = result.written.length + result.removed.length > 0;
        return () => announce({
          mode: plan.full ? 'full' : 'targeted',
          changes: { from: changes[0].id, to: changes[changes.length - 1].id, count: changes.length },
          targets: [...new Set(result.targets)].sort(),
          written: [...new Set(result.written)].sort(),
          removed: [...new Set(result.removed)].sort(),
          buildId: changed ? buildId : null,
          ms: m.ms + f.ms,
          statements: m.statements + f.statements,
          finishedAt: new Date().toISOString(),
        });
      };
    },
  });

  let fullRequested = false;
  let retry: NodeJS.Timeout | null = null;
  const rebuildOnce = async () => {
    if (fullRequested) {
      fullRequested = false;
      const done = await consumer.exclusive(async (renew) => {
        const m = await measured(async () => {
          // Changes committed before the catalogue is read are in what it builds; later ones stay pending.
          const seen = await pendingIds(knex());
          const plan = await fullPlan();
          const { buildId, result, finish } = await applyPlan(plan, renew, 'full');
          const from = await appliedId(knex());
          await knex().transaction(async (trx) => {
            await finish(trx);
            if (seen.length > 0 && !(await advanceApplied(trx, owner, from, seen, LEASE_TTL_MS))) throw new LeaseLostError();
          });
          return { buildId, result, seen };
        });
        const { buildId, result, seen } = m.value;
        const changed = result.written.length + result.removed.length > 0;
        announce({
          mode: 'full',
          changes: { from: seen[0] ?? 0, to: seen[seen.length - 1] ?? 0, count: seen.length },
          targets: [...new Set(result.targets)].sort(),
          written: [...new Set(result.written)].sort(),
          removed: [...new Set(result.removed)].sort(),
          buildId: changed ? buildId : null,
          ms: m.ms,
          statements: m.statements,
          finishedAt: new Date().toISOString(),
        });
      });
      if (done === 'busy') throw new Error('another instance held the read-model lease for the whole wait');
    }
    if ((await consumer.run()) === 'busy') {
      // Another instance applies the log; look again shortly, in case it read it before our change.
      if (retry) clearTimeout(retry);
      retry = setTimeout(() => scheduler.request(), 300);
      retry.unref();
    }
  };
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
  const scheduler = createRebuildScheduler(rebuild, (error, state) =>
    strapi.log.error(
      `[clinic] site read model rebuild failed (attempt ${state.failures}; retrying in ${Math.round(((state.retryAt ?? Date.now()) - Date.now()) / 100) / 10} s): ${String(error)}`,
    ),
  );
  // Applies what another instance left (it stopped before applying, or its lease expired).
  let sweep: NodeJS.Timeout | null = null;

  return {
    async ensureTable() {
      await ensurePageTable(knex());
      await ensureChangeLog(knex());
      if (!countingStatements) {
        countingStatements = true;
        knex().on('query', () => {
          const store = statementStore.getStore();
          if (store) store.n += 1;
        });
      }
    },
    /**
     * A page and the build that last changed it (its version): one SELECT; the body
     * is parsed again only when its build changed.
     */
    async read<K extends PageKind>(kind: K, key: string): Promise<{ body: PageBodies[K]; buildId: string } | null> {
      const cacheKey = `${kind}\u0000${key}`;
      const known = parsed.get(cacheKey);
      const row = await readPageIfChanged(knex(), kind, key, known?.buildId ?? null);
      if (!row) {
        parsed.delete(cacheKey);
        return null;
      }
      if (row.body === null && known) return { body: known.body as PageBodies[K], buildId: row.buildId };
      const text = row.body ?? '';
      const body = JSON.parse(text) as PageBodies[K];
      parsed.set(cacheKey, row.buildId, text, body);
      return { body, buildId: row.buildId };
    },
    /** The stored version (build id) of each page that exists; one statement per kind and 500 keys. */
    versions(ids: PageId[]): Promise<Map<PageId, string>> {
      return readVersions(knex(), ids);
    },
    /**
     * At boot: the id of the stored build when it is of this read-model version
     * (pending changes are then applied from the log), or null when every page must
     * be built again.
     */
    async currentBuild(): Promise<string | null> {
      const meta = await readMeta(knex());
      return meta && meta.version === READ_MODEL_VERSION ? meta.buildId : null;
    },
    /** The id of the newest stored build (instances that missed a pub/sub message catch up with it). */
    async latestBuildId(): Promise<string | null> {
      return (await readMeta(knex()))?.buildId ?? null;
    },
    /** Appends a change to the log, in the writer's transaction when there is one. */
    async recordChange(change: { type: string; documentId: string | null; action: string }, trx?: Knex) {
      await recordChange(trx ?? knex(), change);
    },
    /** Seconds since the oldest change no rebuild has applied yet; null when none is pending. */
    async staleSeconds(): Promise<number | null> {
      const since = await oldestPendingMs(knex());
      return since === null ? null : Math.max(0, (Date.now() - since) / 1000);
    },
    startSweep() {
      sweep ??= setInterval(() => {
        oldestPendingMs(knex())
          .then((since) => {
            if (since !== null) scheduler.request();
          })
          .catch((error: unknown) => strapi.log.warn(`[clinic] read-model sweep: ${String(error)}`));
      }, SWEEP_MS);
      sweep.unref();
    },
    /** Rebuild every page now and wait for it (new read-model version, repair, after an import, tests). */
    async rebuildNow() {
      fullRequested = true;
      scheduler.request();
      await scheduler.whenIdle();
    },
    /** Apply the change log soon; bursts coalesce. */
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
    /** What the last rebuilds did, newest last, and how many ran since this instance started. */
    rebuildReports() {
      return { count: rebuilds, reports: [...history] };
    },
    /** Called after each rebuild that changed a page, with its report (the pages written and removed under its build id). */
    onRebuilt(listener: (report: RebuildReport & { buildId: string }) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Stops the sweep and the scheduler, and waits for a rebuild in progress (bounded). */
    async stop() {
      if (sweep) clearInterval(sweep);
      sweep = null;
      if (retry) clearTimeout(retry);
      await scheduler.stop();
    },
  };
};
