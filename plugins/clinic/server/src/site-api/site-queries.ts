/**
 * The site API's queries, one set per request: read pages of the read model (one
 * SELECT each, through the request's page reader, which records what it read) and
 * shape them with the views. The clock is read once per request by the caller.
 */
import { distanceKm } from '../domain';
import { GENERAL_PLAN_KEY, INDEX_KEY, type PageBodies, type PageKind } from '../read-model/page.types';
import { notFound, unknownArgument } from './errors';
import { connection, CursorMismatchError, mapNodes, sortedBy, type ConnectionArgs, type Order } from './paging/connection';
import { articlesNewestFirst, locationsByDistance, locationsByName, practitionersByName } from './paging/orders';
import type { Clock } from './views/clock';
import { carePlanView } from './views/care-plan.view';
import { bundlesOnSale, bundleView, locationPageAt, locationSummaryView, locationView, practitionersHere, serviceEntryView, type PractitionerFilter } from './views/location.view';
import { practitionerView } from './views/practitioner.view';
import { serviceView } from './views/service.view';
import { paginate, type Page } from './views/shapes';

/** Reads one page of the read model (null when there is none). */
export type PageReader = <K extends PageKind>(kind: K, key: string) => Promise<PageBodies[K] | null>;

export interface LocationFilter {
  state?: string | null;
  region?: string | null;
  service?: string | null;
  modality?: string | null;
  openNow?: boolean | null;
  near?: { latitude: number; longitude: number; radiusKm: number } | null;
}

/** A connection of the list; a cursor of another list or order is BAD_USER_INPUT naming `after`. */
const connectionOf = <T>(items: readonly T[], order: Order<T>, args: ConnectionArgs) => {
  try {
    return connection(items, order, args);
  } catch (error) {
    if (error instanceof CursorMismatchError) throw unknownArgument('after', error.message);
    throw error;
  }
};

export const createSiteQueries = (page: PageReader) => {
  const required = async <K extends PageKind>(kind: K, what: string, slug: string): Promise<PageBodies[K]> => {
    const body = await page(kind, slug);
    if (!body) throw notFound(what, slug);
    return body;
  };
  const index = async <K extends PageKind>(kind: K) => ((await page(kind, INDEX_KEY)) ?? []) as PageBodies[K];

  /** The matching locations in list order (by name, or nearest first), shaped, each with its exact distance for cursors. */
  const locationRows = async (filter: LocationFilter, clock: Clock) => {
    const all = await index('location-index');
    let rows = all
      .filter((l) => !filter.state || l.address.state === filter.state)
      .filter((l) => !filter.region || l.region === filter.region)
      .filter((l) => !filter.service || l.services.includes(filter.service))
      .filter((l) => !filter.modality || l.modalities.includes(filter.modality))
      .map((l) => ({ l, slug: l.slug, name: l.name, distance: filter.near && l.geo ? distanceKm(filter.near, l.geo) : null }));
    if (filter.near) rows = rows.filter((r) => r.distance !== null && r.distance <= filter.near!.radiusKm);
    // The connection's order (ties by slug), so offset pages and cursor pages list alike.
    const shaped = sortedBy(rows, filter.near ? locationsByDistance : locationsByName).map((r) => ({ ...r, view: locationSummaryView(r.l, clock, r.distance === null ? null : Math.round(r.distance * 10) / 10) }));
    return filter.openNow !== null && filter.openNow !== undefined ? shaped.filter((r) => r.view.openNow === filter.openNow) : shaped;
  };

  return {
    async location(slug: string, clock: Clock) {
      return locationView(locationPageAt(await required('location', 'location', slug), clock), clock);
    },

    async locations(filter: LocationFilter, pageArgs: Page, clock: Clock) {
      return paginate((await locationRows(filter, clock)).map((r) => r.view), pageArgs);
    },

    async locationConnection(filter: LocationFilter, args: ConnectionArgs, clock: Clock) {
      const rows = await locationRows(filter, clock);
      return mapNodes(connectionOf(rows, filter.near ? locationsByDistance : locationsByName, args), (r) => r.view);
    },

    /** Techniques linked to a condition, for the practitioner filter "condition"; null if there is no such condition. */
    async conditionTechniques(slug: string) {
      const condition = await page('condition', slug);
      return condition ? new Set(condition.techniques.map((t) => t.technique.slug)) : null;
    },

    practitionersAt(location: PageBodies['location'], filter: PractitionerFilter, pageArgs: Page, clock: Clock) {
      return paginate(sortedBy(practitionersHere(location, clock, filter), practitionersByName), pageArgs);
    },

    practitionerConnectionAt(location: PageBodies['location'], filter: PractitionerFilter, args: ConnectionArgs, clock: Clock) {
      return connectionOf(practitionersHere(location, clock, filter), practitionersByName, args);
    },

    servicesAt(location: PageBodies['location'], modality: string | null | undefined) {
      return location.services.filter((s) => !modality || s.service.modality.slug === modality).map(serviceEntryView);
    },

    bundlesAt(location: PageBodies['location'], clock: Clock) {
      return bundlesOnSale(location, clock).map(bundleView);
    },

    async condition(slug: string) {
      return required('condition', 'condition', slug);
    },

    async conditions(filter: { category?: string | null }, pageArgs: Page) {
      const all = await index('condition-index');
      return paginate(all.filter((c) => !filter.category || c.category === filter.category), pageArgs);
    },

    async technique(slug: string) {
      const t = await required('technique', 'technique', slug);
      return { ...t, modality: t.modalityRef };
    },

    async techniques(pageArgs: Page) {
      const all = await index('technique-index');
      return paginate(all.map((t) => ({ ...t, modality: t.modalityRef })), pageArgs);
    },

    async service(slug: string, clock: Clock) {
      return serviceView(await required('service', 'service', slug), clock);
    },

    async practitioner(slug: string, clock: Clock) {
      return practitionerView(await required('practitioner', 'practitioner', slug), clock);
    },

    async article(slug: string) {
      return required('article', 'article', slug);
    },

    async articles(filter: { condition?: string | null }, pageArgs: Page) {
      const all = await index('article-index');
      return paginate(all.filter((a) => !filter.condition || a.conditions.includes(filter.condition)), pageArgs);
    },

    async articleConnection(filter: { condition?: string | null }, args: ConnectionArgs) {
      const all = await index('article-index');
      return connectionOf(all.filter((a) => !filter.condition || a.conditions.includes(filter.condition)), articlesNewestFirst, args);
    },

    async carePlan(conditionSlug: string, locationSlug: string, clock: Clock) {
      const [condition, location] = await Promise.all([
        required('condition', 'condition', conditionSlug),
        required('location', 'location', locationSlug),
      ]);
      const plan = (await page('care-plan', conditionSlug)) ?? (await page('care-plan', GENERAL_PLAN_KEY));
      return carePlanView(condition, locationPageAt(location, clock), plan, clock);
    },
  };
};

export type SiteQueries = ReturnType<typeof createSiteQueries>;
