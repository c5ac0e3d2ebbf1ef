import type { Core } from '@strapi/strapi';
import { bundleOfferingTitle, offeringTitle } from '../domain/entry-titles.rules';

/** The entries whose title is made of two related names, and where those names live. */
const TITLED = {
  'plugin::clinic.offering': { first: 'service', title: offeringTitle },
  'plugin::clinic.bundle-offering': { first: 'bundle', title: bundleOfferingTitle },
} as const;

export type TitledUid = keyof typeof TITLED;
export const TITLED_UIDS = Object.keys(TITLED) as TitledUid[];

/** Which relation of a titled type a change to `uid` renames (service → offering.service …). */
export const titleSources = (uid: string): { titled: TitledUid; relation: string }[] =>
  TITLED_UIDS.flatMap((titled) => {
    const sources = [`plugin::clinic.${TITLED[titled].first}`, 'plugin::clinic.location'];
    return sources.includes(uid) ? [{ titled, relation: uid === 'plugin::clinic.location' ? 'location' : TITLED[titled].first }] : [];
  });

const BATCH = 500;

interface TitledRow {
  id: number;
  title: string | null;
  location?: { name?: string | null } | null;
  [relation: string]: unknown;
}

/**
 * Recomputes the stored title of every row (draft and published) of `uid` that `where`
 * selects, from the rows it links to (a published row links to published rows, so a
 * published title never shows an unpublished name), in batches of 500; writes only
 * the titles that changed. Returns how many changed.
 */
export const refreshTitles = async (strapi: Core.Strapi, uid: TitledUid, where: Record<string, unknown>): Promise<number> => {
  const { first, title } = TITLED[uid];
  const query = strapi.db.query(uid);
  let changed = 0;
  // Paged by id, not offset: a row whose title is written may leave `where` (title: null).
  for (let after = 0; ; ) {
    const rows = (await query.findMany({
      where: { $and: [where, { id: { $gt: after } }] },
      select: ['id', 'title'],
      populate: { [first]: { select: ['name'] }, location: { select: ['name'] } },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as TitledRow[];
    after = rows.at(-1)?.id ?? after;
    for (const row of rows) {
      const next = title((row[first] as { name?: string | null } | null)?.name, row.location?.name);
      if (next !== row.title) {
        await query.update({ where: { id: row.id }, data: { title: next } });
        changed++;
      }
    }
    if (rows.length < BATCH) return changed;
  }
};
