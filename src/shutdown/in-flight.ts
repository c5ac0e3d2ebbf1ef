import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Counts the requests a server is answering and the connections it holds, at the HTTP
 * level (a Koa middleware would miss a body still streaming after the handler
 * returned). Once draining starts, every response says `Connection: close`, so a
 * keep-alive client sends at most one more request on its connection and then
 * reconnects elsewhere.
 *
 * Idle keep-alive connections are never closed by the app while draining: a client may
 * be sending on one at that very moment, and closing it would reset that request. They
 * close on their own: after a response with `Connection: close`, or when their
 * keep-alive timeout runs out (the server announced it in `Keep-Alive: timeout=…`, and
 * clients stop reusing a connection before it). Draining ends when no request is open
 * and no connection is left, or when the grace period is over.
 */
const POLL_MS = 25;

export interface InFlight {
  readonly count: number;
  drain(graceMs: number): Promise<{ drained: boolean; left: number }>;
}

export function trackInFlight(server: Server): InFlight {
  const open = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let draining = false;

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    if (draining) res.shouldKeepAlive = false;
    res.on('close', () => open.delete(res));
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
        const timer = setInterval(() => {
          if (open.size === 0 && sockets.size === 0) {
            clearInterval(timer);
            resolve({ drained: true, left: 0 });
          } else if (Date.now() - started >= graceMs) {
            clearInterval(timer);
            resolve({ drained: false, left: open.size });
          }
        }, POLL_MS);
      });
    },
  };
}
