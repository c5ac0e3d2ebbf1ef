/**
 * A rolling restart sends SIGTERM to whatever `npm start` leaves as the top
 * process. Under 20 connections of load, no request in flight may be cut: the
 * instance stops accepting, answers what it has, and exits 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, type AppProcess } from '../helpers/app-process';

// A shadow-CRUD read of the demo chain: 20 connections keep requests in flight when the signal comes.
const QUERY = `{ clinicLocations { name slug } clinicServices { name slug } }`;

describe('graceful shutdown (npm start, SIGTERM under load)', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-shutdown-'));
  let app: AppProcess | undefined;
  afterAll(() => {
    app?.kill();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('answers every request in flight, refuses new connections and exits 0', async () => {
    app = await startApp({
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(scratch, 'app.db'),
      ALLOW_SQLITE_IN_PRODUCTION: 'true',
      CLINIC_DEMO: 'true',
      ALLOW_DEMO_IN_PRODUCTION: 'true',
      CLINIC_SHUTDOWN_GRACE_MS: '20000',
    });
    const { base } = app;
    const results = { ok: 0, refused: 0, resetBeforeAccept: 0, cut: [] as string[] };
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
          // A connection the kernel had queued but the app had not accepted yet when the
          // listener closed is reset by Linux (more of them on a loaded machine). The app
          // never held it: it resets no connection it accepted before "drained" (asserted
          // below), so this is a refusal, not a request cut.
          if (signalled && code === 'ECONNRESET') {
            results.resetBeforeAccept++;
            return;
          }
          results.cut.push(code);
          if (signalled) return;
        }
      }
    };
    const workers = Array.from({ length: 20 }, worker);
    await new Promise((r) => setTimeout(r, 3000));
    const okBeforeSignal = results.ok;
    signalled = true;
    app.child.kill('SIGTERM'); // npm itself: the top process `npm start` leaves
    await Promise.all(workers);
    const code = await app.exited;

    // eslint-disable-next-line no-console -- the app's own log, only when the test is about to fail
    if (results.cut.length > 0 || code !== 0) console.log(app.output().slice(-4000));
    expect(okBeforeSignal).toBeGreaterThan(0);
    expect(results.cut).toEqual([]);
    expect(results.refused + results.resetBeforeAccept).toBe(20);
    // Every accepted connection closed on its own with every request answered (no "grace period over: … cut").
    expect(app.output()).not.toMatch(/grace period over/);
    expect(code).toBe(0);
    expect(app.output()).toMatch(/\[shutdown\] SIGTERM/);
    expect(app.output()).toMatch(/\[shutdown\] drained in \d+ ms/);
    // Nothing of the app answers any more.
    await expect(fetch(`${base}/_health`)).rejects.toThrow();
  }, 240_000);
});
