/**
 * A location page as a schema.org local business.
 *
 * Decision: the type is MedicalClinic when any service offered there belongs to a
 * modality that requires a licence (massage, chiropractic, physical therapy...),
 * because then the place delivers regulated health care; a location offering only
 * unlicensed modalities is a HealthAndBeautyBusiness, so it never claims to be a
 * clinic. The business sells through `makesOffer` (flat list of Offers), one per
 * service variant at this location's price and one per bundle on sale today.
 */
import type {
  DayOfWeek,
  HealthAndBeautyBusinessLeaf,
  MedicalClinicLeaf,
  Offer,
  OpeningHoursSpecification,
  WithContext,
} from 'schema-dts';
import type { Weekday } from '../../domain/vocabulary';
import type { LocationRecord } from '../../read-model/catalogue.types';
import type { LocationBundleEntry, LocationPage, LocationServiceEntry, PractitionerCard } from '../../read-model/page.types';
import {
  asService,
  compact,
  CURRENCY,
  nodeId,
  opt,
  pageUrl,
  personRef,
  priceText,
  SCHEMA_CONTEXT,
  specialtyFor,
  THERAPY_SERVICE_TYPE,
  variantName,
} from './shared';

export interface LocationJsonLdInput {
  page: Pick<LocationPage, 'slug' | 'name' | 'operatingStatus' | 'phone' | 'address' | 'geo' | 'openingHours' | 'services'>;
  siteUrl: string;
  /** Only practitioners allowed to practise here today (the caller filters). */
  practitioners: Pick<PractitionerCard, 'slug' | 'firstName' | 'lastName' | 'credentialsSuffix'>[];
  /** Only bundles on sale today (the caller filters). */
  bundles: LocationBundleEntry[];
  /** Closures on or after today. */
  closuresFromToday: LocationRecord['closures'];
}

export type LocationJsonLd = WithContext<MedicalClinicLeaf> | WithContext<HealthAndBeautyBusinessLeaf>;

const DAY_URL: Record<Weekday, DayOfWeek> = {
  monday: 'https://schema.org/Monday',
  tuesday: 'https://schema.org/Tuesday',
  wednesday: 'https://schema.org/Wednesday',
  thursday: 'https://schema.org/Thursday',
  friday: 'https://schema.org/Friday',
  saturday: 'https://schema.org/Saturday',
  sunday: 'https://schema.org/Sunday',
};

export const offersLicensedCare = (services: LocationServiceEntry[]) =>
  services.some((entry) => entry.service.modality.requiredLicenceType !== null);

export function locationJsonLd({ page, siteUrl, practitioners, bundles, closuresFromToday }: LocationJsonLdInput): LocationJsonLd {
  const common = {
    '@id': nodeId.location(siteUrl, page.slug),
    name: page.name,
    url: pageUrl.location(siteUrl, page.slug),
    telephone: opt(page.phone),
    address: {
      '@type': 'PostalAddress' as const,
      streetAddress: page.address.street,
      addressLocality: page.address.city,
      addressRegion: page.address.state,
      postalCode: page.address.postalCode,
      addressCountry: 'US',
    },
    geo: page.geo ? { '@type': 'GeoCoordinates' as const, latitude: page.geo.latitude, longitude: page.geo.longitude } : undefined,
    openingHoursSpecification: [...page.openingHours.map(weeklyHours), ...closuresFromToday.map(closedAllDay)],
    makesOffer: [...page.services.flatMap((entry) => serviceOffers(entry, siteUrl)), ...bundles.map(bundleOffer)],
    employee: practitioners.map((p) => personRef(p, siteUrl)),
    currenciesAccepted: CURRENCY,
    publicAccess: page.operatingStatus === 'open',
  };
  if (!offersLicensedCare(page.services)) {
    return compact<WithContext<HealthAndBeautyBusinessLeaf>>({ '@context': SCHEMA_CONTEXT, '@type': 'HealthAndBeautyBusiness', ...common });
  }
  const specialties = [...new Set(page.services.map((e) => specialtyFor(e.service.modality.requiredLicenceType)))];
  return compact<WithContext<MedicalClinicLeaf>>({
    '@context': SCHEMA_CONTEXT,
    '@type': 'MedicalClinic',
    ...common,
    medicalSpecialty: specialties.filter((s) => s !== undefined),
  });
}

const weeklyHours = (h: { day: Weekday; opens: string; closes: string }): OpeningHoursSpecification => ({
  '@type': 'OpeningHoursSpecification',
  dayOfWeek: DAY_URL[h.day],
  opens: h.opens,
  closes: h.closes,
});

/** Google's pattern for a day closed all day: validFrom = validThrough = the date, opens = closes = 00:00. */
const closedAllDay = (c: { date: string; reason: string | null }): OpeningHoursSpecification => ({
  '@type': 'OpeningHoursSpecification',
  name: opt(c.reason),
  validFrom: c.date,
  validThrough: c.date,
  opens: '00:00',
  closes: '00:00',
});

function serviceOffers(entry: LocationServiceEntry, siteUrl: string): Offer[] {
  const { service } = entry;
  const licensed = service.modality.requiredLicenceType !== null;
  return entry.variants.map((v) => {
    const item = {
      name: variantName(service.name, v.minutes),
      description: opt(service.summary),
      url: pageUrl.service(siteUrl, service.slug),
      serviceType: service.modality.name,
    };
    return {
      '@type': 'Offer',
      price: priceText(v.priceCents),
      priceCurrency: CURRENCY,
      itemOffered: licensed ? asService({ '@type': THERAPY_SERVICE_TYPE, ...item }) : { '@type': 'Service', ...item },
    };
  });
}

/** The bundle price, with the sum of its parts as the list price it is compared to. */
function bundleOffer(b: LocationBundleEntry): Offer {
  const parts = b.items.map((i) => `${i.count} × ${variantName(i.service.name, i.minutes)}`).join(', ');
  const saving = b.savingCents > 0 ? ` Saves $${priceText(b.savingCents)} on the $${priceText(b.sumOfPartsCents)} price of its parts.` : '';
  return {
    '@type': 'Offer',
    name: b.name,
    description: `${parts}.${saving}`,
    price: priceText(b.priceCents),
    priceCurrency: CURRENCY,
    priceSpecification: {
      '@type': 'UnitPriceSpecification',
      priceType: 'https://schema.org/ListPrice',
      price: priceText(b.sumOfPartsCents),
      priceCurrency: CURRENCY,
    },
    validFrom: b.validFrom,
    validThrough: opt(b.validUntil),
    itemOffered: { '@type': 'Service', name: b.name, description: opt(b.summary) },
  };
}
