/**
 * A rolling restart sends SIGTERM to whatever `npm start` leaves as the top
 * process. Under 20 connections of load, no request in flight may be cut: the
 * instance stops accepting, answers what it has, and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const secret = () => crypto.randomBytes(24).toString('base64');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

const waitFor = async (url: string, child: ChildProcess, timeoutMs: number) => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before answering`);
    try {
      if ((await fetch(url)).status === 204) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} in ${timeoutMs} ms`);
};

// A shadow-CRUD read of the demo chain: 20 connections keep requests in flight when the signal comes.
const QUERY = `{ clinicLocations { name slug } clinicServices { name slug } }`;

describe('graceful shutdown (npm start, SIGTERM under load)', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-shutdown-'));
  let app: ChildProcess;
  let output = '';
  afterAll(() => {
    // npm's child too: the whole process group.
    if (app?.pid && app.exitCode === null) process.kill(-app.pid, 'SIGKILL');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('answers every request in flight, refuses new connections and exits 0', async () => {
    const port = await freePort();
    app = spawn('npm', ['start', '--silent'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        APP_KEYS: [secret(), secret()].join(','),
        API_TOKEN_SALT: secret(),
        ADMIN_JWT_SECRET: secret(),
        TRANSFER_TOKEN_SALT: secret(),
        ENCRYPTION_KEY: secret(),
        JWT_SECRET: secret(),
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(scratch, 'app.db'),
        ALLOW_SQLITE_IN_PRODUCTION: 'true',
        CLINIC_DEMO: 'true',
        ALLOW_DEMO_IN_PRODUCTION: 'true',
        CLINIC_LICENCE_JOB_CRON: 'off',
        CLINIC_SHUTDOWN_GRACE_MS: '20000',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    app.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    app.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/_health`, app, 150_000);

    const results = { ok: 0, refused: 0, cut: [] as string[] };
    let signalled = false;
    const worker = async () => {
      // Stops on the first refused connection after the signal: the instance is gone for this client.
      for (;;) {
        try {
          const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
          const body = (await res.json()) as { data?: unknown };
          if (res.status === 200 && body.data) results.ok++;
          else results.cut.push(`HTTP ${res.status}`);
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
          if (signalled && code === 'ECONNREFUSED') {
            results.refused++;
            return;
          }
          results.cut.push(code);
          if (signalled) return;
        }
      }
    };
    const exited = new Promise<number | null>((resolve) => app.on('exit', (code) => resolve(code)));
    const workers = Array.from({ length: 20 }, worker);
    await new Promise((r) => setTimeout(r, 3000));
    const okBeforeSignal = results.ok;
    signalled = true;
    app.kill('SIGTERM'); // npm itself: the top process `npm start` leaves
    await Promise.all(workers);
    const code = await exited;

    if (results.cut.length > 0 || code !== 0) console.log(output.slice(-4000));
    expect(okBeforeSignal).toBeGreaterThan(0);
    expect(results.cut).toEqual([]);
    expect(results.refused).toBe(20);
    expect(code).toBe(0);
    expect(output).toMatch(/\[shutdown\] SIGTERM/);
    expect(output).toMatch(/\[shutdown\] drained in \d+ ms/);
    // Nothing of the app answers any more.
    await expect(fetch(`${base}/_health`)).rejects.toThrow();
  }, 240_000);
});
