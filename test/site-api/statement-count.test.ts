import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ScaleOptions } from '../../database/seed/scale';
import { today } from '../helpers/clock';

const root = path.resolve(__dirname, '..', '..');
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const LOCATION_PAGE = fs.readFileSync(path.join(root, 'examples/site/src/operations/location-page.graphql'), 'utf8');
// The smaller set, and the one that makes the catalogue ten times as large.
const SMALL = { locations: 3, practitioners: 20, services: 4, bundles: 2 };
const times = (n: number) => ({ locations: SMALL.locations * n, practitioners: SMALL.practitioners * n, services: SMALL.services * n, bundles: SMALL.bundles * n });

/**
 * Issue 3: the location page must not issue more SQL statements as the catalogue
 * grows (no N+1). A second app of its own is booted here on a scratch database (the
 * suite's app keeps the demo chain), filled with the scale data set, then with a set
 * nine times as large; the x-sql-statements header counts each request's statements.
 */
describe('the location page query as the data set grows tenfold', () => {
  let app: any;
  let baseUrl = '';
  const scratch: { dropDatabase?: () => Promise<void>; file?: string } = {};
  const saved: Record<string, string | undefined> = {};
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (!(key in saved)) saved[key] = process.env[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };

  const load = async (options: Omit<ScaleOptions, 'today'>) => {
    // The compiled seeders, as the booted app runs compiled code.
    const { scaleDataSet }: typeof import('../../database/seed/scale') = await import(path.join(root, 'dist/database/seed/scale'));
    const { importDataSet }: typeof import('../../database/seed/import-data-set') = await import(path.join(root, 'dist/database/seed/import-data-set'));
    const data = scaleDataSet({ today: today(), ...options });
    await importDataSet(app, data, { today: today() });
    await app.plugin('clinic').service('site-pages').rebuildNow();
    return data;
  };

  const locationPage = async (slug: string) => {
    const res = await fetch(`${baseUrl}/site/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOCATION_PAGE, variables: { slug } }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return { statements: Number(res.headers.get('x-sql-statements')), location: body.data.location };
  };

  beforeAll(async () => {
    if (onPostgres) {
      const { createScratchDatabase, dropScratchDatabase } = await import(path.join(root, 'scripts/postgres'));
      const url = new URL(process.env.DATABASE_URL!);
      const pg = { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username) || 'postgres' };
      const name = await createScratchDatabase(pg);
      scratch.dropDatabase = () => dropScratchDatabase(pg, name);
      url.pathname = `/${name}`;
      setEnv({ DATABASE_URL: url.toString() });
    } else {
      scratch.file = path.join('.tmp', `statement-count-${process.pid}.db`);
      setEnv({ DATABASE_FILENAME: scratch.file });
    }
    // Every request must run its queries: no response cache, no Redis shared with the suite's app.
    setEnv({ CLINIC_SQL_STATS: 'true', SITE_API_RESPONSE_CACHE: 'false', REDIS_URL: undefined });
    const { createStrapi } = await import('@strapi/strapi');
    app = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
    app.log.level = 'error';
    await app.load();
    app.server.mount();
    await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(app.server.httpServer.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    if (app) {
      await app.plugin('clinic').service('site-pages').whenIdle();
      await app.destroy();
    }
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await scratch.dropDatabase?.();
    if (scratch.file) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(root, scratch.file + suffix), { force: true });
  }, 60_000);

  // The page is read from the read model: one SELECT of the prebuilt page, whatever the catalogue's size.
  it('issues one SQL statement for a page of the small set and of the tenfold set', async () => {
    const small = await load({ ...SMALL, prefix: 'a-', seed: 1 });
    const slug = small.locations.find((l) => l.status === 'open')!.slug;
    const before = await locationPage(slug);
    expect(before.location.slug).toBe(slug);
    expect(before.location.practitionerConnection.totalCount).toBeGreaterThan(0);

    const grown = await load({ ...times(9), prefix: 'b-', seed: 2 });
    expect(grown.practitioners.length + small.practitioners.length).toBe(10 * small.practitioners.length);
    const after = await locationPage(slug);
    const newSlug = grown.locations.find((l) => l.status === 'open')!.slug;
    const newPage = await locationPage(newSlug);
    expect(newPage.location.services.length).toBeGreaterThan(before.location.services.length);

    expect(before.statements).toBe(1);
    expect(after.statements).toBe(1);
    expect(newPage.statements).toBe(1);
  }, 180_000);
});
