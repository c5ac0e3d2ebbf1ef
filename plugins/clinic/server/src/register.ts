import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { registerGraphqlExtension } from './graphql';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  // The GraphQL extension only when the graphql plugin is installed and enabled.
  if (strapi.plugin('graphql')) {
    registerGraphqlExtension(strapi);
  }
};
