import type { Core } from '@strapi/strapi';
import { pageId } from '../read-model/page-id';
import { ABSENT, type PageTrace } from './cache/page-trace';
import { createSiteQueries, type PageReader, type SiteQueries } from './site-queries';
import { clockAt, type Clock } from './views/clock';
import { currentPreview } from './preview/preview-request';
import type { PreviewSession } from '../services/preview';

type SitePages = ReturnType<typeof import('../services/site-pages').default>;
type SiteSearchService = ReturnType<typeof import('../services/site-search').default>;

export interface SiteContext {
  site: SiteQueries;
  clock: Clock;
  siteUrl: string;
  /** Set on a preview request (Clinic-Preview header verified): its page is read from the draft. */
  preview: PreviewSession | null;
  /** The site search's in-process index (services/site-search.ts). */
  search: Pick<SiteSearchService, 'search'>;
}

/** A request's page reader: each page read is recorded in the request's trace with the version read. */
const tracedReader = (strapi: Core.Strapi, trace: PageTrace | undefined, preview: PreviewSession | null): PageReader => {
  const pages = strapi.plugin('clinic').service<SitePages>('site-pages');
  return async (kind, key) => {
    // The previewed page as its draft builds it; every other page as published.
    if (preview && kind === preview.pageKind && key === preview.slug) return preview.body as never;
    const found = await pages.read(kind, key);
    trace?.record(pageId(kind, key), found?.buildId ?? ABSENT);
    return found?.body ?? null;
  };
};

export const createContext = (strapi: Core.Strapi) => (trace?: PageTrace, preview: PreviewSession | null = currentPreview()): SiteContext => ({
  site: createSiteQueries(tracedReader(strapi, trace, preview)),
  preview,
  clock: clockAt(strapi.plugin('clinic').service('clock').now(), strapi.plugin('clinic').service('licences').expiringWindowDays()),
  siteUrl: strapi.plugin('clinic').config<string>('siteUrl') ?? 'https://www.example.com',
  search: strapi.plugin('clinic').service<SiteSearchService>('site-search'),
});
