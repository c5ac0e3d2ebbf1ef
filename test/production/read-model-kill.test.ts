/**
 * Issue 9 item 8: two instances on one PostgreSQL (a cluster of the test's own) apply
 * every change of the read model's log once and in order, also when a third process
 * holding the rebuild lease is killed in the middle of its work. The repair command
 * (`npm run read-model:rebuild`) is the victim: it holds the lease for a whole full
 * rebuild, spread here over ~12 s by a pause between slices (the two publishes must fit in it). While it holds the
 * lease, two prices are published through A; it is then killed with SIGKILL. Once its
 * lease expires (6 s here), A or B applies the two changes, each exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { startApp, type AppProcess } from '../helpers/app-process';
import { startOwnPostgres, type OwnPostgres } from '../helpers/own-services';
import { PRICED_SERVICE as SERVICE, eventually, json, login, price60 } from '../helpers/demo-in-production';
import { generatedSecrets } from '../../scripts/lib/secrets';

const root = path.resolve(__dirname, '..', '..');
const LEASE = { CLINIC_READ_MODEL_LEASE_MS: '6000' };

interface Report {
  mode: string;
  changes: { from: number; to: number; count: number };
  finishedAt: string;
}


describe('the read model under two instances and a killed rebuild', () => {
  let pg: OwnPostgres | undefined;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;
  let repair: ChildProcess | undefined;
  let sql: Knex | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    const shared = { DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, ...LEASE };
    a = await startApp({ ...shared, CLINIC_DEMO: 'true', ALLOW_DEMO_IN_PRODUCTION: 'true' });
    b = await startApp(shared);
    sql = knex({ client: 'pg', connection: pg.url, pool: { min: 0, max: 2 } });
  }, 240_000);

  afterAll(async () => {
    if (repair?.exitCode === null) repair.kill('SIGKILL');
    await sql?.destroy();
    a?.kill();
    b?.kill();
    pg?.destroy();
  });

  const lease = async () => (await sql!('clinic_read_model_lease').select('owner', 'applied_id').first()) as { owner: string | null; applied_id: string };
  const pendingIds = async () => (await sql!('clinic_read_model_changes').select('id').orderBy('id')).map((r: { id: number }) => Number(r.id));

  it('a change published while the lease holder is killed mid-rebuild is applied once, by another instance', async () => {
    // Nothing pending to begin with.
    expect(await eventually(pendingIds, (ids) => ids.length === 0)).toEqual([]);

    let output = '';
    repair = spawn('node', ['scripts/read-model-rebuild.js'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', ...generatedSecrets(), DATABASE_CLIENT: 'postgres', DATABASE_URL: pg!.url, REDIS_URL: '', ...LEASE, CLINIC_READ_MODEL_SLICE_PAUSE_MS: '2900' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    repair.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    repair.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const marker = `:${repair.pid}:`;
    // Held twice 300 ms apart: its full rebuild, not the moment its boot looks at the log.
    const holdsIt = async () => (await lease()).owner?.includes(marker) === true && (await new Promise((r) => setTimeout(r, 300))) === undefined && (await lease()).owner?.includes(marker) === true;
    const holding = await eventually(holdsIt, (held) => held, 120_000);
    expect({ holding, output: holding ? '' : output.slice(-2000) }).toEqual({ holding: true, output: '' });

    // Two prices published through A while the repair command holds the lease.
    const token = await login(a!.base);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const cm = `${a!.base}/content-manager/collection-types/plugin::clinic.service`;
    const { documentId } = (await json(await fetch(`${cm}?filters[slug][$eq]=${SERVICE}`, { headers }))).results[0];
    const before = await price60(b!.base);
    for (const step of [1, 2]) {
      const draft = (await json(await fetch(`${cm}/${documentId}`, { headers }))).data;
      const variants = draft.variants.map((v: { id: number; minutes: number; basePrice: number }) => ({ id: v.id, minutes: v.minutes, basePrice: v.minutes === 60 ? before + step : v.basePrice }));
      expect((await fetch(`${cm}/${documentId}`, { method: 'PUT', headers, body: JSON.stringify({ variants }) })).status).toBe(200);
      expect((await fetch(`${cm}/${documentId}/actions/publish`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    }
    const published = await pendingIds();
    expect(published.length).toBeGreaterThanOrEqual(2);

    // Killed in the middle of its rebuild: it still holds the lease, nothing of the two is applied.
    expect((await lease()).owner).toContain(marker);
    repair.kill('SIGKILL');
    await new Promise((resolve) => repair!.once('exit', resolve));
    expect(output).not.toMatch(/read model rebuilt/);

    // Within the lease (6 s) and a retry, another instance applies both, and the site shows the last price.
    expect(await eventually(() => price60(b!.base), (p) => p === before + 2, 20_000)).toBe(before + 2);
    expect(await eventually(pendingIds, (ids) => ids.length === 0, 20_000)).toEqual([]);
    expect(Number((await lease()).applied_id)).toBeGreaterThanOrEqual(published[published.length - 1]);

    // Each change in exactly one rebuild report, of A or of B, in id order.
    const reports: Report[] = [];
    for (const app of [a!, b!]) {
      const res = await fetch(`${app.base}/clinic/read-model/rebuilds`, { headers: { authorization: `Bearer ${await login(app.base)}` } });
      reports.push(...((await json(res)).data.reports as Report[]));
    }
    const applying = reports
      .filter((r) => r.changes.count > 0 && r.changes.to >= published[0] && r.changes.from <= published[published.length - 1])
      .sort((x, y) => x.changes.from - y.changes.from);
    expect(applying.reduce((n, r) => n + r.changes.count, 0)).toBe(published.length);
    for (let i = 1; i < applying.length; i++) expect(applying[i].changes.from).toBeGreaterThan(applying[i - 1].changes.to);
    expect({ from: applying[0].changes.from, to: applying[applying.length - 1].changes.to }).toEqual({ from: published[0], to: published[published.length - 1] });
  }, 240_000);
});
