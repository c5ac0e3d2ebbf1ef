import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  clinic: {
    enabled: true,
    resolve: './plugins/clinic',
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
      // Explicit: the plugin's code has no effective default for depthLimit.
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
      defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
      maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
      // The landing page (Apollo Sandbox) in development only.
      landingPage: env('NODE_ENV', 'development') !== 'production',
      apolloServer: {
        introspection: true,
      },
    },
  },
});
