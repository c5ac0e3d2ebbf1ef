import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

const s3Upload = (env: Core.Config.Shared.ConfigParams['env']) => {
  const bucket = env('UPLOAD_S3_BUCKET', '');
  if (!bucket) return {};
  const accessKeyId = env('UPLOAD_S3_ACCESS_KEY_ID', '');
  const secretAccessKey = env('UPLOAD_S3_SECRET_ACCESS_KEY', '');
  const acl = env('UPLOAD_S3_ACL', '');
  return {
    upload: {
      config: {
        provider: 'aws-s3',
        providerOptions: {
          // Public URL of the bucket (a CDN); unset, the URL S3 answers for the object.
          baseUrl: env('UPLOAD_S3_PUBLIC_URL', '') || undefined,
          rootPath: env('UPLOAD_S3_ROOT_PATH', '') || undefined,
          s3Options: {
            region: env('UPLOAD_S3_REGION', 'us-east-1'),
            // Unset for AWS; the server's URL for MinIO, R2, Spaces, s3rver …
            endpoint: env('UPLOAD_S3_ENDPOINT', '') || undefined,
            forcePathStyle: env.bool('UPLOAD_S3_FORCE_PATH_STYLE', false),
            // Without keys, the AWS SDK's own chain (instance role, AWS_* variables).
            ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
            // No ACL by default: buckets created since 2023 refuse ACL headers.
            params: { Bucket: bucket, ...(acl ? { ACL: acl } : {}) },
          },
        },
        actionOptions: { upload: {}, uploadStream: {}, delete: {} },
      },
    },
  };
};

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV', 'development') === 'production';
  return {
    // Uploads in an S3-compatible bucket when UPLOAD_S3_BUCKET is set (README "Uploads"), so
    // every instance serves every file; on the local disk (public/uploads) otherwise.
    ...s3Upload(env),
    clinic: {
      enabled: true,
      resolve: './plugins/clinic',
      config: {
        expiringWindowDays: env.int('LICENCE_EXPIRING_WINDOW_DAYS', 60),
        siteUrl: env('SITE_URL', 'https://www.example.com'),
        // Draft preview (README "Draft preview"): validated by the plugin (preview/preview-config.ts).
        preview: {
          secret: env('CLINIC_PREVIEW_SECRET', ''),
          siteUrl: env('CLINIC_SITE_URL', 'http://localhost:3000'),
          ttlSeconds: env.int('CLINIC_PREVIEW_TTL_SECONDS', 600),
        },
        siteApi: {
          path: '/site/graphql',
          // Query limits (README "Query limits"): refused before anything runs.
          maxDepth: env.int('SITE_API_MAX_DEPTH', 8),
          maxComplexity: env.int('SITE_API_MAX_COMPLEXITY', 5000),
          maxBodyBytes: env.int('SITE_API_MAX_BODY_BYTES', 100 * 1024),
          maxTokens: env.int('SITE_API_MAX_TOKENS', 2000),
          maxAliases: env.int('SITE_API_MAX_ALIASES', 30),
          maxDirectives: env.int('SITE_API_MAX_DIRECTIVES', 30),
          maxTotalDepth: env.int('SITE_API_MAX_TOTAL_DEPTH', 20),
          maxInputDepth: env.int('SITE_API_MAX_INPUT_DEPTH', 32),
          maxAgeSeconds: env.int('SITE_API_MAX_AGE', 60),
          landingPage: !production,
          // Introspection and "Did you mean" suggestions: off in production (sites build on the committed schema.graphql).
          introspection: env.bool('SITE_API_INTROSPECTION', !production),
          // Several instances share APQ and the response cache through Redis.
          redisUrl: env('REDIS_URL', '') || null,
          responseCache: env.bool('SITE_API_RESPONSE_CACHE', true),
        },
        // Strapi's /graphql (applied by the clinic plugin: graphql/limits/graphql-server-config.ts).
        graphqlLimits: {
          maxComplexity: env.int('GRAPHQL_MAX_COMPLEXITY', 30000),
          maxBodyBytes: env.int('GRAPHQL_MAX_BODY_BYTES', 100 * 1024),
          maxTokens: env.int('GRAPHQL_MAX_TOKENS', 2000),
          maxAliases: env.int('GRAPHQL_MAX_ALIASES', 30),
          maxDirectives: env.int('GRAPHQL_MAX_DIRECTIVES', 30),
          maxTotalDepth: env.int('GRAPHQL_MAX_TOTAL_DEPTH', 20),
          maxInputDepth: env.int('GRAPHQL_MAX_INPUT_DEPTH', 32),
        },
      },
    },
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Explicit: the plugin's code has no effective default for depthLimit. Data depth
        // (introspection fields not counted); the other limits are under clinic.graphqlLimits.
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
        defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
        // The landing page (Apollo Sandbox) in development only. `false` would still serve
        // Apollo's "production" landing page (plugin-graphql 5.54 bootstrap.js): disable it.
        landingPage: production ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: {
          // Off in production unless GRAPHQL_INTROSPECTION=true; "Did you mean" suggestions follow it.
          introspection: env.bool('GRAPHQL_INTROSPECTION', !production),
          // The app's strapi::cors answers for /graphql too (config/middlewares.ts); the plugin's own would allow any origin.
          cors: false,
          // The app drains and stops on SIGTERM itself (src/shutdown); Apollo's own handler would fail requests in flight.
          stopOnTerminationSignals: false,
        },
      },
    },
  };
};
