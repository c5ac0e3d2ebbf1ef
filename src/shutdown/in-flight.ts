import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Counts the requests a server is answering, at the HTTP level (a Koa middleware
 * would miss a body still streaming after the handler returned). Once draining
 * starts, every response says `Connection: close`, so a keep-alive client sends at
 * most one more request on its connection and then reconnects elsewhere.
 *
 * Idle keep-alive connections are not closed when draining starts: a client may be
 * sending on one at that very moment, and closing it would reset that request.
 * Draining ends when no request has been open for LINGER_MS (Strapi's destroy then
 * closes what is left), or when the grace period is over.
 */
export const LINGER_MS = 300;
const POLL_MS = 25;

export interface InFlight {
  readonly count: number;
  drain(graceMs: number): Promise<{ drained: boolean; left: number }>;
}

export function trackInFlight(server: Server): InFlight {
  const open = new Set<ServerResponse>();
  let draining = false;
  let lastActivity = Date.now();

  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    lastActivity = Date.now();
    if (draining) res.shouldKeepAlive = false;
    res.on('close', () => {
      open.delete(res);
      lastActivity = Date.now();
    });
  });

  return {
    get count() {
      return open.size;
    },
    drain(graceMs) {
      draining = true;
      for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
      const started = Date.now();
      return new Promise((resolve) => {
        let confirming = false;
        const timer = setInterval(() => {
          if (confirming) return;
          if (open.size === 0 && Date.now() - lastActivity >= LINGER_MS) {
            // Timers run before the poll phase: after a stalled event loop, requests may sit
            // unread in socket buffers. setImmediate runs after the poll phase has read them.
            confirming = true;
            const seen = lastActivity;
            setImmediate(() => {
              confirming = false;
              if (open.size === 0 && lastActivity === seen) {
                clearInterval(timer);
                resolve({ drained: true, left: 0 });
              }
            });
          } else if (Date.now() - started >= graceMs) {
            clearInterval(timer);
            resolve({ drained: false, left: open.size });
          }
        }, POLL_MS);
      });
    },
  };
}
