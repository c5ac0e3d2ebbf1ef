/**
 * Who may practise what, where: a practitioner may practise a modality in a
 * state only when the modality needs no licence, or when they hold a
 * practising ('active' or 'expiring') licence of the required type issued by
 * that state.
 */
import { IsoDate } from './dates';
import { LicenceDates, licenceStatus, LicenceStatus, isPractising, LicenceStatusOptions } from './licence.rules';
import { LicenceType } from './vocabulary';

export interface EligibilityLicence extends LicenceDates {
  type: LicenceType;
  state: string; // USPS code
}

export type EligibilityReason =
  | 'no-licence-required'
  | 'licensed'
  | 'no-licence-in-state'
  | 'wrong-licence-type'
  | 'licence-pending'
  | 'licence-expired'
  | 'licence-suspended';

export interface Eligibility<L extends EligibilityLicence = EligibilityLicence> {
  allowed: boolean;
  reason: EligibilityReason;
  /** The licence the decision rests on (the practising one, or the one that fails). */
  licence?: L;
  status?: LicenceStatus;
}

export interface MayPractiseInput<L extends EligibilityLicence> extends LicenceStatusOptions {
  licences: readonly L[];
  requiredLicenceType: LicenceType | null;
  state: string;
  today: IsoDate | Date;
}

const sameState = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * Reasons when refused, most telling first: 'no-licence-in-state' (no licence
 * of any type in that state) > 'wrong-licence-type' (licences in the state, none
 * of the required type) > 'licence-suspended' > 'licence-pending' > 'licence-expired'.
 * When several licences practise, the one expiring last is returned.
 */
export function mayPractise<L extends EligibilityLicence>(input: MayPractiseInput<L>): Eligibility<L> {
  const { licences, requiredLicenceType, state, today, expiringWindowDays } = input;
  if (requiredLicenceType === null) return { allowed: true, reason: 'no-licence-required' };

  const inState = licences.filter((l) => sameState(l.state, state));
  if (inState.length === 0) return { allowed: false, reason: 'no-licence-in-state' };
  const ofType = inState.filter((l) => l.type === requiredLicenceType);
  if (ofType.length === 0) return { allowed: false, reason: 'wrong-licence-type' };

  const rated = ofType
    .map((licence) => ({ licence, status: licenceStatus(licence, today, { expiringWindowDays }) }))
    .sort((a, b) => (a.licence.expiresOn < b.licence.expiresOn ? 1 : a.licence.expiresOn > b.licence.expiresOn ? -1 : 0));

  const practising = rated.find((r) => isPractising(r.status));
  if (practising) return { allowed: true, reason: 'licensed', ...practising };

  const failing: [LicenceStatus, EligibilityReason][] = [
    ['suspended', 'licence-suspended'],
    ['pending', 'licence-pending'],
    ['expired', 'licence-expired'],
  ];
  for (const [status, reason] of failing) {
    const hit = rated.find((r) => r.status === status);
    if (hit) return { allowed: false, reason, ...hit };
  }
  /* istanbul ignore next -- every non-practising status is listed above */
  return { allowed: false, reason: 'licence-expired', ...rated[0] };
}

export interface ModalityRequirement {
  requiredLicenceType: LicenceType | null;
}

export interface LocationInState {
  state: string;
}

export interface PractisablePair<Loc, M, L> {
  location: Loc;
  modality: M;
  /** Absent when the modality needs no licence. */
  licence?: L;
}

/**
 * Every (location, modality) pair a practitioner may practise, in the order of
 * `locations` then `modalities`. Used for public listings: a practitioner is
 * shown at a location for a modality only while this holds.
 */
export function practisablePairs<Loc extends LocationInState, M extends ModalityRequirement, L extends EligibilityLicence>(input: {
  licences: readonly L[];
  modalities: readonly M[];
  locations: readonly Loc[];
  today: IsoDate | Date;
  expiringWindowDays?: number;
}): PractisablePair<Loc, M, L>[] {
  const pairs: PractisablePair<Loc, M, L>[] = [];
  for (const location of input.locations) {
    for (const modality of input.modalities) {
      const verdict = mayPractise({
        licences: input.licences,
        requiredLicenceType: modality.requiredLicenceType,
        state: location.state,
        today: input.today,
        expiringWindowDays: input.expiringWindowDays,
      });
      if (!verdict.allowed) continue;
      pairs.push(verdict.licence ? { location, modality, licence: verdict.licence } : { location, modality });
    }
  }
  return pairs;
}
