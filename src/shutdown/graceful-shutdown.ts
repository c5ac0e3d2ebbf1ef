import net from 'node:net';
import type { Core } from '@strapi/strapi';
import { trackInFlight } from './in-flight';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
export const DEFAULT_GRACE_MS = 10_000;

/**
 * Strapi's own signal handler (core utils/signals.js, `terminateStrapi`) destroys
 * the server at once, resetting every request in flight. This one replaces it:
 * stop accepting connections, let requests in flight finish within a grace period
 * (CLINIC_SHUTDOWN_GRACE_MS), then destroy Strapi (plugins stop their timers and
 * the read-model sweep, the database pool closes) and exit 0.
 */
export function installGracefulShutdown(strapi: Core.Strapi, graceMs = Number(process.env.CLINIC_SHUTDOWN_GRACE_MS ?? DEFAULT_GRACE_MS)) {
  const server = strapi.server.httpServer;
  const inFlight = trackInFlight(server);
  let stopping: Promise<void> | null = null;

  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      strapi.log.info(`[shutdown] ${signal}: no new connections; draining ${inFlight.count} request(s), grace ${graceMs} ms`);
      const started = Date.now();
      // net.Server's close, not http.Server's: since Node 19 the latter also closes
      // every connection with no request being handled, including those whose next
      // request is already buffered, unparsed — each such request would be reset.
      net.Server.prototype.close.call(server);
      const { drained, left } = await inFlight.drain(graceMs);
      if (drained) strapi.log.info(`[shutdown] drained in ${Date.now() - started} ms`);
      else strapi.log.warn(`[shutdown] grace period over: ${left} request(s) cut`);
      try {
        await strapi.destroy();
      } catch (error) {
        strapi.log.error(`[shutdown] destroy failed: ${(error as Error).message}`);
        process.exit(1);
      }
      process.exit(0);
    })();
  };

  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateStrapi') process.removeListener(signal, listener);
    }
    process.on(signal, shutdown);
  }
  return { inFlight };
}
