/**
 * What a page of the site is: a path pattern and a function from the request to the
 * page. Each page is one module in routes/ listed in routes/index.ts, so a new page
 * (search and preview are two) is one file and one line there; the server does the rest (the typed
 * client, cache headers from the API's answers, the HTML shell, 404/500).
 */
import type { ReactElement, ReactNode } from 'react';
import type { SiteApiClient } from '../client';
import type { CacheMode } from './cache-policy';

export interface RouteContext {
  url: URL;
  /** The `:name` segments of the route's path, decoded. */
  params: Record<string, string>;
  /** The typed client for this request: every answer it gets feeds the page's cache headers. */
  api: SiteApiClient;
  settings: SiteSettings;
}

/** The site's own settings (main.ts reads them from the environment). */
export interface SiteSettings {
  /** Locations per page of the index (SITE_LOCATIONS_PER_PAGE, default 10). */
  locationsPerPage: number;
}

export interface Page {
  title: string;
  description?: string;
  /** schema.org JSON-LD for <head>, as the API gave it (the `jsonLd` field). */
  jsonLd?: unknown;
  /** Shown above the page, e.g. a preview route's "you are looking at a draft". */
  banner?: ReactNode;
  body: ReactElement;
  /**
   * The HTTP status (default 200). A page that answers a refusal itself (search's 400
   * with the form, preview's 401) sets it; any status but 200 is never cached.
   */
  status?: number;
}

export interface Route {
  /** Path pattern: literal segments and `:name` segments, e.g. `/locations/:slug`. */
  path: string;
  /**
   * Headers for every API call this request makes (a preview route passes its token:
   * `Clinic-Preview`). Absent: none.
   */
  apiHeaders?: (url: URL) => Record<string, string>;
  /** `from-api` (default): the page's headers come from the API's answers; `no-store`: never cached (preview). */
  cache?: CacheMode;
  render(ctx: RouteContext): Promise<Page>;
}

/** The route whose path matches, with its params; undefined when none does. */
export function matchRoute(routes: readonly Route[], pathname: string): { route: Route; params: Record<string, string> } | undefined {
  const segments = pathname.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < pattern.length && ok; i++) {
      if (pattern[i].startsWith(':')) {
        let value: string;
        try {
          value = decodeURIComponent(segments[i]);
        } catch {
          ok = false;
          break;
        }
        params[pattern[i].slice(1)] = value;
      } else ok = pattern[i] === segments[i];
    }
    if (ok) return { route, params };
  }
  return undefined;
}
