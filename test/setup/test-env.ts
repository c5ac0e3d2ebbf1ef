// Settings every integration run shares; the database ones come from scripts/test.js.
import crypto from 'node:crypto';

const secret = () => crypto.randomBytes(16).toString('base64');

export const applyTestEnv = () => {
  const defaults: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0', // an ephemeral port: runs never collide with a demo on 1337
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    JWT_SECRET: secret(),
    CLINIC_PREVIEW_SECRET: secret(),
    ADMIN_RATE_LIMIT: 'false',
    CLINIC_SQL_STATS: 'true',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: '.tmp/test.db',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // The tests drive the licence job with their own clock; a real 03:15 UTC run mid-suite would interfere.
    CLINIC_LICENCE_JOB_CRON: 'off',
    // The search index's check for missed page messages (test/site-api/search-catch-up.test.ts waits on it).
    SITE_SEARCH_CATCH_UP_MS: '1000',
    // The run's one today (test/helpers/clock.ts): the app's clock and the demo data follow it.
    CLINIC_TODAY: new Date().toISOString().slice(0, 10),
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (!process.env[key]) process.env[key] = value;
  }
};
