/**
 * Pages of the site read model: one JSON document per page, built on publish,
 * read with one SQL statement per page. Time-dependent facts (licence status,
 * open now, bundle validity) are kept as data and decided at query time.
 */
import type {
  BookingRef,
  CarePlanRecord,
  ConditionRecord,
  Evidence,
  FaqRecord,
  LicenceRecord,
  LocationRecord,
  ModalityRecord,
  Named,
  TechniqueRecord,
} from './catalogue.types';

export type ModalityRef = ModalityRecord;
export type TechniqueRef = Pick<TechniqueRecord, 'slug' | 'name' | 'pressure'>;

export interface ServiceSummary extends Named {
  summary: string | null;
  modality: ModalityRef;
  booking: BookingRef | null;
}
export interface PricedVariant {
  minutes: number;
  /** The price before any scheduled change (undated override or base). */
  priceCents: number;
  basePriceCents: number;
  overridden: boolean;
  /**
   * Scheduled prices, earliest first: from each day (the location's calendar) the
   * price is that step's. Kept as data, so the view picks by the location's day and
   * no job has to rebuild anything on the day. Absent: no scheduled change.
   */
  schedule?: { from: string; priceCents: number; overridden: boolean }[];
  /** Set by the view for the day asked (never stored): the next scheduled change. */
  upcoming?: { from: string; priceCents: number } | null;
}
export interface LocationServiceEntry {
  service: ServiceSummary;
  techniques: string[];
  variants: PricedVariant[];
}
export interface LocationBundleEntry extends Named {
  summary: string | null;
  items: { service: ServiceSummary; minutes: number; count: number; unitPriceCents: number }[];
  priceCents: number;
  sumOfPartsCents: number;
  savingCents: number;
  validFrom: string;
  validUntil: string | null;
  /**
   * The bundle's figures from each day a price of one of its items changes (earliest
   * first); null: not sold from that day (an item no longer priced). Absent: no change.
   */
  schedule?: { from: string; priced: BundlePricing | null }[];
}
export type BundlePricing = Pick<LocationBundleEntry, 'priceCents' | 'sumOfPartsCents' | 'savingCents'> & { unitPriceCents: number[] };
export interface PractitionerCard {
  slug: string;
  firstName: string;
  lastName: string;
  credentialsSuffix: string | null;
  photoUrl: string | null;
  languages: string[];
  acceptingNewClients: boolean;
  booking: BookingRef | null;
  specialties: Named[];
  techniques: TechniqueRef[];
  modalities: ModalityRef[];
  licences: LicenceRecord[];
}
export type LocationSummaryData = Pick<
  LocationRecord,
  'slug' | 'name' | 'operatingStatus' | 'region' | 'timeZone' | 'address' | 'geo' | 'openingHours' | 'closures'
>;

export interface LocationPage extends LocationRecord {
  franchiseRef: Named | null;
  services: LocationServiceEntry[];
  bundles: LocationBundleEntry[];
  practitioners: PractitionerCard[];
}
export interface LocationIndexEntry extends LocationSummaryData {
  services: string[];
  modalities: string[];
}

export interface ConditionSummary extends Named {
  category: string;
  summary: string | null;
}
export interface ArticleSummary {
  slug: string;
  title: string;
  summary: string | null;
  author: PractitionerCard | null;
  publishedAt: string;
}
export interface ConditionPage extends Omit<ConditionRecord, 'links'> {
  techniques: { technique: TechniqueRef; evidence: Evidence; note: string | null }[];
  articles: ArticleSummary[];
}
export interface TechniquePage extends TechniqueRecord {
  modalityRef: ModalityRef | null;
  conditions: { condition: ConditionSummary; evidence: Evidence; note: string | null }[];
}
export interface ServicePage extends ServiceSummary {
  techniques: TechniqueRef[];
  variants: { minutes: number; basePriceCents: number }[];
  locations: LocationSummaryData[];
}
export interface PractitionerPage extends PractitionerCard {
  bio: string | null;
  yearsExperience: number | null;
  locations: LocationSummaryData[];
}
export interface ArticlePage extends ArticleSummary {
  keyTakeaways: string[];
  body: string | null;
  updatedAt: string;
  conditions: ConditionSummary[];
  techniques: TechniqueRef[];
  services: ServiceSummary[];
  faqs: FaqRecord[];
  related: ArticleSummary[];
}
export interface ArticleIndexEntry extends ArticleSummary {
  conditions: string[];
}
export type CarePlanPage = CarePlanRecord;

/** Every page kind, its key and its body. */
export interface PageBodies {
  location: LocationPage;
  condition: ConditionPage;
  technique: TechniquePage;
  service: ServicePage;
  practitioner: PractitionerPage;
  article: ArticlePage;
  /** Keyed by condition slug; GENERAL_PLAN_KEY for the plan without a condition. */
  'care-plan': CarePlanPage;
  'location-index': LocationIndexEntry[];
  'condition-index': ConditionSummary[];
  'technique-index': TechniquePage[];
  'article-index': ArticleIndexEntry[];
}
export type PageKind = keyof PageBodies;
export const INDEX_KEY = 'all';
export const GENERAL_PLAN_KEY = '_general';

export interface BuiltPage<K extends PageKind = PageKind> {
  kind: K;
  key: string;
  body: PageBodies[K];
}
