import type { Core } from '@strapi/strapi';
import type { RelationTarget } from '../domain/franchise-scope.rules';

const LOCATION = 'plugin::clinic.location';
const FRANCHISE = 'plugin::clinic.franchise';

/** What the franchise-scope middleware needs to know, read straight from the database. */
export const franchiseScopeRepository = (strapi: Core.Strapi) => ({
  /** documentIds of the franchises whose owners include the admin user. */
  async ownedFranchiseIds(userId: number | string): Promise<string[]> {
    const rows = await strapi.db.query(FRANCHISE).findMany({ where: { owners: { id: userId } }, select: ['documentId'] });
    return rows.map((row: { documentId: string }) => row.documentId);
  },

  /**
   * Every stored version (draft, published) of a document with the franchise of its
   * location: null for a version without location or a location without franchise.
   */
  async versionsWithFranchise(uid: string, documentId: string) {
    const rows = await strapi.db.query(uid).findMany({
      where: { documentId },
      select: ['id', 'publishedAt'],
      populate: { location: { select: ['id'], populate: { franchise: { select: ['documentId'] } } } },
    });
    return rows.map((row: any) => ({
      isDraft: row.publishedAt === null,
      hasLocation: Boolean(row.location),
      franchiseId: (row.location?.franchise?.documentId as string | undefined) ?? null,
    }));
  },

  /** The franchise of the location a write names; `undefined` when no such location exists. */
  async franchiseOfLocation(target: Extract<RelationTarget, { kind: 'documentId' | 'id' }>): Promise<string | null | undefined> {
    const where = target.kind === 'documentId' ? { documentId: target.value } : { id: target.value };
    const location = await strapi.db.query(LOCATION).findOne({ where, select: ['id'], populate: { franchise: { select: ['documentId'] } } });
    if (!location) return undefined;
    return location.franchise?.documentId ?? null;
  },

  /** documentIds of the locations of these franchises (drafts: one per location). */
  async locationIdsOfFranchises(franchiseIds: readonly string[]): Promise<string[]> {
    if (franchiseIds.length === 0) return [];
    const rows = await strapi.db.query(LOCATION).findMany({ where: { publishedAt: null, franchise: { documentId: { $in: [...franchiseIds] } } }, select: ['documentId'] });
    return rows.map((row: { documentId: string }) => row.documentId);
  },

  /** Of these documents of a franchise-scoped type, those at a location of a franchise the user owns. */
  async documentIdsOwnedBy(uid: string, documentIds: string[], userId: number | string): Promise<Set<string>> {
    const ids = documentIds.filter((id) => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id));
    if (ids.length === 0) return new Set();
    const rows = await strapi.db.query(uid).findMany({
      where: { documentId: { $in: ids }, location: { franchise: { owners: { id: userId } } } },
      select: ['documentId'],
    });
    return new Set(rows.map((row: { documentId: string }) => row.documentId));
  },
});
