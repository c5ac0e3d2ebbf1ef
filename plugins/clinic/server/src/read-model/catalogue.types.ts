/**
 * The published catalogue as plain records, relations by slug: what the read-model
 * builder consumes. Loaded from Strapi by repositories/published-catalogue.repository.ts; no Strapi types here.
 */
import type { CarePlanPhase, LicenceType, Weekday } from '../domain';

export interface BookingRef {
  system: 'mindbody' | 'boulevard' | 'jane' | 'other';
  externalId: string;
}
export interface Named {
  slug: string;
  name: string;
}
export interface ModalityRecord extends Named {
  summary: string | null;
  requiredLicenceType: LicenceType | null;
}
export interface TechniqueRecord extends Named {
  pressure: 'light' | 'medium' | 'firm' | 'deep';
  modality: string | null;
  howPerformed: string | null;
  bestFor: string | null;
  contraindications: string | null;
}
export type Evidence = 'strong' | 'moderate' | 'limited' | 'emerging';
export interface ConditionRecord extends Named {
  category: string;
  summary: string | null;
  disclaimer: string;
  citations: { title: string; source: string | null; year: number | null; url: string | null }[];
  links: { technique: string; evidence: Evidence; note: string | null }[];
}
/** A phase as the domain rules know it (domain/care-plan.rules.ts). */
export type CarePlanPhaseRecord = CarePlanPhase;
export interface CarePlanRecord extends Named {
  goal: string | null;
  condition: string | null;
  phases: CarePlanPhaseRecord[];
}
export interface LocationRecord extends Named {
  operatingStatus: 'open' | 'coming_soon' | 'closed';
  region: string | null;
  phone: string | null;
  timeZone: string;
  address: { street: string; city: string; state: string; postalCode: string };
  geo: { latitude: number; longitude: number } | null;
  openingHours: { day: Weekday; opens: string; closes: string }[];
  closures: { date: string; reason: string | null }[];
  franchise: string | null;
  booking: BookingRef | null;
}
export interface ServiceRecord extends Named {
  summary: string | null;
  modality: string;
  techniques: string[];
  variants: { minutes: number; basePrice: number | string }[];
  booking: BookingRef | null;
}
export interface OfferingRecord {
  service: string;
  location: string;
  available: boolean;
  priceOverrides: { minutes: number; price: number | string; effectiveFrom?: string | null }[];
}
export interface BundleRecord extends Named {
  summary: string | null;
  items: { service: string; minutes: number; count: number }[];
  priceRule: 'fixed' | 'percent_off_parts';
  price: number | string | null;
  percentOff: number | string | null;
  minPrice: number | string;
  maxPrice: number | string;
  validFrom: string;
  validUntil: string | null;
}
export interface BundleOfferingRecord {
  bundle: string;
  location: string;
  price: number | string;
}
export interface LicenceRecord {
  type: LicenceType;
  number: string;
  state: string;
  board: string;
  issuedOn: string;
  expiresOn: string;
  suspended: boolean;
  verificationUrl: string | null;
  verifiedAt: string | null;
}
export interface PractitionerRecord {
  slug: string;
  firstName: string;
  lastName: string;
  credentialsSuffix: string | null;
  bio: string | null;
  yearsExperience: number | null;
  photoUrl: string | null;
  languages: string[];
  acceptingNewClients: boolean;
  booking: BookingRef | null;
  specialties: string[];
  techniques: string[];
  modalities: string[];
  locations: string[];
  licences: LicenceRecord[];
}
export interface FaqRecord {
  slug: string;
  question: string;
  answer: string;
}
export interface ArticleRecord {
  slug: string;
  title: string;
  summary: string | null;
  keyTakeaways: string[];
  body: string | null;
  author: string | null;
  publishedAt: string;
  updatedAt: string;
  conditions: string[];
  techniques: string[];
  services: string[];
  faqs: string[];
}

/**
 * The documentId of each record the dependency index needs, by the record's key:
 * its slug; an offering by `service|location`, a bundle offering by
 * `bundle|location`; licences by their holder's slug. Kept beside the records so
 * page bodies stay as they were.
 */
export interface CatalogueIds {
  location: Map<string, string>;
  service: Map<string, string>;
  practitioner: Map<string, string>;
  franchise: Map<string, string>;
  bundle: Map<string, string>;
  offering: Map<string, string>;
  bundleOffering: Map<string, string>;
  licences: Map<string, string[]>;
}
export const emptyIds = (): CatalogueIds => ({
  location: new Map(), service: new Map(), practitioner: new Map(), franchise: new Map(), bundle: new Map(),
  offering: new Map(), bundleOffering: new Map(), licences: new Map(),
});

export interface PublishedCatalogue {
  /** Absent in fixtures; the loader fills it. */
  ids?: CatalogueIds;
  modalities: ModalityRecord[];
  specialties: Named[];
  techniques: TechniqueRecord[];
  conditions: ConditionRecord[];
  carePlans: CarePlanRecord[];
  franchises: Named[];
  locations: LocationRecord[];
  services: ServiceRecord[];
  offerings: OfferingRecord[];
  bundles: BundleRecord[];
  bundleOfferings: BundleOfferingRecord[];
  practitioners: PractitionerRecord[];
  faqs: FaqRecord[];
  articles: ArticleRecord[];
}
