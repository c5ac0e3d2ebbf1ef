/**
 * What the app shows a stranger in production (NODE_ENV=production, `npm start`):
 * neither GraphQL endpoint describes its schema (introspection, "Did you mean"
 * suggestions, landing page), browsers on other origins get no CORS grant from any
 * endpoint, location sites listed in CORS_SITE_ORIGINS do (without credentials), and
 * no header names the server. The same requests in development are answered (the
 * integration suite's own app, NODE_ENV=test), so each check here can fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type AppProcess } from '../helpers/app-process';
import { baseUrl } from '../helpers/http';

const SITE = 'https://buckhead.example';
const EVIL = 'https://evil.example';
const ENDPOINTS = ['/site/graphql', '/graphql'] as const;

const post = (base: string, endpoint: string, query: string, origin?: string) =>
  fetch(`${base}${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query }),
  });

const errorsOf = async (res: Response) => ((await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? [];

// A misspelt field of each schema: graphql-js suggests the right one ("Did you mean …").
const TYPO = { '/site/graphql': '{ locations { itemz { slug } } }', '/graphql': '{ clinicLocations { slugg } }' } as const;
const INTROSPECTION = ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }'];

describe('the production surface (npm start, NODE_ENV=production)', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-surface-'));
  let app: AppProcess | undefined;
  const base = () => app!.base;

  beforeAll(async () => {
    app = await startApp({
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(scratch, 'app.db'),
      ALLOW_SQLITE_IN_PRODUCTION: 'true',
      CORS_SITE_ORIGINS: SITE,
    });
  }, 180_000);

  afterAll(() => {
    app?.kill();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it.each(ENDPOINTS)('%s refuses introspection', async (endpoint) => {
    for (const query of INTROSPECTION) {
      const res = await post(base(), endpoint, query);
      expect(res.status).toBe(400);
      const errors = await errorsOf(res);
      expect(errors[0]?.message).toMatch(/introspection is not allowed/i);
      expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it.each(ENDPOINTS)('%s still answers __typename (it names no schema)', async (endpoint) => {
    const res = await post(base(), endpoint, '{ __typename }');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each(ENDPOINTS)('%s gives no "Did you mean" suggestions', async (endpoint) => {
    const errors = await errorsOf(await post(base(), endpoint, TYPO[endpoint]));
    expect(errors.length).toBeGreaterThan(0);
    for (const { message } of errors) expect(message).not.toMatch(/did you mean/i);
  });

  it.each(ENDPOINTS)('%s serves no landing page to a browser', async (endpoint) => {
    const res = await fetch(`${base()}${endpoint}`, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|landing|sandbox/i);
  });

  it.each(ENDPOINTS)('%s grants no CORS to a foreign origin, and the listed site origin without credentials', async (endpoint) => {
    const foreign = await post(base(), endpoint, '{ __typename }', EVIL);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base()}${endpoint}`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

    const site = await post(base(), endpoint, '{ __typename }', SITE);
    expect(site.headers.get('access-control-allow-origin')).toBe(SITE);
    expect(site.headers.get('access-control-allow-credentials')).toBeNull();
    expect(site.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the same requests outside production (the suite app, NODE_ENV=test)', () => {
  it.each(ENDPOINTS)('%s answers introspection and suggests fields', async (endpoint) => {
    const res = await post(baseUrl(), endpoint, INTROSPECTION[0]);
    expect(res.status).toBe(200);
    const typo = await errorsOf(await post(baseUrl(), endpoint, TYPO[endpoint]));
    expect(typo.map((e) => e.message).join('\n')).toMatch(/did you mean/i);
  });
});
