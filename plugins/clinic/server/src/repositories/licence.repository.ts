import type { Core } from '@strapi/strapi';
import type { LicenceStatus } from '../domain';

const LICENCE = 'plugin::clinic.licence';

export interface LicenceRow {
  id: number;
  documentId: string;
  type: string;
  number: string;
  state: string;
  board: string | null;
  issuedOn: string;
  expiresOn: string;
  suspended: boolean | null;
  status: string | null;
}

export interface PractitionerRef {
  documentId: string;
  firstName: string;
  lastName: string;
  credentialsSuffix: string | null;
  slug: string;
}

export interface LocationRef {
  documentId: string;
  name: string;
  slug: string;
  state: string | null;
}

export interface LicenceWithHolder extends LicenceRow {
  practitioner: PractitionerRef | null;
  /** The holder's locations (one entry per document, whatever its draft/published rows). */
  locations: LocationRef[];
}

const LICENCE_FIELDS = ['id', 'documentId', 'type', 'number', 'state', 'board', 'issuedOn', 'expiresOn', 'suspended', 'licenceStatus'];

/** SQL dates come back as strings on SQLite and may come back as Date objects elsewhere. */
const asDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
// The stored field is licenceStatus: Strapi 5 reads a body field named status as draft/published.
const toRow = ({ licenceStatus, ...raw }: any): LicenceRow => ({ ...raw, status: licenceStatus ?? null, issuedOn: asDay(raw.issuedOn), expiresOn: asDay(raw.expiresOn) });

/**
 * The only place the lifecycle reads and writes licences. Statuses are written
 * with the query engine, not the Document Service: the status is a cache of a
 * rule over the dates, and a system job rewriting it should neither pass the
 * editors' validation again nor raise one entry.update webhook per licence.
 */
export const licenceRepository = (strapi: Core.Strapi) => ({
  async findAllForRecompute(): Promise<LicenceRow[]> {
    const rows = await strapi.db.query(LICENCE).findMany({ select: LICENCE_FIELDS, orderBy: { id: 'asc' } });
    return rows.map(toRow);
  },

  async setStatus(ids: number[], status: LicenceStatus): Promise<void> {
    if (ids.length === 0) return;
    await strapi.db.query(LICENCE).updateMany({ where: { id: { $in: ids } }, data: { licenceStatus: status } });
  },

  /** Licences (all, or those ids) with their holder and the holder's locations. */
  async findWithHolders(ids?: number[]): Promise<LicenceWithHolder[]> {
    const rows = await strapi.db.query(LICENCE).findMany({
      select: LICENCE_FIELDS,
      where: ids ? { id: { $in: ids } } : {},
      populate: {
        practitioner: {
          select: ['documentId', 'firstName', 'lastName', 'credentialsSuffix', 'slug', 'publishedAt'],
          populate: {
            locations: { select: ['documentId', 'name', 'slug', 'publishedAt'], populate: { address: { select: ['state'] } } },
          },
        },
      },
    });
    return rows.map((raw: any) => {
      const p = raw.practitioner;
      const locations = new Map<string, LocationRef>();
      // A published location row wins over its draft row for the name shown.
      const sorted = [...(p?.locations ?? [])].sort((a: any, b: any) => Number(!!b.publishedAt) - Number(!!a.publishedAt));
      for (const l of sorted) {
        if (!locations.has(l.documentId)) {
          locations.set(l.documentId, { documentId: l.documentId, name: l.name, slug: l.slug, state: l.address?.state ?? null });
        }
      }
      return {
        ...toRow(raw),
        practitioner: p
          ? { documentId: p.documentId, firstName: p.firstName, lastName: p.lastName, credentialsSuffix: p.credentialsSuffix ?? null, slug: p.slug }
          : null,
        locations: [...locations.values()],
      };
    });
  },
});
