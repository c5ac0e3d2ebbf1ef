/**
 * `node dist/site/src/site/main.js` (scripts/site-build.js compiles it): the example location site on SITE_PORT
 * (default 3000), reading the site API at SITE_API_URL (default http://localhost:1337/site/graphql).
 * scripts/demo.js starts it beside Strapi; it prints its URL once it listens.
 */
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { routes } from './routes';
import { createSiteServer } from './server';

const env = z
  .object({
    SITE_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    SITE_HOST: z.string().min(1).default('0.0.0.0'),
    SITE_API_URL: z.url().default('http://localhost:1337/site/graphql'),
    SITE_LOCATIONS_PER_PAGE: z.coerce.number().int().min(1).max(100).default(10),
  })
  .parse(process.env);

const server = createSiteServer({ apiUrl: env.SITE_API_URL, routes, settings: { locationsPerPage: env.SITE_LOCATIONS_PER_PAGE } });
server.listen(env.SITE_PORT, env.SITE_HOST, () => {
  // SITE_PORT=0 takes a free port (the browser test does): this line says which.
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`[site] example location site on http://localhost:${port} (site API ${env.SITE_API_URL})\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
