import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerGraphqlExtension } from './graphql';
import { publishedOnly } from './document-middlewares/published-only';
import { validateWrites } from './document-middlewares/validate-writes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(publishedOnly(strapi));
  strapi.documents.use(validateWrites(strapi));
  // The GraphQL extension only when the graphql plugin is installed and enabled.
  if (strapi.plugin('graphql')) {
    registerGraphqlExtension(strapi);
  }
};
