/**
 * The data a location site needs for its pages, through the typed client. Each
 * function's return type comes from the generated documents: a schema change that
 * breaks a page breaks `npm test` (the consumer is type-checked there).
 */
import type { SiteApiClient } from './client';
import {
  CarePlanDocument,
  ConditionPageDocument,
  LocationPageDocument,
  LocationsNearDocument,
  PractitionerPageDocument,
  type LocationPageQuery,
  type PractitionerFilter,
} from './__generated__/graphql';

export type LocationPage = LocationPageQuery['location'];

export const loadLocationPage = async (client: SiteApiClient, slug: string, practitioners?: PractitionerFilter) =>
  (await client.query(LocationPageDocument, { slug, practitioners })).location;

export const findLocationsNear = async (client: SiteApiClient, latitude: number, longitude: number, radiusKm = 50) =>
  (await client.query(LocationsNearDocument, { latitude, longitude, radiusKm })).locations;

export const loadConditionPage = async (client: SiteApiClient, slug: string) => (await client.query(ConditionPageDocument, { slug })).condition;

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
