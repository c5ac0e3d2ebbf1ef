/**
 * The licence and compliance report an editor reads in the admin panel: which
 * licences have lapsed or lapse within N days, at which location, and which
 * practitioners are linked to a location where they may not practise a modality
 * they offer (the "allowed, flagged" case: the link is stored, the site API hides
 * them for that modality there, and this report is where the flag is seen).
 */
import { z } from 'zod';
import { IsoDate } from './dates';
import { mayPractise, EligibilityReason } from './eligibility.rules';
import { daysLeft } from './licence-lifecycle.rules';
import { licenceStatus, LicenceDates } from './licence.rules';
import { LicenceType } from './vocabulary';

export const DEFAULT_COMPLIANCE_DAYS = 60;
export const MAX_COMPLIANCE_DAYS = 3650;

const wholeDays = 'days must be a whole number of days from 1 to 3650';

/** Query of the compliance report (query-string values arrive as strings). */
export const complianceQuerySchema = z
  .object({
    days: z.coerce
      .number({ error: wholeDays })
      .int({ error: wholeDays })
      .min(1, { error: wholeDays })
      .max(MAX_COMPLIANCE_DAYS, { error: wholeDays })
      .default(DEFAULT_COMPLIANCE_DAYS),
  })
  .strict();
export type ComplianceQuery = z.infer<typeof complianceQuerySchema>;

export interface ComplianceFranchise {
  documentId: string;
  name: string;
}

export interface ComplianceLocation {
  documentId: string;
  name: string;
  /** USPS code of the address: the licence jurisdiction. */
  state: string | null;
  franchise: ComplianceFranchise | null;
}

export interface ComplianceModality {
  documentId: string;
  name: string;
  requiredLicenceType: LicenceType | null;
}

export interface ComplianceLicence extends LicenceDates {
  documentId: string;
  type: LicenceType;
  number: string;
  state: string;
}

export interface CompliancePractitioner {
  documentId: string;
  name: string;
  licences: readonly ComplianceLicence[];
  modalities: readonly ComplianceModality[];
  locations: readonly ComplianceLocation[];
}

export type LicenceAlertKind = 'expired' | 'expiring';

export interface LicenceAlert {
  kind: LicenceAlertKind;
  /** 0 on the expiry day, negative once expired. */
  daysLeft: number;
  licence: Pick<ComplianceLicence, 'documentId' | 'type' | 'number' | 'state' | 'expiresOn'>;
  practitioner: { documentId: string; name: string };
  /** A location of the holder in the licence's state; null when they work in none there. */
  location: ComplianceLocation | null;
}

export interface CoverageGap {
  practitioner: { documentId: string; name: string };
  location: ComplianceLocation;
  modality: ComplianceModality;
  reason: Exclude<EligibilityReason, 'licensed' | 'no-licence-required'>;
  /** What the editor reads: "No LMT licence in AL". */
  explanation: string;
  /** The licence the refusal rests on, when there is one (expired, suspended, pending). */
  licence?: Pick<ComplianceLicence, 'documentId' | 'number' | 'expiresOn'>;
}

export interface LocationGroup<R> {
  /** null collects the rows with no location. */
  location: ComplianceLocation | null;
  rows: R[];
}

export interface ComplianceReport {
  today: IsoDate;
  days: number;
  licences: LocationGroup<LicenceAlert>[];
  gaps: LocationGroup<CoverageGap>[];
}

const sameState = (a: string | null, b: string): boolean => a !== null && a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * A lapsing licence matters only while nothing replaces it: a later licence of the
 * same type and state, not suspended and not yet expired (a renewal already issued,
 * even one that starts later), means the holder is covered.
 */
function isSuperseded(licence: ComplianceLicence, all: readonly ComplianceLicence[], today: IsoDate | Date): boolean {
  return all.some(
    (other) =>
      other !== licence &&
      other.type === licence.type &&
      sameState(other.state, licence.state) &&
      other.expiresOn > licence.expiresOn &&
      !['expired', 'suspended'].includes(licenceStatus(other, today)),
  );
}

/**
 * Licences expired (and not renewed) or expiring within `days` of `today`, one
 * alert per location of the holder in the licence's state. A suspended or pending
 * licence is not an expiry: it shows as a coverage gap where it matters.
 */
export function licenceAlerts(practitioners: readonly CompliancePractitioner[], today: IsoDate | Date, days: number): LicenceAlert[] {
  const alerts: LicenceAlert[] = [];
  for (const p of practitioners) {
    for (const licence of p.licences) {
      const status = licenceStatus(licence, today, { expiringWindowDays: days });
      if (status !== 'expired' && status !== 'expiring') continue;
      if (isSuperseded(licence, p.licences, today)) continue;
      const { documentId, type, number, state, expiresOn } = licence;
      const base = { kind: status, daysLeft: daysLeft(licence, today), licence: { documentId, type, number, state, expiresOn }, practitioner: { documentId: p.documentId, name: p.name } };
      const here = p.locations.filter((l) => sameState(l.state, licence.state));
      if (here.length === 0) alerts.push({ ...base, location: null });
      for (const location of here) alerts.push({ ...base, location });
    }
  }
  return alerts;
}

const GAP_EXPLANATIONS: Record<CoverageGap['reason'], (type: string, state: string) => string> = {
  'no-licence-in-state': (type, state) => `No licence in ${state} (needs ${type})`,
  'wrong-licence-type': (type, state) => `No ${type} licence in ${state}`,
  'licence-expired': (type, state) => `${type} licence in ${state} expired`,
  'licence-suspended': (type, state) => `${type} licence in ${state} suspended`,
  'licence-pending': (type, state) => `${type} licence in ${state} not yet valid`,
};

/**
 * Every (location, modality) a practitioner is linked to but may not practise
 * there today, by the eligibility rule the site API applies. A location without a
 * state cannot be judged and is left out.
 */
export function coverageGaps(practitioners: readonly CompliancePractitioner[], today: IsoDate | Date): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const p of practitioners) {
    for (const location of p.locations) {
      if (location.state === null) continue;
      for (const modality of p.modalities) {
        if (modality.requiredLicenceType === null) continue;
        const verdict = mayPractise({ licences: p.licences, requiredLicenceType: modality.requiredLicenceType, state: location.state, today });
        if (verdict.allowed) continue;
        const reason = verdict.reason as CoverageGap['reason'];
        gaps.push({
          practitioner: { documentId: p.documentId, name: p.name },
          location,
          modality,
          reason,
          explanation: GAP_EXPLANATIONS[reason](modality.requiredLicenceType, location.state),
          ...(verdict.licence ? { licence: { documentId: verdict.licence.documentId, number: verdict.licence.number, expiresOn: verdict.licence.expiresOn } } : {}),
        });
      }
    }
  }
  return gaps;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Rows grouped by location, locations by name and the no-location group last; inside
 * a group rows keep the order `order` gives.
 */
export function groupByLocation<R extends { location: ComplianceLocation | null }>(rows: readonly R[], order: (a: R, b: R) => number): LocationGroup<R>[] {
  const groups = new Map<string | null, LocationGroup<R>>();
  for (const row of rows) {
    const key = row.location?.documentId ?? null;
    const group = groups.get(key) ?? { location: row.location, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.location === null ? 1 : b.location === null ? -1 : byName(a.location, b.location)))
    .map((g) => ({ ...g, rows: [...g.rows].sort(order) }));
}

/**
 * The report for a reader: `ownedFranchiseIds` null for an unrestricted reader
 * (editor, super admin); a franchise owner's ids keep only their franchises'
 * locations (and drop rows with no location, which belong to no franchise).
 */
export function complianceReport(input: {
  practitioners: readonly CompliancePractitioner[];
  today: IsoDate;
  days: number;
  ownedFranchiseIds: readonly string[] | null;
}): ComplianceReport {
  const { today, days, ownedFranchiseIds } = input;
  const owned = ownedFranchiseIds === null ? null : new Set(ownedFranchiseIds);
  const visible = (location: ComplianceLocation | null) =>
    owned === null || (location?.franchise != null && owned.has(location.franchise.documentId));
  const alerts = licenceAlerts(input.practitioners, today, days).filter((a) => visible(a.location));
  const gaps = coverageGaps(input.practitioners, today).filter((g) => visible(g.location));
  return {
    today,
    days,
    licences: groupByLocation(alerts, (a, b) => a.daysLeft - b.daysLeft || a.practitioner.name.localeCompare(b.practitioner.name)),
    gaps: groupByLocation(gaps, (a, b) => a.practitioner.name.localeCompare(b.practitioner.name) || byName(a.modality, b.modality)),
  };
}
