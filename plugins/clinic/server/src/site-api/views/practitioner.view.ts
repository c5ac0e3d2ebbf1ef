/**
 * Who may be shown where, decided at query time from licences and the clock, so a
 * lapsed licence hides a practitioner at once — not after a job or a rebuild.
 */
import { isPractising, licenceStatus, mayPractise } from '../../domain';
import type { LicenceRecord } from '../../read-model/catalogue.types';
import type { ModalityRef, PractitionerCard, PractitionerPage } from '../../read-model/page.types';
import { clockIn, type Clock } from './clock';
import { displayName } from './shapes';

export const practisableModalities = (card: Pick<PractitionerCard, 'modalities' | 'licences'>, state: string, clock: Clock): ModalityRef[] =>
  card.modalities.filter(
    (m) =>
      mayPractise({
        licences: card.licences,
        requiredLicenceType: m.requiredLicenceType,
        state,
        today: clock.today,
        expiringWindowDays: clock.expiringWindowDays,
      }).allowed,
  );

/** Licences shown to clients: practising ones only, with today's status. */
export const shownLicences = (licences: LicenceRecord[], clock: Clock) =>
  licences
    .map((l) => ({ ...l, status: licenceStatus(l, clock.today, { expiringWindowDays: clock.expiringWindowDays }) }))
    .filter((l) => isPractising(l.status));

export const practitionerSummary = (card: PractitionerCard) => ({
  slug: card.slug,
  firstName: card.firstName,
  lastName: card.lastName,
  displayName: displayName(card),
  credentialsSuffix: card.credentialsSuffix,
  photoUrl: card.photoUrl,
  languages: card.languages,
  acceptingNewClients: card.acceptingNewClients,
  specialties: card.specialties,
  techniques: card.techniques,
  booking: card.booking,
});

export const practitionerView = (page: PractitionerPage, clock: Clock) => ({
  ...practitionerSummary(page),
  bio: page.bio,
  yearsExperience: page.yearsExperience,
  modalities: page.modalities,
  licences: shownLicences(page.licences, clock),
  locations: page.locations
    .map((location) => ({ location, modalities: practisableModalities(page, location.address.state, clockIn(clock, location.timeZone)) }))
    .filter((entry) => entry.modalities.length > 0),
  page,
});
export type PractitionerView = ReturnType<typeof practitionerView>;
