import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerGraphqlExtension } from './graphql';
import { publishedOnly } from './document-middlewares/published-only';
import { franchiseScope } from './document-middlewares/franchise-scope';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(publishedOnly(strapi));
  strapi.documents.use(franchiseScope(strapi));
  // The GraphQL extension only when the graphql plugin is installed and enabled.
  if (strapi.plugin('graphql')) {
    registerGraphqlExtension(strapi);
  }
};
