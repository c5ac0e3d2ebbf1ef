import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { siteEndpoint } from '../../helpers/site-api';

const root = path.resolve(__dirname, '..', '..', '..');
/** scripts/site-build.js compiles it (npm test and npm run demo run that first). */
export const SITE_MAIN = path.join(root, 'dist', 'site', 'src', 'site', 'main.js');

export interface ExampleSite {
  url: string;
  /** What the site wrote to stderr (its logged errors). */
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the compiled example site as `npm run demo` does (its own process), on a free
 * port, reading the site API of the app the browser project booted (`env` overrides).
 */
export async function startExampleSite(env: Record<string, string> = {}): Promise<ExampleSite> {
  if (!fs.existsSync(SITE_MAIN)) throw new Error(`The example site is not compiled (${SITE_MAIN} is missing): run \`node scripts/site-build.js\` (npm test does).`);
  const child: ChildProcess = spawn(process.execPath, [SITE_MAIN], {
    cwd: root,
    env: { ...process.env, SITE_PORT: '0', SITE_HOST: '127.0.0.1', SITE_API_URL: siteEndpoint(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The example site did not say it listens within 20 s: ${out}${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /on http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The example site exited (${code}): ${out}${stderr}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
