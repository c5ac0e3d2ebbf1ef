import type { Core } from '@strapi/strapi';
import { assertProductionReady } from '../src/production-gate';

// The first config Strapi loads: refuse a production start on default secrets,
// demo mode or SQLite before anything reads them (src/production-gate).
assertProductionReady();

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
});
