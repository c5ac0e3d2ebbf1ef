import graphqlBodyLimit from '../graphql/limits/body-limit.middleware';

/** App-level middlewares the plugin provides; config/middlewares.ts places them. */
export default {
  'graphql-body-limit': graphqlBodyLimit,
};
