import { allowedOrigins, allowsCredentials, CORS_REQUEST_HEADERS, corsSettingsFromEnv } from '../src/cors/cors-policy';

const cors = corsSettingsFromEnv(process.env);

// Where uploaded files are served from when they live in a bucket (config/plugins.ts):
// the admin panel shows them, so its Content-Security-Policy must allow that origin.
const uploadOrigins = [process.env.UPLOAD_S3_PUBLIC_URL, process.env.UPLOAD_S3_BUCKET && (process.env.UPLOAD_S3_ENDPOINT || `https://${process.env.UPLOAD_S3_BUCKET}.s3.${process.env.UPLOAD_S3_REGION || 'us-east-1'}.amazonaws.com`)]
  .filter((url): url is string => Boolean(url))
  .map((url) => new URL(url).origin);

export default [
  // First, so request counts and durations include every other middleware.
  'plugin::clinic.http-metrics',
  // Strapi's request logger with a request id (X-Request-Id) and structured fields.
  'plugin::clinic.request-log',
  // A database outage answers 503 + Retry-After, not 401 or a 200 with a driver message.
  'plugin::clinic.database-unavailable',
  'strapi::errors',
  uploadOrigins.length === 0
    ? 'strapi::security'
    : {
        name: 'strapi::security',
        config: {
          contentSecurityPolicy: {
            useDefaults: true,
            directives: {
              'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...uploadOrigins],
              'media-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...uploadOrigins],
            },
          },
        },
      },
  {
    // Location sites read the public APIs without credentials; the admin's APIs
    // (refresh cookie) answer only the admin's own origins (src/cors/cors-policy.ts).
    name: 'strapi::cors',
    config: {
      origin: (ctx: { path: string }) => allowedOrigins(cors, ctx.path),
      credentials: (ctx: { path: string }) => allowsCredentials(ctx.path),
      // Strapi's four plus what a browser-side site sends the site API: a preview's token,
      // and the header Apollo's CSRF check asks of GET (persisted-query) requests.
      headers: CORS_REQUEST_HEADERS,
    },
  },
  // No 'strapi::poweredBy': an X-Powered-By header tells attackers what to try.
  'strapi::query',
  // Before strapi::body, which would read GraphQL bodies up to its own 1 MB limit.
  'plugin::clinic.graphql-body-limit',
  'strapi::body',
  'strapi::session',
  // The admin panel asks for /favicon.ico on every page view; without the file it answered 500.
  { name: 'strapi::favicon', config: { path: 'favicon.ico' } },
  'strapi::public',
];
