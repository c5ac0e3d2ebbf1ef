import { compareDates, isBundleValidOn, isOpenAt } from '../../domain';
import type { LocationBundleEntry, LocationPage, LocationServiceEntry, LocationSummaryData, PractitionerCard } from '../../read-model/page.types';
import { locationPageOn } from '../../read-model/price-schedule';
import { clockIn, oncePerRequest, type Clock } from './clock';
import { practisableModalities, practitionerSummary } from './practitioner.view';
import { money } from './shapes';

export interface PractitionerFilter {
  modality?: string | null;
  specialty?: string | null;
  technique?: string | null;
  language?: string | null;
  acceptingNewClients?: boolean | null;
  /** Techniques linked to the condition asked for (resolved by the caller). */
  conditionTechniques?: Set<string> | null;
}

/** The location page with its scheduled prices resolved for the location's own calendar day (its time zone). */
export const locationPageAt = (page: LocationPage, clock: Clock): LocationPage => locationPageOn(page, clockIn(clock, page.timeZone).today);

export const locationSummaryView = (l: LocationSummaryData, clock: Clock, distanceKm: number | null = null) => ({
  slug: l.slug,
  name: l.name,
  operatingStatus: l.operatingStatus,
  region: l.region,
  timeZone: l.timeZone,
  address: l.address,
  geo: l.geo,
  openNow: isOpenNow(l, clock),
  distanceKm,
});

export const isOpenNow = (l: LocationSummaryData, clock: Clock) =>
  l.operatingStatus === 'open' && isOpenAt({ openingHours: l.openingHours, closures: l.closures, timeZone: l.timeZone }, clock.now);

export const serviceEntryView = (entry: LocationServiceEntry) => ({
  service: entry.service,
  variants: entry.variants.map((v) => ({
    minutes: v.minutes,
    price: money(v.priceCents),
    basePrice: money(v.basePriceCents),
    overridden: v.overridden,
    upcomingPrice: v.upcoming ? money(v.upcoming.priceCents) : null,
    upcomingFrom: v.upcoming?.from ?? null,
  })),
});

export const bundleView = (b: LocationBundleEntry) => ({
  slug: b.slug,
  name: b.name,
  summary: b.summary,
  items: b.items.map((i) => ({ service: i.service, minutes: i.minutes, count: i.count, unitPrice: money(i.unitPriceCents) })),
  price: money(b.priceCents),
  sumOfParts: money(b.sumOfPartsCents),
  saving: money(b.savingCents),
  validFrom: b.validFrom,
  validUntil: b.validUntil,
});

export const bundlesOnSale = (page: LocationPage, clock: Clock) =>
  oncePerRequest(clock, page, 'bundles', () => {
    const local = clockIn(clock, page.timeZone);
    return page.bundles.filter((b) => isBundleValidOn(b, local.today));
  });

/** Practitioners who may practise here today, with the modalities they may; once per request and page (practitioners, jsonLd…). */
export const eligiblePractitioners = (page: LocationPage, clock: Clock) =>
  oncePerRequest(clock, page, 'eligible', () => {
    const local = clockIn(clock, page.timeZone);
    return page.practitioners
      .map((card) => ({ card, modalities: practisableModalities(card, page.address.state, local) }))
      .filter((entry) => entry.modalities.length > 0);
  });

const matches = ({ card, modalities }: { card: PractitionerCard; modalities: { slug: string }[] }, f: PractitionerFilter) =>
  (!f.modality || modalities.some((m) => m.slug === f.modality)) &&
  (!f.specialty || card.specialties.some((s) => s.slug === f.specialty)) &&
  (!f.technique || card.techniques.some((t) => t.slug === f.technique)) &&
  (!f.language || card.languages.includes(f.language)) &&
  (f.acceptingNewClients === null || f.acceptingNewClients === undefined || card.acceptingNewClients === f.acceptingNewClients) &&
  (!f.conditionTechniques || card.techniques.some((t) => f.conditionTechniques!.has(t.slug)));

export const practitionersHere = (page: LocationPage, clock: Clock, filter: PractitionerFilter = {}) =>
  eligiblePractitioners(page, clock)
    .filter((entry) => matches(entry, filter))
    .map(({ card, modalities }) => ({ practitioner: practitionerSummary(card), modalities }));

const closuresFrom = (page: LocationPage, localToday: string) => page.closures.filter((c) => compareDates(c.date, localToday) >= 0);

export const locationView = (page: LocationPage, clock: Clock) => ({
  ...locationSummaryView(page, clock),
  phone: page.phone,
  openingHours: page.openingHours,
  closures: closuresFrom(page, clockIn(clock, page.timeZone).today),
  franchise: page.franchiseRef,
  booking: page.booking,
  page,
});
export type LocationView = ReturnType<typeof locationView>;
