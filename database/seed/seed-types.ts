/**
 * The shape of a seed data set, independent of Strapi: records refer to each
 * other by slug (or by `key` where a type has no slug). The seeder maps them
 * to documents and relations.
 */

export type UsStateCode = string; // two-letter USPS code, e.g. "GA"
export type LicenceType = 'LMT' | 'DC' | 'PT' | 'ATC';
export type BookingSystem = 'mindbody' | 'boulevard' | 'jane' | 'other';
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type PressureLevel = 'light' | 'medium' | 'firm' | 'deep';
export type EvidenceStrength = 'strong' | 'moderate' | 'limited' | 'emerging';
export type ConditionCategory =
  | 'pain'
  | 'injury'
  | 'chronic'
  | 'mental-wellbeing'
  | 'sleep'
  | 'circulation'
  | 'mobility'
  | 'recovery';
export type PeriodUnit = 'day' | 'week' | 'month';

export interface BookingRefSeed {
  system: BookingSystem;
  externalId: string;
}

export interface FranchiseSeed {
  slug: string;
  name: string;
}

export interface OpeningHoursSeed {
  day: Weekday;
  opens: string; // "HH:MM", 24h, local time of the location
  closes: string;
}

export interface ClosureSeed {
  date: string; // YYYY-MM-DD
  reason: string;
}

export interface LocationSeed {
  slug: string;
  name: string;
  status: 'open' | 'coming_soon' | 'closed';
  franchise: string; // franchise slug
  region: string;
  address: { street: string; city: string; state: UsStateCode; postalCode: string };
  geo: { latitude: number; longitude: number };
  timeZone: string; // IANA, e.g. "America/New_York"
  phone: string; // E.164, e.g. "+14045550101"
  openingHours: OpeningHoursSeed[];
  closures: ClosureSeed[];
  booking: BookingRefSeed;
}

export interface ModalitySeed {
  slug: string;
  name: string;
  summary: string;
  requiredLicenceType: LicenceType | null;
  nuccTaxonomyCode: string | null; // e.g. 225700000X
}

export interface TechniqueSeed {
  slug: string;
  name: string;
  modality: string; // modality slug
  pressure: PressureLevel;
  howPerformed: string;
  bestFor: string;
  contraindications: string;
}

export interface CitationSeed {
  title: string;
  source: string;
  year: number;
  url?: string;
}

export interface TechniqueLinkSeed {
  technique: string; // technique slug
  evidence: EvidenceStrength;
  note: string;
}

export interface ConditionSeed {
  slug: string;
  name: string;
  category: ConditionCategory;
  summary: string;
  disclaimer: string;
  citations: CitationSeed[];
  techniques: TechniqueLinkSeed[];
}

export interface SpecialtySeed {
  slug: string;
  name: string;
  description: string;
}

export interface CarePlanPhaseSeed {
  name: string;
  minPerPeriod: number;
  maxPerPeriod: number;
  period: number; // e.g. 1
  periodUnit: PeriodUnit; // e.g. "week": 2–3 sessions per 1 week
  lengthWeeks: number | null; // how long the phase lasts; null = ongoing
  sessionMinutes: number;
}

export interface CarePlanSeed {
  slug: string;
  name: string;
  goal: string;
  condition: string | null; // condition slug
  phases: CarePlanPhaseSeed[];
}

export interface ServiceVariantSeed {
  minutes: number;
  basePrice: number; // USD, at most 2 decimals
}

export interface ServiceSeed {
  slug: string;
  name: string;
  modality: string;
  techniques: string[];
  summary: string;
  variants: ServiceVariantSeed[];
  booking: BookingRefSeed;
}

export interface OfferingSeed {
  service: string;
  location: string;
  available: boolean;
  priceOverrides: { minutes: number; price: number }[];
}

export interface BundleItemSeed {
  service: string;
  minutes: number;
  count: number;
}

export interface BundleSeed {
  slug: string;
  name: string;
  summary: string;
  items: BundleItemSeed[];
  priceRule: 'fixed' | 'percent_off_parts';
  price: number | null; // for fixed
  percentOff: number | null; // for percent_off_parts
  minPrice: number; // the bounds a franchise may price within
  maxPrice: number;
  validFrom: string; // YYYY-MM-DD
  validUntil: string | null;
}

export interface BundleOfferingSeed {
  bundle: string;
  location: string;
  price: number; // the franchise's price, within the bundle's bounds
}

export interface LicenceSeed {
  type: LicenceType;
  number: string;
  state: UsStateCode;
  board: string;
  issuedOn: string; // YYYY-MM-DD
  expiresOn: string; // YYYY-MM-DD
  suspended?: boolean;
  verificationUrl: string;
  verifiedAt: string | null; // ISO datetime
}

export interface PractitionerSeed {
  slug: string;
  firstName: string;
  lastName: string;
  credentialsSuffix: string; // e.g. "LMT" or "DC"
  bio: string;
  yearsExperience: number;
  specialties: string[];
  techniques: string[];
  modalities: string[];
  locations: string[];
  languages: string[]; // BCP 47, e.g. "en", "es"
  acceptingNewClients: boolean;
  // private: never in the public API
  email: string;
  phone: string;
  internalNotes: string;
  licences: LicenceSeed[];
  booking: BookingRefSeed;
}

export interface FaqSeed {
  slug: string;
  question: string;
  answer: string;
}

export interface ArticleSeed {
  slug: string;
  title: string;
  summary: string;
  keyTakeaways: string[];
  body: string; // Markdown
  author: string; // practitioner slug
  conditions: string[];
  techniques: string[];
  services: string[];
  faqs: string[]; // faq slugs
}

export interface SeedDataSet {
  franchises: FranchiseSeed[];
  locations: LocationSeed[];
  modalities: ModalitySeed[];
  techniques: TechniqueSeed[];
  conditions: ConditionSeed[];
  specialties: SpecialtySeed[];
  carePlans: CarePlanSeed[];
  services: ServiceSeed[];
  offerings: OfferingSeed[];
  bundles: BundleSeed[];
  bundleOfferings: BundleOfferingSeed[];
  practitioners: PractitionerSeed[];
  faqs: FaqSeed[];
  articles: ArticleSeed[];
}
