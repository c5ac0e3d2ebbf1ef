/**
 * `npm start` in production refuses to start on missing, short or well-known
 * secrets, on demo mode and on SQLite, naming the variable to set: tried through the
 * real start script, as an operator would run it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { generatedSecrets } from '../../scripts/lib/secrets';

const root = path.resolve(__dirname, '..', '..');

const goodSecrets = generatedSecrets;

const UNSET_SECRETS = Object.fromEntries(['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET', 'CLINIC_PREVIEW_SECRET'].map((k) => [k, '']));

/** Runs `node scripts/start.js` with only the given environment (no .env of the developer's). */
const start = (env: Record<string, string>) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.js')], {
      cwd: root,
      // Set, even empty, so the .env `npm run demo` wrote cannot fill them in (dotenv never overrides).
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', ...UNSET_SECRETS, ...env },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });

describe('production start gate (npm start)', () => {
  it("refuses Strapi's template placeholders and names every variable to set", async () => {
    const { code, output } = await start({
      APP_KEYS: 'toBeModified1,toBeModified2',
      API_TOKEN_SALT: 'tobemodified',
      ADMIN_JWT_SECRET: 'changeme',
      JWT_SECRET: 'x',
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    expect(code).toBe(1);
    expect(output).toContain('Production start refused');
    for (const variable of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET', 'CLINIC_PREVIEW_SECRET']) {
      expect(output).toMatch(new RegExp(`- ${variable} `));
    }
    expect(output).toContain('randomBytes(24)');
  }, 70_000);

  it('refuses demo mode and SQLite unless explicitly allowed', async () => {
    const { code, output } = await start({ ...goodSecrets(), CLINIC_DEMO: 'true', DATABASE_CLIENT: 'sqlite' });
    expect(code).toBe(1);
    expect(output).toMatch(/- CLINIC_DEMO is "true".*ALLOW_DEMO_IN_PRODUCTION=true/);
    expect(output).toMatch(/- DATABASE_CLIENT is "sqlite".*ALLOW_SQLITE_IN_PRODUCTION=true/);
    expect(output).not.toMatch(/- (APP_KEYS|JWT_SECRET|ENCRYPTION_KEY) /);
  }, 70_000);
});
