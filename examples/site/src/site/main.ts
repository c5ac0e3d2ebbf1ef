/**
 * `node dist/site/examples/site/src/site/main.js`: the example location site on SITE_PORT
 * (default 3000), reading the site API at SITE_API_URL (default http://localhost:1337/site/graphql).
 * scripts/demo.js starts it beside Strapi; it prints its URL once it listens.
 */
import { z } from 'zod';
import { routes } from './routes';
import { createSiteServer } from './server';

const env = z
  .object({
    SITE_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SITE_HOST: z.string().min(1).default('127.0.0.1'),
    SITE_API_URL: z.url().default('http://localhost:1337/site/graphql'),
  })
  .parse(process.env);

const server = createSiteServer({ apiUrl: env.SITE_API_URL, routes });
server.listen(env.SITE_PORT, env.SITE_HOST, () => {
  process.stdout.write(`[site] example location site on http://localhost:${env.SITE_PORT} (site API ${env.SITE_API_URL})\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
