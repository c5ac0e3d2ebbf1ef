/**
 * The example site's HTTP server (node:http + react-dom/server; see README, "Example
 * location site", for why not Next.js). Per request: match a route, give it a typed
 * client that records the API's answers, render the page, derive the cache headers from
 * those answers. NOT_FOUND from the API is the 404 page, BAD_USER_INPUT (a broken
 * cursor) the 400 page, anything else the 500 page with a reference id, logged here.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createSiteApiClient, SiteApiRequestError, type SiteApiResponseInfo } from '../client';
import { NO_STORE, pageCacheHeaders } from './cache-policy';
import { renderDocument } from './document';
import { badRequestPage, notFoundPage, serverErrorPage } from './error-pages';
import { matchRoute, type Page, type Route, type SiteSettings } from './route';

export interface SiteServerOptions {
  /** The site API, e.g. http://localhost:1337/site/graphql. */
  apiUrl: string;
  routes: readonly Route[];
  settings?: Partial<SiteSettings>;
  fetchImpl?: typeof fetch;
  /** Where unexpected errors go (default: stderr). */
  logError?: (message: string, error: unknown) => void;
}

const FAVICON = path.resolve(__dirname, '..', '..', '..', '..', 'favicon.ico');
const SHORT = 'public, max-age=60';

const send = (res: http.ServerResponse, status: number, page: Page, headers: Record<string, string>) => {
  const html = renderDocument(page);
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(html);
};

const codeOf = (error: unknown) => (error instanceof SiteApiRequestError ? error.errors.map((e) => e.extensions?.code) : []);

export function createSiteServer({ apiUrl, routes, settings: given, fetchImpl = fetch, logError }: SiteServerOptions): http.Server {
  const settings: SiteSettings = { locationsPerPage: 10, ...given };
  const log = logError ?? ((message: string, error: unknown) => process.stderr.write(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Cache-Control': NO_STORE }).end();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(200, { 'Content-Type': 'image/x-icon', 'Cache-Control': 'public, max-age=86400' }).end(await fs.promises.readFile(FAVICON));
      return;
    }
    const match = matchRoute(routes, url.pathname);
    if (!match) {
      send(res, 404, notFoundPage(), { 'Cache-Control': SHORT });
      return;
    }
    const { route, params } = match;
    const answers: SiteApiResponseInfo[] = [];
    const api = createSiteApiClient(apiUrl, fetchImpl, { headers: route.apiHeaders?.(url), onResponse: (info) => answers.push(info) });
    const cacheOf = () =>
      pageCacheHeaders(
        answers.map((a) => ({ cacheControl: a.headers.get('cache-control'), surrogateKey: a.headers.get('surrogate-key') })),
        route.cache,
      );
    try {
      const page = await route.render({ url, params, api, settings });
      const status = page.status ?? 200;
      send(res, status, page, status === 200 ? cacheOf() : { 'Cache-Control': NO_STORE });
    } catch (error) {
      const codes = codeOf(error);
      if (codes.includes('NOT_FOUND')) send(res, 404, notFoundPage(), route.cache === 'no-store' ? { 'Cache-Control': NO_STORE } : { 'Cache-Control': SHORT });
      else if (codes.includes('BAD_USER_INPUT')) send(res, 400, badRequestPage(), { 'Cache-Control': NO_STORE });
      else {
        const errorId = randomUUID();
        log(`[site] ${req.method} ${url.pathname} failed (error id ${errorId})`, error);
        send(res, 500, serverErrorPage(errorId), { 'Cache-Control': NO_STORE });
      }
    }
  };

  return http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log('[site] response failed', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE });
      res.end('Internal Server Error');
    });
  });
}
