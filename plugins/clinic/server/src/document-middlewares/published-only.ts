import type { Core } from '@strapi/strapi';
import { verifiedPreviewDocument } from '../preview/draft-read-scope';

const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/** A draft read of exactly the document a verified preview token names, by documentId. */
const isPreviewDraftRead = (context: { params?: unknown }): boolean => {
  const documentId = verifiedPreviewDocument();
  const params = context.params as { status?: string; filters?: { $and?: unknown[] } } | undefined;
  if (!documentId || params?.status !== 'draft') return false;
  return (params.filters?.$and ?? []).some((f) => (f as { documentId?: unknown } | null)?.documentId === documentId);
};

/**
 * Strapi 5's content API honours `?status=draft` (REST) and `status: DRAFT` (GraphQL)
 * for anyone with find permission. Drafts of the catalogue must never reach the
 * public or API tokens, so reads made while serving anything but the admin panel
 * are pinned to published (GraphQL relations: graphql/published-only.resolvers-config.ts). Calls outside a request (bootstrap, jobs, seeding) are
 * left alone.
 */
export const publishedOnly =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (!context.uid.startsWith('plugin::clinic.') || !READS.has(context.action)) return next();
    const ctx = strapi.requestContext.get();
    // A verified draft preview reads that one document's draft (preview/draft-read-scope.ts).
    if (isPreviewDraftRead(context)) return next();
    if (ctx && ctx.state?.auth?.strategy?.name !== 'admin') {
      // For every clinic type, with drafts or not: Strapi applies the requested
      // status to the populated relations too, and a type without drafts (franchise,
      // licence) links to the draft versions of its relations.
      const params = { ...(context as any).params, status: 'published' };
      delete params.publicationFilter;
      delete params.hasPublishedVersion;
      (context as any).params = params;
    }
    return next();
  };
