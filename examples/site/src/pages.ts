/**
 * The data a location site needs for its pages, through the typed client. Each
 * function's return type comes from the generated documents: a schema change that
 * breaks a page breaks `npm test` (the consumer is type-checked there).
 */
import type { SiteApiClient } from './client';
import {
  ArticlePageDocument,
  ArticlesDocument,
  CarePlanDocument,
  ConditionPageDocument,
  LocationPageDocument,
  LocationsIndexDocument,
  LocationsNearDocument,
  PractitionerPageDocument,
  PreviewTargetDocument,
  ServicePageDocument,
  SiteSearchDocument,
  TechniquePageDocument,
  type ArticlesQuery,
  type LocationPageQuery,
  type PractitionerFilter,
  type SearchKind,
  type SiteSearchQuery,
} from './__generated__/graphql';

export type LocationPage = LocationPageQuery['location'];

export const loadLocationPage = async (client: SiteApiClient, slug: string, practitioners?: PractitionerFilter) =>
  (await client.query(LocationPageDocument, { slug, practitioners })).location;

/** The practitioners listed on the location page (the first 50). */
export const practitionersOn = (location: LocationPage) => location.practitionerConnection.edges.map((e) => e.node);

/** Ten locations near a point, nearest first; pass the previous page's pageInfo.endCursor as `after` for the next ten. */
export const findLocationsNear = async (client: SiteApiClient, latitude: number, longitude: number, radiusKm = 50, after?: string | null) =>
  (await client.query(LocationsNearDocument, { latitude, longitude, radiusKm, after })).locationConnection;

export type ArticleCard = ArticlesQuery['articleConnection']['edges'][number]['node'];

/**
 * Every article, newest first, a page at a time. Cursors name a place in the order, so
 * an article published or unpublished while paging neither repeats nor shifts the rest.
 */
export const loadAllArticles = async (client: SiteApiClient, condition?: string, pageSize = 20): Promise<ArticleCard[]> => {
  const articles: ArticleCard[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ArticlesQuery['articleConnection'] = (await client.query(ArticlesDocument, { condition, first: pageSize, after })).articleConnection;
    articles.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return articles;
    after = page.pageInfo.endCursor;
  }
};

export const loadConditionPage = async (client: SiteApiClient, slug: string) => (await client.query(ConditionPageDocument, { slug })).condition;

export const loadServicePage = async (client: SiteApiClient, slug: string) => (await client.query(ServicePageDocument, { slug })).service;

export const loadTechniquePage = async (client: SiteApiClient, slug: string) => (await client.query(TechniquePageDocument, { slug })).technique;

export const loadArticlePage = async (client: SiteApiClient, slug: string) => (await client.query(ArticlePageDocument, { slug })).article;

export const loadCarePlan = async (client: SiteApiClient, condition: string, location: string) =>
  (await client.query(CarePlanDocument, { condition, location })).carePlan;

export const loadPractitionerPage = async (client: SiteApiClient, slug: string) =>
  (await client.query(PractitionerPageDocument, { slug })).practitioner;

/** What a price list on the location page shows: "Deep tissue massage — 60 min $95.00". */
export const priceList = (location: LocationPage) =>
  location.services.flatMap(({ service, variants }) => variants.map((v) => `${service.name} — ${v.minutes} min $${v.price.amount}`));

/** The bundle teaser: "Full Reset: $240.00 (you save $35.00)". */
export const bundleTeasers = (location: LocationPage) =>
  location.bundles.map((b) => `${b.name}: $${b.price.amount}${b.saving.cents > 0 ? ` (you save $${b.saving.amount})` : ''}`);

/** The index of locations, by name, a page at a time: pass the previous page's pageInfo.endCursor as `after`. */
export const loadLocationsIndex = async (client: SiteApiClient, after?: string | null, first = 10) =>
  (await client.query(LocationsIndexDocument, { first, after })).locationConnection;

export type SearchResults = SiteSearchQuery['searchConnection'];
export type SearchHit = SearchResults['edges'][number]['node'];

/** One page of search hits (best first) with the facet counts per kind; pass pageInfo.endCursor as `after` for the next. */
export const searchSite = async (
  client: SiteApiClient,
  query: string,
  options: { kinds?: SearchKind[]; location?: string; after?: string | null; first?: number } = {},
): Promise<SearchResults> =>
  (await client.query(SiteSearchDocument, { query, kinds: options.kinds?.length ? options.kinds : undefined, location: options.location, after: options.after, first: options.first ?? 10 }))
    .searchConnection;

/** What the preview token (the client's Clinic-Preview header) names: the kind of page and its slug. */
export const loadPreviewTarget = async (client: SiteApiClient) => (await client.query(PreviewTargetDocument, {})).previewTarget;
