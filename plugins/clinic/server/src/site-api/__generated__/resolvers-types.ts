import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocationView } from '../views/location.view';
import type { PractitionerView } from '../views/practitioner.view';
import type { ConditionPage, ArticlePage, ArticleSummary as ArticleSummaryPage } from '../../read-model/page.types';
import type { ServiceView } from '../views/service.view';
import type { SearchHitView } from '../../search/site-search';
import type { SiteContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  JSON: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  /** USPS state code: the licence jurisdiction of the location. */
  state: Scalars['String']['output'];
  street: Scalars['String']['output'];
};

export type Article = {
  __typename?: 'Article';
  author?: Maybe<PractitionerSummary>;
  /** Markdown. */
  body?: Maybe<Scalars['String']['output']>;
  conditions: Array<ConditionSummary>;
  faqs: Array<Faq>;
  jsonLd: Scalars['JSON']['output'];
  keyTakeaways: Array<Scalars['String']['output']>;
  publishedAt: Scalars['String']['output'];
  /** Other articles sharing a condition (at most 5). */
  related: Array<ArticleSummary>;
  services: Array<ServiceSummary>;
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  techniques: Array<TechniqueSummary>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

/** Articles newest first. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: CursorPageInfo;
  /** All matching articles, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque: pass it as after to page on from this article. */
  cursor: Scalars['String']['output'];
  node: ArticleSummary;
};

export type ArticleFilter = {
  /** Condition slug. */
  condition?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleList = {
  __typename?: 'ArticleList';
  items: Array<ArticleSummary>;
  pageInfo: PageInfo;
};

export type ArticleSummary = {
  __typename?: 'ArticleSummary';
  author?: Maybe<PractitionerSummary>;
  publishedAt: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Where to book: the chain's booking system and the ID there. */
export type BookingRef = {
  __typename?: 'BookingRef';
  externalId: Scalars['String']['output'];
  system: BookingSystem;
};

export type BookingSystem =
  | 'boulevard'
  | 'jane'
  | 'mindbody'
  | 'other';

export type BundleItem = {
  __typename?: 'BundleItem';
  count: Scalars['Int']['output'];
  minutes: Scalars['Int']['output'];
  service: ServiceSummary;
  /** The price of one session of this item at this location. */
  unitPrice: Money;
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type CarePlan = {
  __typename?: 'CarePlan';
  goal?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phases: Array<CarePlanPhase>;
  slug: Scalars['String']['output'];
};

/** One phase of a care plan: min–max sessions per period, for some weeks (null: ongoing). */
export type CarePlanPhase = {
  __typename?: 'CarePlanPhase';
  /** e.g. "2–3 sessions a week for 4 weeks". */
  description: Scalars['String']['output'];
  lengthWeeks?: Maybe<Scalars['Int']['output']>;
  maxPerPeriod: Scalars['Int']['output'];
  minPerPeriod: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  period: Scalars['Int']['output'];
  periodUnit: PeriodUnit;
  sessionMinutes: Scalars['Int']['output'];
};

/** What a location can offer for a condition: evidence, a phased plan, and who and what fits. */
export type CarePlanRecommendation = {
  __typename?: 'CarePlanRecommendation';
  /** Bundles at the location that contain such a service. */
  bundles: Array<LocationBundle>;
  condition: ConditionSummary;
  location: LocationSummary;
  /** The condition's plan, or the chain's general plan when the condition has none. */
  plan?: Maybe<CarePlan>;
  /** Practitioners there, practising today, whose techniques or specialties match (at most 20). */
  practitioners: Array<LocationPractitioner>;
  /** Services at the location that use a recommended technique, with local prices. */
  services: Array<LocationService>;
  techniques: Array<ConditionTechnique>;
};

export type Citation = {
  __typename?: 'Citation';
  source?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

export type Closure = {
  __typename?: 'Closure';
  date: Scalars['Date']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type Condition = {
  __typename?: 'Condition';
  /** Published articles about the condition (at most 20). */
  articles: Array<ArticleSummary>;
  category: Scalars['String']['output'];
  citations: Array<Citation>;
  disclaimer: Scalars['String']['output'];
  jsonLd: Scalars['JSON']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** Techniques linked to the condition, strongest evidence first. */
  techniques: Array<ConditionTechnique>;
};

export type ConditionFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
};

export type ConditionList = {
  __typename?: 'ConditionList';
  items: Array<ConditionSummary>;
  pageInfo: PageInfo;
};

export type ConditionSummary = {
  __typename?: 'ConditionSummary';
  category: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
};

export type ConditionTechnique = {
  __typename?: 'ConditionTechnique';
  evidence: EvidenceStrength;
  note?: Maybe<Scalars['String']['output']>;
  technique: TechniqueSummary;
};

/**
 * Where a connection's page ends. Pass endCursor as `after` for the next page: a cursor
 * names a place in the list's order, not an index, so it stays valid across a publish
 * (items published or removed meanwhile are neither repeated nor skipped).
 */
export type CursorPageInfo = {
  __typename?: 'CursorPageInfo';
  /** The cursor of the page's last edge (null when the page is empty). */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type EvidenceStrength =
  | 'emerging'
  | 'limited'
  | 'moderate'
  | 'strong';

export type Faq = {
  __typename?: 'Faq';
  answer: Scalars['String']['output'];
  question: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Franchise = {
  __typename?: 'Franchise';
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

/** A licence as shown to clients. Only practising licences (active or expiring) are shown. */
export type Licence = {
  __typename?: 'Licence';
  board: Scalars['String']['output'];
  expiresOn: Scalars['Date']['output'];
  issuedOn: Scalars['Date']['output'];
  number: Scalars['String']['output'];
  state: Scalars['String']['output'];
  /** Computed for today. */
  status: LicenceStatus;
  type: Scalars['String']['output'];
  verificationUrl?: Maybe<Scalars['String']['output']>;
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

export type LicenceStatus =
  | 'active'
  | 'expired'
  | 'expiring'
  | 'pending'
  | 'suspended';

export type Location = {
  __typename?: 'Location';
  address: Address;
  booking?: Maybe<BookingRef>;
  /** Bundles sold here today, with total, sum of parts here and saving. */
  bundles: Array<LocationBundle>;
  /** Closures from today on. */
  closures: Array<Closure>;
  franchise?: Maybe<Franchise>;
  geo?: Maybe<GeoPoint>;
  jsonLd: Scalars['JSON']['output'];
  name: Scalars['String']['output'];
  /** Open at this moment, in the location's own time zone (closures count). */
  openNow: Scalars['Boolean']['output'];
  openingHours: Array<OpeningHours>;
  operatingStatus: LocationStatus;
  phone?: Maybe<Scalars['String']['output']>;
  /** The same practitioners as a connection: first 1–100 (default 20), after a cursor from an earlier page. */
  practitionerConnection: LocationPractitionerConnection;
  /** Practitioners who may practise here: an active licence of the required type in this state, or none required. */
  practitioners: LocationPractitionerList;
  region?: Maybe<Scalars['String']['output']>;
  /** Services offered here with this location's prices (bounded by the catalogue's services). */
  services: Array<LocationService>;
  slug: Scalars['String']['output'];
  /** IANA time zone of the location, e.g. America/New_York. */
  timeZone: Scalars['String']['output'];
};


export type LocationPractitionerConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PractitionerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LocationPractitionersArgs = {
  filter?: InputMaybe<PractitionerFilter>;
  page?: InputMaybe<PageInput>;
};


export type LocationServicesArgs = {
  modality?: InputMaybe<Scalars['String']['input']>;
};

/** A bundle sold at a location: its price there, the parts' sum there and the saving. */
export type LocationBundle = {
  __typename?: 'LocationBundle';
  items: Array<BundleItem>;
  name: Scalars['String']['output'];
  price: Money;
  /** sumOfParts - price (negative values are shown as they are). */
  saving: Money;
  slug: Scalars['String']['output'];
  sumOfParts: Money;
  summary?: Maybe<Scalars['String']['output']>;
  validFrom: Scalars['Date']['output'];
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Locations by name, or nearest first with a near filter. */
export type LocationConnection = {
  __typename?: 'LocationConnection';
  edges: Array<LocationEdge>;
  pageInfo: CursorPageInfo;
  /** All matching locations, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type LocationEdge = {
  __typename?: 'LocationEdge';
  /** Opaque: pass it as after to page on from this location. */
  cursor: Scalars['String']['output'];
  node: LocationSummary;
};

export type LocationFilter = {
  /** Modality slug offered there. */
  modality?: InputMaybe<Scalars['String']['input']>;
  /** Within a radius of a point; results nearest first. */
  near?: InputMaybe<NearInput>;
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** Service slug offered (and available) there. */
  service?: InputMaybe<Scalars['String']['input']>;
  /** USPS state code. */
  state?: InputMaybe<Scalars['String']['input']>;
};

export type LocationList = {
  __typename?: 'LocationList';
  items: Array<LocationSummary>;
  pageInfo: PageInfo;
};

/** A practitioner who may practise at this location, with the modalities they may practise here. */
export type LocationPractitioner = {
  __typename?: 'LocationPractitioner';
  modalities: Array<Modality>;
  practitioner: PractitionerSummary;
};

/** Practitioners by last name, first name. */
export type LocationPractitionerConnection = {
  __typename?: 'LocationPractitionerConnection';
  edges: Array<LocationPractitionerEdge>;
  pageInfo: CursorPageInfo;
  /** All matching practitioners, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type LocationPractitionerEdge = {
  __typename?: 'LocationPractitionerEdge';
  /** Opaque: pass it as after to page on from this practitioner. */
  cursor: Scalars['String']['output'];
  node: LocationPractitioner;
};

export type LocationPractitionerList = {
  __typename?: 'LocationPractitionerList';
  items: Array<LocationPractitioner>;
  pageInfo: PageInfo;
};

/** A service as offered at one location: each length at this location's price. */
export type LocationService = {
  __typename?: 'LocationService';
  service: ServiceSummary;
  variants: Array<PricedVariant>;
};

export type LocationStatus =
  | 'closed'
  | 'coming_soon'
  | 'open';

export type LocationSummary = {
  __typename?: 'LocationSummary';
  address: Address;
  /** Distance from the point of a near filter, in kilometres. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  geo?: Maybe<GeoPoint>;
  name: Scalars['String']['output'];
  openNow: Scalars['Boolean']['output'];
  operatingStatus: LocationStatus;
  region?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
};

export type Modality = {
  __typename?: 'Modality';
  name: Scalars['String']['output'];
  /** The licence type a practitioner needs for this service line (LMT, DC…), null if none. */
  requiredLicenceType?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
};

/** An amount in US dollars. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string with two places, e.g. "89.00". */
  amount: Scalars['String']['output'];
  /** Whole cents, exact. */
  cents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type NearInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
  /** Radius in kilometres, 0–500. */
  radiusKm: Scalars['Float']['input'];
};

export type OpeningHours = {
  __typename?: 'OpeningHours';
  closes: Scalars['String']['output'];
  day: Weekday;
  /** Local time HH:MM. */
  opens: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Pagination of a list: at most 100 items a page. */
export type PageInput = {
  /** Items per page, 1–100 (default 20). */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Items to skip (default 0). */
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type PeriodUnit =
  | 'day'
  | 'month'
  | 'week';

export type Practitioner = {
  __typename?: 'Practitioner';
  acceptingNewClients: Scalars['Boolean']['output'];
  bio?: Maybe<Scalars['String']['output']>;
  booking?: Maybe<BookingRef>;
  credentialsSuffix?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  jsonLd: Scalars['JSON']['output'];
  languages: Array<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  licences: Array<Licence>;
  /** Locations where the practitioner may practise at least one modality today. */
  locations: Array<PractitionerLocation>;
  modalities: Array<Modality>;
  photoUrl?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  specialties: Array<Specialty>;
  techniques: Array<TechniqueSummary>;
  yearsExperience?: Maybe<Scalars['Int']['output']>;
};

export type PractitionerFilter = {
  acceptingNewClients?: InputMaybe<Scalars['Boolean']['input']>;
  /** Condition slug: practitioners using a technique linked to the condition. */
  condition?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tag, e.g. es. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Modality slug. */
  modality?: InputMaybe<Scalars['String']['input']>;
  /** Specialty slug. */
  specialty?: InputMaybe<Scalars['String']['input']>;
  /** Technique slug. */
  technique?: InputMaybe<Scalars['String']['input']>;
};

export type PractitionerLocation = {
  __typename?: 'PractitionerLocation';
  location: LocationSummary;
  /** Modalities this practitioner may practise at that location today. */
  modalities: Array<Modality>;
};

export type PractitionerSummary = {
  __typename?: 'PractitionerSummary';
  acceptingNewClients: Scalars['Boolean']['output'];
  booking?: Maybe<BookingRef>;
  credentialsSuffix?: Maybe<Scalars['String']['output']>;
  /** Name with credentials, e.g. "Maya Ortiz, LMT". */
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  languages: Array<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  photoUrl?: Maybe<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  specialties: Array<Specialty>;
  techniques: Array<TechniqueSummary>;
};

export type PressureLevel =
  | 'deep'
  | 'firm'
  | 'light'
  | 'medium';

export type PricedVariant = {
  __typename?: 'PricedVariant';
  basePrice: Money;
  minutes: Scalars['Int']['output'];
  overridden: Scalars['Boolean']['output'];
  /** The price at this location (the location's override, or the base price). */
  price: Money;
  /** The first day of upcomingPrice, on the location's calendar (its time zone); price is served from that day. */
  upcomingFrom?: Maybe<Scalars['Date']['output']>;
  /** The next scheduled price at this location, when a change is scheduled (null otherwise). */
  upcomingPrice?: Maybe<Money>;
};

export type Query = {
  __typename?: 'Query';
  article: Article;
  /** The same articles as a connection: first 1–100 (default 20), after a cursor from an earlier page. */
  articleConnection: ArticleConnection;
  articles: ArticleList;
  /** The care plan for a condition at a location. NOT_FOUND when either is unknown. */
  carePlan: CarePlanRecommendation;
  condition: Condition;
  conditions: ConditionList;
  /** A location page. NOT_FOUND for an unknown slug. */
  location: Location;
  /** The same locations as a connection: first 1–100 (default 20), after a cursor from an earlier page. */
  locationConnection: LocationConnection;
  locations: LocationList;
  practitioner: Practitioner;
  /**
   * Site search over published conditions, techniques, services, eligible practitioners,
   * articles, FAQs and locations. query: 1–200 characters; words match as prefixes, and
   * words of five letters or more also one edit away ("sports massge"); the synonym list
   * adds alternatives ("back pain" → "low-back pain"). "… near <city or location name>"
   * scopes to the locations it names. location: a location slug (NOT_FOUND if unknown);
   * scopes to what it offers and who may practise there. kinds: only hits of these kinds
   * (facets still count every kind). Not cached (Cache-Control max-age 0).
   */
  search: SearchResults;
  /** The same search as a connection: first 1–100 (default 20), after a cursor from an earlier page of the same search. */
  searchConnection: SearchConnection;
  service: Service;
  technique: Technique;
  techniques: TechniqueList;
};


export type QueryArticleArgs = {
  slug: Scalars['String']['input'];
};


export type QueryArticleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArticlesArgs = {
  filter?: InputMaybe<ArticleFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryCarePlanArgs = {
  condition: Scalars['String']['input'];
  location: Scalars['String']['input'];
};


export type QueryConditionArgs = {
  slug: Scalars['String']['input'];
};


export type QueryConditionsArgs = {
  filter?: InputMaybe<ConditionFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryLocationArgs = {
  slug: Scalars['String']['input'];
};


export type QueryLocationConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLocationsArgs = {
  filter?: InputMaybe<LocationFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryPractitionerArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  kinds?: InputMaybe<Array<SearchKind>>;
  location?: InputMaybe<Scalars['String']['input']>;
  page?: InputMaybe<PageInput>;
  query: Scalars['String']['input'];
};


export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  location?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
};


export type QueryServiceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTechniqueArgs = {
  slug: Scalars['String']['input'];
};


export type QueryTechniquesArgs = {
  page?: InputMaybe<PageInput>;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  facets: Array<SearchFacet>;
  pageInfo: CursorPageInfo;
  /** Hits in all (after `kinds`). */
  total: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** Hits of a kind for the query and location, before `kinds` is applied (every kind listed, zeros included). */
export type SearchFacet = {
  __typename?: 'SearchFacet';
  count: Scalars['Int']['output'];
  kind: SearchKind;
};

/** A matched word in a snippet: offsets (UTF-16 code units, as JavaScript strings count) into SearchSnippet.text. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  kind: SearchKind;
  /** Relevance, higher first; only comparable within one search. */
  score: Scalars['Float']['output'];
  /** The page to link to: condition, technique, service, practitioner, article or location slug; for a FAQ, the article that holds it. */
  slug: Scalars['String']['output'];
  snippet: SearchSnippet;
  title: Scalars['String']['output'];
};

/** What a search hit is: the page a site links it to is named by its slug. */
export type SearchKind =
  | 'ARTICLE'
  | 'CONDITION'
  /** A question and answer of an article; its slug is the article that holds it (the first by slug when several do). A FAQ no published article holds is not searchable (no page shows it). */
  | 'FAQ'
  | 'LOCATION'
  | 'PRACTITIONER'
  | 'SERVICE'
  | 'TECHNIQUE';

export type SearchResults = {
  __typename?: 'SearchResults';
  facets: Array<SearchFacet>;
  items: Array<SearchHit>;
  pageInfo: PageInfo;
};

/** A piece of the hit's text around its first match (at most about 180 characters, … where cut). Plain text: mark the highlights up yourself. */
export type SearchSnippet = {
  __typename?: 'SearchSnippet';
  highlights: Array<SearchHighlight>;
  text: Scalars['String']['output'];
};

export type Service = {
  __typename?: 'Service';
  booking?: Maybe<BookingRef>;
  jsonLd: Scalars['JSON']['output'];
  /** Locations offering the service (at most 100). */
  locations: Array<LocationSummary>;
  modality: Modality;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  techniques: Array<TechniqueSummary>;
  /** Lengths with the chain's base prices (a location may override them). */
  variants: Array<ServiceVariant>;
};

export type ServiceSummary = {
  __typename?: 'ServiceSummary';
  booking?: Maybe<BookingRef>;
  modality: Modality;
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
};

export type ServiceVariant = {
  __typename?: 'ServiceVariant';
  basePrice: Money;
  minutes: Scalars['Int']['output'];
};

export type Specialty = {
  __typename?: 'Specialty';
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Technique = {
  __typename?: 'Technique';
  bestFor?: Maybe<Scalars['String']['output']>;
  /** Conditions this technique is linked to, with the strength of the evidence. */
  conditions: Array<TechniqueCondition>;
  contraindications?: Maybe<Scalars['String']['output']>;
  howPerformed?: Maybe<Scalars['String']['output']>;
  modality?: Maybe<Modality>;
  name: Scalars['String']['output'];
  pressure: PressureLevel;
  slug: Scalars['String']['output'];
};

export type TechniqueCondition = {
  __typename?: 'TechniqueCondition';
  condition: ConditionSummary;
  evidence: EvidenceStrength;
  note?: Maybe<Scalars['String']['output']>;
};

export type TechniqueList = {
  __typename?: 'TechniqueList';
  items: Array<Technique>;
  pageInfo: PageInfo;
};

export type TechniqueSummary = {
  __typename?: 'TechniqueSummary';
  name: Scalars['String']['output'];
  pressure: PressureLevel;
  slug: Scalars['String']['output'];
};

export type Weekday =
  | 'friday'
  | 'monday'
  | 'saturday'
  | 'sunday'
  | 'thursday'
  | 'tuesday'
  | 'wednesday';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  Article: ResolverTypeWrapper<ArticlePage>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['ArticleSummary'] }>;
  ArticleFilter: ArticleFilter;
  ArticleList: ResolverTypeWrapper<Omit<ArticleList, 'items'> & { items: Array<ResolversTypes['ArticleSummary']> }>;
  ArticleSummary: ResolverTypeWrapper<ArticleSummaryPage>;
  BookingRef: ResolverTypeWrapper<BookingRef>;
  BookingSystem: BookingSystem;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BundleItem: ResolverTypeWrapper<BundleItem>;
  CacheControlScope: CacheControlScope;
  CarePlan: ResolverTypeWrapper<CarePlan>;
  CarePlanPhase: ResolverTypeWrapper<CarePlanPhase>;
  CarePlanRecommendation: ResolverTypeWrapper<CarePlanRecommendation>;
  Citation: ResolverTypeWrapper<Citation>;
  Closure: ResolverTypeWrapper<Closure>;
  Condition: ResolverTypeWrapper<ConditionPage>;
  ConditionFilter: ConditionFilter;
  ConditionList: ResolverTypeWrapper<ConditionList>;
  ConditionSummary: ResolverTypeWrapper<ConditionSummary>;
  ConditionTechnique: ResolverTypeWrapper<ConditionTechnique>;
  CursorPageInfo: ResolverTypeWrapper<CursorPageInfo>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EvidenceStrength: EvidenceStrength;
  Faq: ResolverTypeWrapper<Faq>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Franchise: ResolverTypeWrapper<Franchise>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Licence: ResolverTypeWrapper<Licence>;
  LicenceStatus: LicenceStatus;
  Location: ResolverTypeWrapper<LocationView>;
  LocationBundle: ResolverTypeWrapper<LocationBundle>;
  LocationConnection: ResolverTypeWrapper<LocationConnection>;
  LocationEdge: ResolverTypeWrapper<LocationEdge>;
  LocationFilter: LocationFilter;
  LocationList: ResolverTypeWrapper<LocationList>;
  LocationPractitioner: ResolverTypeWrapper<LocationPractitioner>;
  LocationPractitionerConnection: ResolverTypeWrapper<LocationPractitionerConnection>;
  LocationPractitionerEdge: ResolverTypeWrapper<LocationPractitionerEdge>;
  LocationPractitionerList: ResolverTypeWrapper<LocationPractitionerList>;
  LocationService: ResolverTypeWrapper<LocationService>;
  LocationStatus: LocationStatus;
  LocationSummary: ResolverTypeWrapper<LocationSummary>;
  Modality: ResolverTypeWrapper<Modality>;
  Money: ResolverTypeWrapper<Money>;
  NearInput: NearInput;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageInput: PageInput;
  PeriodUnit: PeriodUnit;
  Practitioner: ResolverTypeWrapper<PractitionerView>;
  PractitionerFilter: PractitionerFilter;
  PractitionerLocation: ResolverTypeWrapper<PractitionerLocation>;
  PractitionerSummary: ResolverTypeWrapper<PractitionerSummary>;
  PressureLevel: PressureLevel;
  PricedVariant: ResolverTypeWrapper<PricedVariant>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchFacet: ResolverTypeWrapper<SearchFacet>;
  SearchHighlight: ResolverTypeWrapper<SearchHighlight>;
  SearchHit: ResolverTypeWrapper<SearchHitView>;
  SearchKind: SearchKind;
  SearchResults: ResolverTypeWrapper<Omit<SearchResults, 'items'> & { items: Array<ResolversTypes['SearchHit']> }>;
  SearchSnippet: ResolverTypeWrapper<SearchSnippet>;
  Service: ResolverTypeWrapper<ServiceView>;
  ServiceSummary: ResolverTypeWrapper<ServiceSummary>;
  ServiceVariant: ResolverTypeWrapper<ServiceVariant>;
  Specialty: ResolverTypeWrapper<Specialty>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Technique: ResolverTypeWrapper<Technique>;
  TechniqueCondition: ResolverTypeWrapper<TechniqueCondition>;
  TechniqueList: ResolverTypeWrapper<TechniqueList>;
  TechniqueSummary: ResolverTypeWrapper<TechniqueSummary>;
  Weekday: Weekday;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  Article: ArticlePage;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['ArticleSummary'] };
  ArticleFilter: ArticleFilter;
  ArticleList: Omit<ArticleList, 'items'> & { items: Array<ResolversParentTypes['ArticleSummary']> };
  ArticleSummary: ArticleSummaryPage;
  BookingRef: BookingRef;
  Boolean: Scalars['Boolean']['output'];
  BundleItem: BundleItem;
  CarePlan: CarePlan;
  CarePlanPhase: CarePlanPhase;
  CarePlanRecommendation: CarePlanRecommendation;
  Citation: Citation;
  Closure: Closure;
  Condition: ConditionPage;
  ConditionFilter: ConditionFilter;
  ConditionList: ConditionList;
  ConditionSummary: ConditionSummary;
  ConditionTechnique: ConditionTechnique;
  CursorPageInfo: CursorPageInfo;
  Date: Scalars['Date']['output'];
  Faq: Faq;
  Float: Scalars['Float']['output'];
  Franchise: Franchise;
  GeoPoint: GeoPoint;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Licence: Licence;
  Location: LocationView;
  LocationBundle: LocationBundle;
  LocationConnection: LocationConnection;
  LocationEdge: LocationEdge;
  LocationFilter: LocationFilter;
  LocationList: LocationList;
  LocationPractitioner: LocationPractitioner;
  LocationPractitionerConnection: LocationPractitionerConnection;
  LocationPractitionerEdge: LocationPractitionerEdge;
  LocationPractitionerList: LocationPractitionerList;
  LocationService: LocationService;
  LocationSummary: LocationSummary;
  Modality: Modality;
  Money: Money;
  NearInput: NearInput;
  OpeningHours: OpeningHours;
  PageInfo: PageInfo;
  PageInput: PageInput;
  Practitioner: PractitionerView;
  PractitionerFilter: PractitionerFilter;
  PractitionerLocation: PractitionerLocation;
  PractitionerSummary: PractitionerSummary;
  PricedVariant: PricedVariant;
  Query: Record<PropertyKey, never>;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchFacet: SearchFacet;
  SearchHighlight: SearchHighlight;
  SearchHit: SearchHitView;
  SearchResults: Omit<SearchResults, 'items'> & { items: Array<ResolversParentTypes['SearchHit']> };
  SearchSnippet: SearchSnippet;
  Service: ServiceView;
  ServiceSummary: ServiceSummary;
  ServiceVariant: ServiceVariant;
  Specialty: Specialty;
  String: Scalars['String']['output'];
  Technique: Technique;
  TechniqueCondition: TechniqueCondition;
  TechniqueList: TechniqueList;
  TechniqueSummary: TechniqueSummary;
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = SiteContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  author?: Resolver<Maybe<ResolversTypes['PractitionerSummary']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['ConditionSummary']>, ParentType, ContextType>;
  faqs?: Resolver<Array<ResolversTypes['Faq']>, ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  keyTakeaways?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  related?: Resolver<Array<ResolversTypes['ArticleSummary']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceSummary']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['TechniqueSummary']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ArticleSummary'], ParentType, ContextType>;
};

export type ArticleListResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ArticleList'] = ResolversParentTypes['ArticleList']> = {
  items?: Resolver<Array<ResolversTypes['ArticleSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ArticleSummary'] = ResolversParentTypes['ArticleSummary']> = {
  author?: Resolver<Maybe<ResolversTypes['PractitionerSummary']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookingRefResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['BookingRef'] = ResolversParentTypes['BookingRef']> = {
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['BookingSystem'], ParentType, ContextType>;
};

export type BundleItemResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['BundleItem'] = ResolversParentTypes['BundleItem']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['ServiceSummary'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CarePlanResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CarePlan'] = ResolversParentTypes['CarePlan']> = {
  goal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['CarePlanPhase']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CarePlanPhaseResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CarePlanPhase'] = ResolversParentTypes['CarePlanPhase']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lengthWeeks?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxPerPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minPerPeriod?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodUnit?: Resolver<ResolversTypes['PeriodUnit'], ParentType, ContextType>;
  sessionMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CarePlanRecommendationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CarePlanRecommendation'] = ResolversParentTypes['CarePlanRecommendation']> = {
  bundles?: Resolver<Array<ResolversTypes['LocationBundle']>, ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['ConditionSummary'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['LocationSummary'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['CarePlan']>, ParentType, ContextType>;
  practitioners?: Resolver<Array<ResolversTypes['LocationPractitioner']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['LocationService']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['ConditionTechnique']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClosureResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Closure'] = ResolversParentTypes['Closure']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  articles?: Resolver<Array<ResolversTypes['ArticleSummary']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  disclaimer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['ConditionTechnique']>, ParentType, ContextType>;
};

export type ConditionListResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConditionList'] = ResolversParentTypes['ConditionList']> = {
  items?: Resolver<Array<ResolversTypes['ConditionSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ConditionSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConditionSummary'] = ResolversParentTypes['ConditionSummary']> = {
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConditionTechniqueResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ConditionTechnique'] = ResolversParentTypes['ConditionTechnique']> = {
  evidence?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  technique?: Resolver<ResolversTypes['TechniqueSummary'], ParentType, ContextType>;
};

export type CursorPageInfoResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['CursorPageInfo'] = ResolversParentTypes['CursorPageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FaqResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Faq'] = ResolversParentTypes['Faq']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FranchiseResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Franchise'] = ResolversParentTypes['Franchise']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LicenceResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Licence'] = ResolversParentTypes['Licence']> = {
  board?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LocationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['BookingRef']>, ParentType, ContextType>;
  bundles?: Resolver<Array<ResolversTypes['LocationBundle']>, ParentType, ContextType>;
  closures?: Resolver<Array<ResolversTypes['Closure']>, ParentType, ContextType>;
  franchise?: Resolver<Maybe<ResolversTypes['Franchise']>, ParentType, ContextType>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningHours']>, ParentType, ContextType>;
  operatingStatus?: Resolver<ResolversTypes['LocationStatus'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practitionerConnection?: Resolver<ResolversTypes['LocationPractitionerConnection'], ParentType, ContextType, RequireFields<LocationPractitionerConnectionArgs, 'first'>>;
  practitioners?: Resolver<ResolversTypes['LocationPractitionerList'], ParentType, ContextType, Partial<LocationPractitionersArgs>>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['LocationService']>, ParentType, ContextType, Partial<LocationServicesArgs>>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationBundleResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationBundle'] = ResolversParentTypes['LocationBundle']> = {
  items?: Resolver<Array<ResolversTypes['BundleItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  saving?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sumOfParts?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LocationConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationConnection'] = ResolversParentTypes['LocationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationEdge'] = ResolversParentTypes['LocationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LocationSummary'], ParentType, ContextType>;
};

export type LocationListResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationList'] = ResolversParentTypes['LocationList']> = {
  items?: Resolver<Array<ResolversTypes['LocationSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LocationPractitionerResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationPractitioner'] = ResolversParentTypes['LocationPractitioner']> = {
  modalities?: Resolver<Array<ResolversTypes['Modality']>, ParentType, ContextType>;
  practitioner?: Resolver<ResolversTypes['PractitionerSummary'], ParentType, ContextType>;
};

export type LocationPractitionerConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationPractitionerConnection'] = ResolversParentTypes['LocationPractitionerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LocationPractitionerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LocationPractitionerEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationPractitionerEdge'] = ResolversParentTypes['LocationPractitionerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LocationPractitioner'], ParentType, ContextType>;
};

export type LocationPractitionerListResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationPractitionerList'] = ResolversParentTypes['LocationPractitionerList']> = {
  items?: Resolver<Array<ResolversTypes['LocationPractitioner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LocationServiceResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationService'] = ResolversParentTypes['LocationService']> = {
  service?: Resolver<ResolversTypes['ServiceSummary'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['PricedVariant']>, ParentType, ContextType>;
};

export type LocationSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['LocationSummary'] = ResolversParentTypes['LocationSummary']> = {
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  geo?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  operatingStatus?: Resolver<ResolversTypes['LocationStatus'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModalityResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Modality'] = ResolversParentTypes['Modality']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredLicenceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpeningHoursResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PractitionerResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Practitioner'] = ResolversParentTypes['Practitioner']> = {
  acceptingNewClients?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['BookingRef']>, ParentType, ContextType>;
  credentialsSuffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['Licence']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['PractitionerLocation']>, ParentType, ContextType>;
  modalities?: Resolver<Array<ResolversTypes['Modality']>, ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialties?: Resolver<Array<ResolversTypes['Specialty']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['TechniqueSummary']>, ParentType, ContextType>;
  yearsExperience?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PractitionerLocationResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PractitionerLocation'] = ResolversParentTypes['PractitionerLocation']> = {
  location?: Resolver<ResolversTypes['LocationSummary'], ParentType, ContextType>;
  modalities?: Resolver<Array<ResolversTypes['Modality']>, ParentType, ContextType>;
};

export type PractitionerSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PractitionerSummary'] = ResolversParentTypes['PractitionerSummary']> = {
  acceptingNewClients?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['BookingRef']>, ParentType, ContextType>;
  credentialsSuffix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  photoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialties?: Resolver<Array<ResolversTypes['Specialty']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['TechniqueSummary']>, ParentType, ContextType>;
};

export type PricedVariantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['PricedVariant'] = ResolversParentTypes['PricedVariant']> = {
  basePrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  upcomingFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  upcomingPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType, RequireFields<QueryArticleArgs, 'slug'>>;
  articleConnection?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticleConnectionArgs, 'first'>>;
  articles?: Resolver<ResolversTypes['ArticleList'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  carePlan?: Resolver<ResolversTypes['CarePlanRecommendation'], ParentType, ContextType, RequireFields<QueryCarePlanArgs, 'condition' | 'location'>>;
  condition?: Resolver<ResolversTypes['Condition'], ParentType, ContextType, RequireFields<QueryConditionArgs, 'slug'>>;
  conditions?: Resolver<ResolversTypes['ConditionList'], ParentType, ContextType, Partial<QueryConditionsArgs>>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType, RequireFields<QueryLocationArgs, 'slug'>>;
  locationConnection?: Resolver<ResolversTypes['LocationConnection'], ParentType, ContextType, RequireFields<QueryLocationConnectionArgs, 'first'>>;
  locations?: Resolver<ResolversTypes['LocationList'], ParentType, ContextType, Partial<QueryLocationsArgs>>;
  practitioner?: Resolver<ResolversTypes['Practitioner'], ParentType, ContextType, RequireFields<QueryPractitionerArgs, 'slug'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  searchConnection?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'first' | 'query'>>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType, RequireFields<QueryServiceArgs, 'slug'>>;
  technique?: Resolver<ResolversTypes['Technique'], ParentType, ContextType, RequireFields<QueryTechniqueArgs, 'slug'>>;
  techniques?: Resolver<ResolversTypes['TechniqueList'], ParentType, ContextType, Partial<QueryTechniquesArgs>>;
};

export type SearchConnectionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['SearchFacet']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['CursorPageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchFacetResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchFacet'] = ResolversParentTypes['SearchFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
};

export type SearchHighlightResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchHighlight'] = ResolversParentTypes['SearchHighlight']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['SearchSnippet'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  facets?: Resolver<Array<ResolversTypes['SearchFacet']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchSnippetResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['SearchSnippet'] = ResolversParentTypes['SearchSnippet']> = {
  highlights?: Resolver<Array<ResolversTypes['SearchHighlight']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  booking?: Resolver<Maybe<ResolversTypes['BookingRef']>, ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['LocationSummary']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  techniques?: Resolver<Array<ResolversTypes['TechniqueSummary']>, ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['ServiceVariant']>, ParentType, ContextType>;
};

export type ServiceSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ServiceSummary'] = ResolversParentTypes['ServiceSummary']> = {
  booking?: Resolver<Maybe<ResolversTypes['BookingRef']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceVariantResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['ServiceVariant'] = ResolversParentTypes['ServiceVariant']> = {
  basePrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpecialtyResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Specialty'] = ResolversParentTypes['Specialty']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TechniqueResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['Technique'] = ResolversParentTypes['Technique']> = {
  bestFor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['TechniqueCondition']>, ParentType, ContextType>;
  contraindications?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  howPerformed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['Modality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pressure?: Resolver<ResolversTypes['PressureLevel'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TechniqueConditionResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['TechniqueCondition'] = ResolversParentTypes['TechniqueCondition']> = {
  condition?: Resolver<ResolversTypes['ConditionSummary'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceStrength'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TechniqueListResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['TechniqueList'] = ResolversParentTypes['TechniqueList']> = {
  items?: Resolver<Array<ResolversTypes['Technique']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TechniqueSummaryResolvers<ContextType = SiteContext, ParentType extends ResolversParentTypes['TechniqueSummary'] = ResolversParentTypes['TechniqueSummary']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pressure?: Resolver<ResolversTypes['PressureLevel'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SiteContext> = {
  Address?: AddressResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleList?: ArticleListResolvers<ContextType>;
  ArticleSummary?: ArticleSummaryResolvers<ContextType>;
  BookingRef?: BookingRefResolvers<ContextType>;
  BundleItem?: BundleItemResolvers<ContextType>;
  CarePlan?: CarePlanResolvers<ContextType>;
  CarePlanPhase?: CarePlanPhaseResolvers<ContextType>;
  CarePlanRecommendation?: CarePlanRecommendationResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Closure?: ClosureResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  ConditionList?: ConditionListResolvers<ContextType>;
  ConditionSummary?: ConditionSummaryResolvers<ContextType>;
  ConditionTechnique?: ConditionTechniqueResolvers<ContextType>;
  CursorPageInfo?: CursorPageInfoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Faq?: FaqResolvers<ContextType>;
  Franchise?: FranchiseResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Licence?: LicenceResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationBundle?: LocationBundleResolvers<ContextType>;
  LocationConnection?: LocationConnectionResolvers<ContextType>;
  LocationEdge?: LocationEdgeResolvers<ContextType>;
  LocationList?: LocationListResolvers<ContextType>;
  LocationPractitioner?: LocationPractitionerResolvers<ContextType>;
  LocationPractitionerConnection?: LocationPractitionerConnectionResolvers<ContextType>;
  LocationPractitionerEdge?: LocationPractitionerEdgeResolvers<ContextType>;
  LocationPractitionerList?: LocationPractitionerListResolvers<ContextType>;
  LocationService?: LocationServiceResolvers<ContextType>;
  LocationSummary?: LocationSummaryResolvers<ContextType>;
  Modality?: ModalityResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Practitioner?: PractitionerResolvers<ContextType>;
  PractitionerLocation?: PractitionerLocationResolvers<ContextType>;
  PractitionerSummary?: PractitionerSummaryResolvers<ContextType>;
  PricedVariant?: PricedVariantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacet?: SearchFacetResolvers<ContextType>;
  SearchHighlight?: SearchHighlightResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchSnippet?: SearchSnippetResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceSummary?: ServiceSummaryResolvers<ContextType>;
  ServiceVariant?: ServiceVariantResolvers<ContextType>;
  Specialty?: SpecialtyResolvers<ContextType>;
  Technique?: TechniqueResolvers<ContextType>;
  TechniqueCondition?: TechniqueConditionResolvers<ContextType>;
  TechniqueList?: TechniqueListResolvers<ContextType>;
  TechniqueSummary?: TechniqueSummaryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SiteContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
