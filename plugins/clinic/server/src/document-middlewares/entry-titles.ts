import type { Core } from '@strapi/strapi';
import { refreshTitles, titleSources, TITLED_UIDS, type TitledUid } from '../repositories/entry-titles.repository';

const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'clone']);

/**
 * Keeps the admin titles of offerings and bundle offerings ("Therapeutic massage ·
 * Buckhead"): the title is the app's, never the sender's (dropped from the input), and
 * is recomputed after a write to the entry itself or to a service, bundle or location
 * it names, once the write has gone through.
 */
export const entryTitles =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    const titled = TITLED_UIDS.includes(context.uid as TitledUid);
    const params = context.params as { data?: Record<string, unknown> } | undefined;
    if (titled && params?.data && typeof params.data === 'object') delete params.data.title;
    const result = await next();
    if (!WRITES.has(context.action)) return result;
    const written = result as { documentId?: string; entries?: { documentId?: string }[] } | null;
    const documentIds = new Set<string>();
    const given = (context.params as { documentId?: unknown } | undefined)?.documentId;
    if (typeof given === 'string') documentIds.add(given);
    if (written?.documentId) documentIds.add(written.documentId);
    for (const entry of written?.entries ?? []) if (entry.documentId) documentIds.add(entry.documentId);
    if (documentIds.size === 0) return result;
    const $in = [...documentIds];
    if (titled) {
      await refreshTitles(strapi, context.uid as TitledUid, { documentId: { $in } });
      // The answer carries the title it now has (the editor's form shows it at once).
      const row = written as { id?: number; title?: string | null } | null;
      if (row && typeof row.id === 'number') {
        const stored = (await strapi.db.query(context.uid).findOne({ where: { id: row.id }, select: ['title'] })) as { title: string | null } | null;
        if (stored) row.title = stored.title;
      }
    }
    for (const { titled: target, relation } of titleSources(context.uid)) {
      await refreshTitles(strapi, target, { [relation]: { documentId: { $in } } });
    }
    return result;
  };
