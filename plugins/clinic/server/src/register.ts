import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerGraphqlExtension } from './graphql';
import { publishedOnly } from './document-middlewares/published-only';
import { refreshReadModel } from './document-middlewares/refresh-read-model';
import { franchiseScope } from './document-middlewares/franchise-scope';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(publishedOnly(strapi));
  strapi.documents.use(refreshReadModel(strapi));
  strapi.documents.use(franchiseScope(strapi));
  // The GraphQL extension only when the graphql plugin is installed and enabled.
  if (strapi.plugin('graphql')) {
    registerGraphqlExtension(strapi);
  }
};
