import type { Core } from '@strapi/strapi';

/** What a draft preview needs of the document and the user, read straight from the database (no document middleware). */
export const previewRepository = (strapi: Core.Strapi) => ({
  /** The draft's own slug and, for types shown on a location page, its location's slug; null when there is no draft. */
  async draftFacts(uid: string, documentId: string, locale: string | null): Promise<{ slug: string | null; locationSlug: string | null } | null> {
    const attributes = strapi.getModel(uid as any)?.attributes ?? {};
    const row = await strapi.db.query(uid).findOne({
      where: { documentId, publishedAt: null, ...(locale && 'locale' in attributes ? { locale } : {}) },
      select: ['id', ...('slug' in attributes ? ['slug'] : [])],
      ...('location' in attributes ? { populate: { location: { select: ['slug'] } } } : {}),
    });
    if (!row) return null;
    return { slug: (row.slug as string | undefined) ?? null, locationSlug: (row.location?.slug as string | undefined) ?? null };
  },

  /** A location's franchise (documentId) in each stored version, null for a version without one. */
  async locationVersionsFranchise(documentId: string): Promise<(string | null)[]> {
    const rows = await strapi.db.query('plugin::clinic.location').findMany({
      where: { documentId },
      select: ['id'],
      populate: { franchise: { select: ['documentId'] } },
    });
    return rows.map((row: any) => (row.franchise?.documentId as string | undefined) ?? null);
  },

  /** The admin user a token names with their role codes, when they may still use it (exists, active, not blocked); else null. */
  async activeAdmin(userId: string): Promise<{ id: number; roles: { code: string }[] } | null> {
    if (!/^\d{1,12}$/.test(userId)) return null;
    const user = await strapi.db.query('admin::user').findOne({
      where: { id: Number(userId) },
      select: ['id', 'isActive', 'blocked'],
      populate: { roles: { select: ['code'] } },
    });
    if (!user?.isActive || user.blocked) return null;
    return { id: user.id as number, roles: ((user.roles ?? []) as { code: string }[]).map((r) => ({ code: r.code })) };
  },
});
