import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerCustomFields } from './custom-fields';
import { registerGraphqlExtension } from './graphql';
import { publishedOnly } from './document-middlewares/published-only';
import { franchiseScope } from './document-middlewares/franchise-scope';
import { validateWrites } from './document-middlewares/validate-writes';
import { refreshReadModel } from './document-middlewares/refresh-read-model';
import { validationErrorPaths } from './middlewares/validation-error-paths';
import { scopeContentManagerRoutes } from './admin-roles/content-manager-scope';
import { checkQueriesAsSent, guardPublicQueries } from './query-guard/query-params.guard';
import { publicLicenceStatus } from './query-guard/licence-status.output';
import { entryTitles } from './document-middlewares/entry-titles';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  registerCustomFields(strapi);
  // Document middlewares run in this order: reads pinned to published for the
  // public; a franchise owner's scope (403) before validation (400); the read
  // model refreshed only after a write that went through.
  strapi.documents.use(publishedOnly(strapi));
  strapi.documents.use(publicLicenceStatus(strapi));
  // Public filters, sorts and populates: bounded, checked, and pinned to published rows
  // through relations (REST and /graphql both build their queries there).
  guardPublicQueries(strapi);
  checkQueriesAsSent(strapi);
  strapi.documents.use(franchiseScope(strapi));
  strapi.documents.use(validateWrites(strapi));
  strapi.documents.use(entryTitles(strapi));
  strapi.documents.use(refreshReadModel(strapi));
  // Before the configured middlewares, so outermost: names the field of Strapi's "Invalid key" refusals.
  strapi.server.use(validationErrorPaths);
  // Franchise scope on the content-manager routes that read past the role's conditions.
  scopeContentManagerRoutes(strapi);
  // The GraphQL extension only when the graphql plugin is installed and enabled.
  if (strapi.plugin('graphql')) {
    registerGraphqlExtension(strapi);
  }
};
