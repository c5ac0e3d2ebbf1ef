import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV', 'development') === 'production';
  return {
    clinic: {
      enabled: true,
      resolve: './plugins/clinic',
      config: {
        expiringWindowDays: env.int('LICENCE_EXPIRING_WINDOW_DAYS', 60),
        siteUrl: env('SITE_URL', 'https://www.example.com'),
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
