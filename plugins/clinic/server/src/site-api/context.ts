import type { Core } from '@strapi/strapi';
import { pageId } from '../read-model/page-id';
import { ABSENT, type PageTrace } from './cache/page-trace';
import { createSiteQueries, type PageReader, type SiteQueries } from './site-queries';
import { clockAt, type Clock } from './views/clock';

type SitePages = ReturnType<typeof import('../services/site-pages').default>;
type SiteSearchService = ReturnType<typeof import('../services/site-search').default>;

export interface SiteContext {
  site: SiteQueries;
  clock: Clock;
  siteUrl: string;
  /** The site search's in-process index (services/site-search.ts). */
  search: Pick<SiteSearchService, 'search'>;
}

/** A request's page reader: each page read is recorded in the request's trace with the version read. */
const tracedReader = (strapi: Core.Strapi, trace: PageTrace | undefined): PageReader => {
  const pages = strapi.plugin('clinic').service<SitePages>('site-pages');
  return async (kind, key) => {
    const found = await pages.read(kind, key);
    trace?.record(pageId(kind, key), found?.buildId ?? ABSENT);
    return found?.body ?? null;
  };
};

export const createContext = (strapi: Core.Strapi) => (trace?: PageTrace): SiteContext => ({
  site: createSiteQueries(tracedReader(strapi, trace)),
  clock: clockAt(strapi.plugin('clinic').service('clock').now(), strapi.plugin('clinic').service('licences').expiringWindowDays()),
  siteUrl: strapi.plugin('clinic').config<string>('siteUrl') ?? 'https://www.example.com',
  search: strapi.plugin('clinic').service<SiteSearchService>('site-search'),
});
