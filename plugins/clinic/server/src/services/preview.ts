/**
 * Draft preview (README "Draft preview"): the admin's Preview button asks for a
 * URL (config/admin.ts → previewUrl), which carries a token issued for one
 * document to the admin user who asked, only when that user may read it. The site
 * API opens the token (open) into the previewed page, built from the draft by the
 * read model's own pure builder.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decidePreviewAccess, hasPreviewPage, isFranchiseScoped, PAGE_KIND_OF, PREVIEW_REFUSAL_MESSAGES, previewPageOf, type PreviewKind } from '../domain';
import { buildTargeted } from '../read-model/build-targeted';
import { pageId } from '../read-model/page-id';
import type { PageBodies } from '../read-model/page.types';
import { loadCatalogueSlice, type SliceRequest } from '../repositories/published-catalogue.repository';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';
import { previewRepository } from '../repositories/preview.repository';
import { readingVerifiedPreview } from '../preview/draft-read-scope';
import { parsePreviewConfig } from '../preview/preview-config';
import { issuePreviewToken, PreviewTokenError, verifyPreviewToken } from '../preview/preview-token';

const CLINIC = 'plugin::clinic.';
type PageKindOf = (typeof PAGE_KIND_OF)[PreviewKind];

/** A verified preview request: the page it shows as the draft would, and until when. */
export interface PreviewSession {
  uid: string;
  documentId: string;
  expiresAt: Date;
  kind: PreviewKind;
  slug: string;
  pageKind: PageKindOf;
  /** The page built from the draft; null when the draft does not make one (unfinished: the site answers NOT_FOUND). */
  body: PageBodies[PageKindOf] | null;
}

/** The token is valid but names nothing the site can show (the draft was deleted or left its location). */
export class PreviewGoneError extends Error {}

/** The token is valid but its user may no longer read the document (a role or a franchise was taken away since it was issued). */
export class PreviewNoLongerAllowedError extends Error {}

interface AdminUser {
  id: number | string;
  roles?: { code: string }[];
}

const sliceFor = (kind: PreviewKind, slug: string): SliceRequest => ({
  locations: kind === 'LOCATION' ? [slug] : [],
  services: kind === 'SERVICE' ? [slug] : [],
  practitioners: kind === 'PRACTITIONER' ? [slug] : [],
  editorial: kind === 'CONDITION' || kind === 'ARTICLE' || kind === 'TECHNIQUE',
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => parsePreviewConfig(strapi.plugin('clinic').config('preview'));
  const repo = previewRepository(strapi);
  const scope = franchiseScopeRepository(strapi);

  /** Franchise of each stored version of the document (its location's; a location's own). */
  const franchisesOf = async (type: string, uid: string, documentId: string) => {
    if (type === 'location') return repo.locationVersionsFranchise(documentId);
    if (type === 'offering' || type === 'bundle-offering') return (await scope.versionsWithFranchise(uid, documentId)).map((v: { franchiseId: string | null }) => v.franchiseId);
    return [];
  };

  const assertMayPreview = async (user: AdminUser, type: string, uid: string, documentId: string) => {
    const roleCodes = (user.roles ?? []).map((r) => r.code);
    const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
    const scoped = isFranchiseScoped(roleCodes);
    const decision = decidePreviewAccess({
      type,
      roleCodes,
      mayReadType: ability.can('plugin::content-manager.explorer.read', uid),
      ownedFranchiseIds: scoped ? await scope.ownedFranchiseIds(user.id) : [],
      franchiseIds: scoped ? await franchisesOf(type, uid, documentId) : [],
    });
    if (!decision.allowed) throw new errors.ForbiddenError(PREVIEW_REFUSAL_MESSAGES[decision.reason], { reason: decision.reason });
  };

  return {
    /**
     * The config/admin.ts preview handler: the site's /preview URL with a token for
     * this document, or null (no button) for types the site shows on no page.
     * Reachable only through the admin's preview route (admin::isAuthenticatedAdmin).
     */
    async previewUrl(uid: string, params: { documentId?: string; locale?: string | null; status?: string }): Promise<string | null> {
      if (!uid.startsWith(CLINIC)) return null;
      const type = uid.slice(CLINIC.length);
      if (!hasPreviewPage(type) || !params.documentId) return null;
      const { secret, siteUrl, ttlSeconds } = config();
      if (!secret) {
        strapi.log.warn('[clinic] preview: CLINIC_PREVIEW_SECRET is not set; no preview link is offered');
        return null;
      }
      const ctx = strapi.requestContext.get();
      const user = ctx?.state?.auth?.strategy?.name === 'admin' ? (ctx.state.user as AdminUser | undefined) : undefined;
      if (!user) throw new errors.ForbiddenError('Draft preview is for admin users.');
      await assertMayPreview(user, type, uid, params.documentId);
      const locale = params.locale ?? null;
      const facts = await repo.draftFacts(uid, params.documentId, locale);
      if (!facts || !previewPageOf(type, facts)) return null;
      const { token } = await issuePreviewToken({ uid, documentId: params.documentId, locale, userId: String(user.id) }, { secret, ttlSeconds });
      return `${siteUrl}/preview?token=${encodeURIComponent(token)}`;
    },

    /** A Clinic-Preview header's token opened into its session; PreviewTokenError when refused, PreviewGoneError when it shows nothing. */
    async open(token: string): Promise<PreviewSession> {
      const claims = await verifyPreviewToken(token, { secret: config().secret });
      const user = await repo.activeAdmin(claims.userId);
      if (!user) throw new PreviewTokenError('revoked');
      const type = claims.uid.slice(CLINIC.length);
      // The same check as at issue, again at use: a token outlives neither the user's role nor their franchise.
      try {
        await assertMayPreview(user, type, claims.uid, claims.documentId);
      } catch (error) {
        if (error instanceof errors.ForbiddenError) throw new PreviewNoLongerAllowedError(`the user it was issued to may no longer read this entry (${error.message})`);
        throw error;
      }
      const facts = await repo.draftFacts(claims.uid, claims.documentId, claims.locale);
      const page = facts && previewPageOf(type, facts);
      if (!page) throw new PreviewGoneError(`The previewed ${type} (${claims.documentId}) has no draft that shows on a site page any more.`);
      const pageKind = PAGE_KIND_OF[page.kind];
      const slice = await readingVerifiedPreview(claims.documentId, () =>
        loadCatalogueSlice(strapi, sliceFor(page.kind, page.slug), { type, documentId: claims.documentId, locale: claims.locale }),
      );
      const built = buildTargeted(slice, { pages: new Set([pageId(pageKind, page.slug)]), allEditorial: false }, []);
      const body = built.pages.find((p) => p.kind === pageKind && p.key === page.slug)?.body ?? null;
      return { uid: claims.uid, documentId: claims.documentId, expiresAt: claims.expiresAt, kind: page.kind, slug: page.slug, pageKind, body: body as PreviewSession['body'] };
    },
  };
};
