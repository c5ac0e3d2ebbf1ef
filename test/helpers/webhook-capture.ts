import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { asAdmin, rest } from './http';

export interface CapturedEvent {
  event: string;
  body: any;
}

/**
 * A tiny HTTP server registered as a real Strapi webhook (POST /admin/webhooks),
 * so tests see events exactly as an integration would receive them.
 */
export const startWebhookCapture = async (events: string[]) => {
  const received: CapturedEvent[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(data || '{}');
      received.push({ event: String(req.headers['x-strapi-event'] ?? body.event), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const created = await rest(
    'POST',
    '/admin/webhooks',
    { name: `licence capture ${port}`, url: `http://127.0.0.1:${port}/hook`, headers: {}, events },
    await asAdmin(),
  );
  if (created.status !== 201 && created.status !== 200) {
    throw new Error(`webhook registration failed: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const webhookId = created.body.data.id as string;

  const matching = (predicate: (e: CapturedEvent) => boolean) => received.filter(predicate);

  return {
    received,
    matching,
    /** Waits until `count` matching events arrived, then a little longer so a duplicate would show. */
    async waitFor(predicate: (e: CapturedEvent) => boolean, count: number, { timeoutMs = 10_000, settleMs = 750 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (matching(predicate).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, settleMs));
      return matching(predicate);
    },
    async stop() {
      await rest('DELETE', `/admin/webhooks/${webhookId}`, undefined, await asAdmin());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
