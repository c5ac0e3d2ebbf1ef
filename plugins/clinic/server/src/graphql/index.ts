import type { Core } from '@strapi/strapi';
import { publishedOnlyResolversConfig } from './published-only.resolvers-config';
import { applyGraphqlLimits } from './limits/graphql-server-config';
import { notFoundResolversConfig } from './not-found.resolvers-config';
import { licenceStatusResolversConfig } from './licence-status.resolvers-config';

/**
 * The shadow CRUD keeps its mutations: integrations write through them with an
 * API token holding the permissions. The public role is granted find/findOne
 * only, so every mutation answers FORBIDDEN to it, and every write is validated
 * by the document middleware (document-middlewares/validate-writes.ts). Reads,
 * including relations in mutation responses, are published-only.
 */
export const registerGraphqlExtension = (strapi: Core.Strapi) => {
  // The resolvers config is built lazily: the graphql plugin calls it after all
  // content types and components are registered.
  strapi.plugin('graphql').service('extension').use(() => ({
    resolversConfig: { ...publishedOnlyResolversConfig(strapi), ...licenceStatusResolversConfig(strapi) },
  }));
  // update and delete of a documentId that does not exist: NOT_FOUND, as REST's 404.
  strapi.plugin('graphql').service('extension').use(() => ({ resolversConfig: notFoundResolversConfig(strapi) }));
  // Query limits and error masking (README "Query limits").
  applyGraphqlLimits(strapi);
};
