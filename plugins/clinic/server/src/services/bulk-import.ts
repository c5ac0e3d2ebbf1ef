import type { Core } from '@strapi/strapi';
import { bundleOfferingTitle, offeringTitle } from '../domain/entry-titles.rules';
import { ImportRefusedError, type ImportCounts } from '../bulk-import/import-report';
import { planImport, type ImportGroup, type ImportModels } from '../bulk-import/validate-import';
import { bulkImportRepository, type DocumentIndex } from '../repositories/bulk-import.repository';

export interface ImportProgress {
  phase: 'validate' | 'write';
  /** The type being written (the validate phase reports once, for all types). */
  type: string;
  /** Rows done of `total` in this phase. */
  done: number;
  total: number;
}

export interface BulkImportReport extends ImportCounts {
  /** Rows in the data set. */
  rows: number;
  ms: { validate: number; write: number };
}

type Row = Record<string, any>;
type Uid = any;

/** The change the read model gets for a whole import: it names no document, so its consumer rebuilds every page once. */
export const IMPORT_CHANGE = { type: 'import', documentId: null, action: 'import' } as const;

/**
 * The bulk import (seed data sets, a chain's first import): every row validated up
 * front with the rules of the document middlewares (bulk-import/validate-import.ts);
 * when any row is refused, nothing is written and ImportRefusedError carries the
 * report; otherwise every new document is written set-based in one transaction
 * (repositories/bulk-import.repository.ts), with its admin title, and one change
 * is logged for the read model, applied as one full rebuild after the commit.
 * Documents the catalogue already holds (by slug, or service + location …) are left
 * as they are: importing the same data twice writes nothing the second time.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importGroups(groups: ImportGroup[], options: { onProgress?: (p: ImportProgress) => void } = {}): Promise<BulkImportReport> {
    const repo = bulkImportRepository(strapi);
    const pages = strapi.plugin('clinic').service('site-pages');
    const models: ImportModels = {
      model: (type) => strapi.getModel(`plugin::clinic.${type}` as Uid),
      component: (uid) => strapi.getModel(uid as Uid),
    };
    const rows = groups.reduce((n, g) => n + g.rows.length, 0);
    const started = Date.now();
    const knex = strapi.db.connection;
    const index: DocumentIndex = new Map();
    const types = [...new Set(groups.map((g) => g.type))];
    // The titled types' names come from services, bundles and locations, imported or not.
    for (const type of new Set([...types, 'service', 'bundle', 'location'])) index.set(type, await repo.loadIndex(knex, type));
    const known = {
      has: (type: string, key: string) => index.get(type)?.has(key) ?? false,
      serviceMinutes: await repo.serviceMinutes(),
      bundleBounds: await repo.bundleBounds(),
    };
    options.onProgress?.({ phase: 'validate', type: '', done: 0, total: rows });
    const plan = await planImport(groups, known, models, (done) => options.onProgress?.({ phase: 'validate', type: '', done, total: rows }));
    options.onProgress?.({ phase: 'validate', type: '', done: rows, total: rows });
    if (plan.refusals.length > 0) throw new ImportRefusedError(plan.refusals);
    const validated = Date.now();

    const created: Record<string, number> = {};
    const total = [...plan.write.values()].reduce((n, list) => n + list.length, 0);
    let done = 0;
    const nameOf = (type: string, key: unknown, version: 'draft' | 'published') => {
      const v = typeof key === 'string' ? index.get(type)?.get(key) : undefined;
      return (version === 'draft' ? v?.draftName : v?.publishedName) ?? null;
    };
    const titles: Record<string, (data: Row, version: 'draft' | 'published') => Row> = {
      offering: (d, v) => ({ title: offeringTitle(nameOf('service', d.service, v), nameOf('location', d.location, v)) }),
      'bundle-offering': (d, v) => ({ title: bundleOfferingTitle(nameOf('bundle', d.bundle, v), nameOf('location', d.location, v)) }),
    };
    if (total > 0) {
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const writer = repo.writer(trx, index);
        for (const type of types) {
          const docs = plan.write.get(type) ?? [];
          if (docs.length === 0) continue;
          await writer.writeDocuments(type, docs, titles[type], (n) => {
            done += n;
            options.onProgress?.({ phase: 'write', type, done, total });
          });
          created[type] = docs.length;
        }
        await pages.recordChange(IMPORT_CHANGE, trx);
        onCommit(() => pages.requestRebuild());
      });
    }
    return { rows, created, existing: plan.existing, ms: { validate: validated - started, write: Date.now() - validated } };
  },
});
