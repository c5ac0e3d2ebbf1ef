/** The app as an operator runs it: `npm start` in its own process group, with generated secrets. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from './own-services';
import { generatedSecrets } from '../../scripts/lib/secrets';

const root = path.resolve(__dirname, '..', '..');

export interface AppProcess {
  child: ChildProcess;
  base: string;
  output(): string;
  exited: Promise<number | null>;
  kill(): void;
}

export async function startApp(env: Record<string, string>, timeoutMs = 150_000): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...generatedSecrets(),
      CLINIC_LICENCE_JOB_CRON: 'off',
      REDIS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const app: AppProcess = {
    child,
    base,
    output: () => output,
    exited,
    // The whole process group: npm and Strapi.
    kill: () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    },
  };
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return app;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  app.kill();
  throw new Error(`no answer from ${base}/_health in ${timeoutMs} ms:\n${output.slice(-3000)}`);
}
