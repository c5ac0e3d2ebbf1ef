import type { Core } from '@strapi/strapi';
import type { ComplianceLocation, CompliancePractitioner } from '../domain';

const PRACTITIONER = 'plugin::clinic.practitioner';
const LICENCE = 'plugin::clinic.licence';

/** SQL dates come back as strings on SQLite and may come back as Date objects elsewhere. */
const asDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const displayName = (p: { firstName?: string | null; lastName?: string | null; credentialsSuffix?: string | null }) =>
  [[p.firstName, p.lastName].filter(Boolean).join(' '), p.credentialsSuffix].filter(Boolean).join(', ');

/**
 * What the compliance report reads: every practitioner as the editors see them in the
 * content manager (the draft row, which every document has and which holds the latest
 * links), with their licences, modalities and locations. Two queries whatever the
 * chain's size; the rules run in the domain.
 */
export const complianceRepository = (strapi: Core.Strapi) => ({
  async practitioners(): Promise<CompliancePractitioner[]> {
    const [rows, licences] = await Promise.all([
      strapi.db.query(PRACTITIONER).findMany({
        where: { publishedAt: null },
        select: ['documentId', 'firstName', 'lastName', 'credentialsSuffix'],
        populate: {
          modalities: { select: ['documentId', 'name', 'requiredLicenceType'] },
          locations: {
            select: ['documentId', 'name', 'publishedAt'],
            populate: { address: { select: ['state'] }, franchise: { select: ['documentId', 'name'] } },
          },
        },
      }),
      // A licence links to its holder's draft row, its published row or both: keyed by documentId.
      strapi.db.query(LICENCE).findMany({
        select: ['id', 'documentId', 'type', 'number', 'state', 'issuedOn', 'expiresOn', 'suspended'],
        populate: { practitioner: { select: ['documentId'] } },
      }),
    ]);
    const licencesOf = new Map<string, CompliancePractitioner['licences'][number][]>();
    for (const l of licences) {
      const holder = l.practitioner?.documentId;
      if (!holder) continue;
      const list = licencesOf.get(holder) ?? [];
      if (list.some((known) => known.documentId === l.documentId)) continue;
      list.push({ documentId: l.documentId, type: l.type, number: l.number, state: l.state, issuedOn: asDay(l.issuedOn), expiresOn: asDay(l.expiresOn), suspended: Boolean(l.suspended) });
      licencesOf.set(holder, list);
    }
    return rows.map((p: any) => {
      const locations = new Map<string, ComplianceLocation>();
      // A published location row wins over its draft row for the name shown.
      const sorted = [...(p.locations ?? [])].sort((a: any, b: any) => Number(!!b.publishedAt) - Number(!!a.publishedAt));
      for (const l of sorted) {
        if (locations.has(l.documentId)) continue;
        locations.set(l.documentId, {
          documentId: l.documentId,
          name: l.name,
          state: l.address?.state ?? null,
          franchise: l.franchise ? { documentId: l.franchise.documentId, name: l.franchise.name } : null,
        });
      }
      const modalities = new Map<string, CompliancePractitioner['modalities'][number]>();
      for (const m of p.modalities ?? []) modalities.set(m.documentId, { documentId: m.documentId, name: m.name, requiredLicenceType: m.requiredLicenceType ?? null });
      return {
        documentId: p.documentId,
        name: displayName(p),
        licences: licencesOf.get(p.documentId) ?? [],
        modalities: [...modalities.values()],
        locations: [...locations.values()],
      };
    });
  },
});
