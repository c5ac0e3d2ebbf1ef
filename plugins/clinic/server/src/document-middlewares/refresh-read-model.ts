import type { Core } from '@strapi/strapi';
import { reachesPublicPages } from '../read-model/write-effects';

const PREFIX = 'plugin::clinic.';

/**
 * A committed write that can change a public page (a publish, an unpublish, a
 * delete, a write to a type without drafts) appends a row to the read model's
 * change log, in the write's own transaction, and asks for the log to be applied
 * once it has committed. A draft save records nothing, so it rebuilds nothing and
 * invalidates nothing.
 */
export const refreshReadModel =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    const result = await next();
    const written = result as { documentId?: unknown } | null;
    if (!context.uid.startsWith(PREFIX)) return result;
    const params = (context.params ?? {}) as { documentId?: unknown; status?: unknown };
    const draftAndPublish = Boolean((context.contentType as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish);
    if (!reachesPublicPages({ action: context.action, draftAndPublish, status: params.status })) return result;
    const documentId = typeof params.documentId === 'string' ? params.documentId : typeof written?.documentId === 'string' ? written.documentId : null;
    const change = { type: context.uid.slice(PREFIX.length), documentId, action: context.action };
    const pages = strapi.plugin('clinic').service('site-pages');
    const request = () => pages.requestRebuild();
    if (strapi.db.inTransaction()) {
      // Joins the open transaction (no new one): the change commits with the write,
      // and the log is applied once it has committed.
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        await pages.recordChange(change, trx);
        onCommit(request);
      });
    } else {
      await pages.recordChange(change);
      request();
    }
    return result;
  };
