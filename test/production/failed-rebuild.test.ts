/**
 * A rebuild that fails after a publish is not silent (issue 8, item 4), on an instance
 * of its own over a PostgreSQL cluster of the test's own: while the database refuses the
 * read model's page writes, the publish still answers 200, the site keeps serving the
 * last good pages, and /_ready and /metrics say the read model is behind; once the
 * writes are accepted again the retries (0.5, 1, 2, 4, 8 s, then every 10 s) publish the
 * change without waiting for the 30 s sweep.
 */
import knex, { type Knex } from 'knex';
import { startApp, type AppProcess } from '../helpers/app-process';
import { startOwnPostgres, type OwnPostgres } from '../helpers/own-services';
import { DEMO_ADMIN, PRICED_SERVICE as SERVICE, eventually, json, price60 } from '../helpers/demo-in-production';

const METRICS_TOKEN = 'metrics-token-for-this-test-only';


const metric = async (base: string, series: string) => {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : Number.NaN;
};

describe('a read-model rebuild that fails after a publish', () => {
  let pg: OwnPostgres | undefined;
  let app: AppProcess | undefined;
  let sql: Knex | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    app = await startApp({
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: pg.url,
      CLINIC_DEMO: 'true',
      ALLOW_DEMO_IN_PRODUCTION: 'true',
      METRICS_TOKEN,
      // Readiness turns 503 two seconds after a publish still waiting for its pages.
      CLINIC_READY_MAX_STALE_SECONDS: '2',
    });
    sql = knex({ client: 'pg', connection: pg.url, pool: { min: 0, max: 1 } });
  }, 240_000);

  afterAll(async () => {
    await sql?.destroy();
    app?.kill();
    pg?.destroy();
  });

  it('keeps the last good pages, says so in /_ready and /metrics, and publishes the change when writes are accepted again', async () => {
    const base = app!.base;
    const token = (await json(await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) }))).data.token;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const cm = `${base}/content-manager/collection-types/plugin::clinic.service`;
    const { documentId } = (await json(await fetch(`${cm}?filters[slug][$eq]=${SERVICE}`, { headers }))).results[0];
    const draft = (await json(await fetch(`${cm}/${documentId}`, { headers }))).data;
    const before = await price60(base);
    const raised = before + 9;

    // The database refuses every page the read model writes (its bookkeeping rows still go in), as a
    // full tablespace or a lock timeout would; the catalogue's own tables take the editor's writes.
    await sql!.raw(`CREATE FUNCTION refuse_page_writes() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'page writes refused by the test'; END $$ LANGUAGE plpgsql`);
    await sql!.raw(`CREATE TRIGGER refuse_page_writes BEFORE INSERT OR UPDATE ON clinic_site_pages FOR EACH ROW WHEN (NEW.kind <> 'meta') EXECUTE FUNCTION refuse_page_writes()`);

    const variants = draft.variants.map((v: { id: number; minutes: number; basePrice: number }) => ({ id: v.id, minutes: v.minutes, basePrice: v.minutes === 60 ? raised : v.basePrice }));
    expect((await fetch(`${cm}/${documentId}`, { method: 'PUT', headers, body: JSON.stringify({ variants }) })).status).toBe(200);
    expect((await fetch(`${cm}/${documentId}/actions/publish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);

    const behind = await eventually(
      async () => {
        const res = await fetch(`${base}/_ready`);
        return { status: res.status, body: await json(res) };
      },
      (r) => r.status === 503,
      20_000,
    );
    expect(behind.status).toBe(503);
    expect(behind.body.reasons).toEqual([expect.stringMatching(/^read model: a published change has waited \d+ s for its rebuild/)]);
    expect(await eventually(() => metric(base, 'clinic_read_model_failed_rebuilds'), (n) => n >= 1, 20_000)).toBeGreaterThanOrEqual(1);
    expect(await metric(base, 'clinic_read_model_stale_seconds')).toBeGreaterThan(0);
    expect(await price60(base)).toBe(before); // the last good page, not an error

    await sql!.raw('DROP TRIGGER refuse_page_writes ON clinic_site_pages');
    const refused = Date.now();
    // The retry schedule reaches 10 s between attempts; the sweep runs every 30 s.
    expect(await eventually(() => price60(base), (p) => p === raised, 25_000)).toBe(raised);
    // eslint-disable-next-line no-console -- the measured figure
    console.log(`[failed rebuild] the change was served ${Date.now() - refused} ms after the database accepted page writes again`);
    expect((await eventually(() => fetch(`${base}/_ready`).then((r) => r.status), (s) => s === 200, 10_000))).toBe(200);
    expect(await metric(base, 'clinic_read_model_failed_rebuilds')).toBe(0);
  }, 120_000);
});
