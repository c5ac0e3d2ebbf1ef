import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const root = path.resolve(__dirname, '..', '..');

/**
 * A second app of the test's own, on a scratch database (a PostgreSQL database
 * created for it, or a SQLite file), listening on an ephemeral port; the suite's
 * app keeps the demo chain untouched. `stop()` destroys it and drops the database.
 */
export const startScratchApp = async (name: string) => {
  const saved: Record<string, string | undefined> = {};
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (!(key in saved)) saved[key] = process.env[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  let dropDatabase: (() => Promise<void>) | null = null;
  let file: string | null = null;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { createScratchDatabase, dropScratchDatabase } = await import(path.join(root, 'scripts/postgres'));
    const url = new URL(process.env.DATABASE_URL!);
    const pg = { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username) || 'postgres' };
    const db: string = await createScratchDatabase(pg);
    dropDatabase = () => dropScratchDatabase(pg, db);
    url.pathname = `/${db}`;
    setEnv({ DATABASE_URL: url.toString() });
  } else {
    file = path.join('.tmp', `${name}-${process.pid}.db`);
    setEnv({ DATABASE_FILENAME: file });
  }
  setEnv({ SITE_API_RESPONSE_CACHE: 'false', REDIS_URL: undefined });
  const { createStrapi } = await import('@strapi/strapi');
  const app: any = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
  app.log.level = 'error';
  await app.load();
  app.server.mount();
  await new Promise<void>((resolve) => app.server.httpServer.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(app.server.httpServer.address() as AddressInfo).port}`;

  const stop = async () => {
    await app.plugin('clinic').service('site-pages').whenIdle();
    await app.destroy();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await dropDatabase?.();
    if (file) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(root, file + suffix), { force: true });
  };
  return { app, baseUrl, stop };
};
