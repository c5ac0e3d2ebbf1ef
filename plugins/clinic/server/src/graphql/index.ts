import type { Core } from '@strapi/strapi';
import contentTypes from '../content-types';

export const registerGraphqlExtension = (strapi: Core.Strapi) => {
  const extension = strapi.plugin('graphql').service('extension');
  // The shadow CRUD is a read API for location sites: no mutation is generated for
  // the catalogue. Editors write through the admin panel.
  for (const name of Object.keys(contentTypes)) {
    extension.shadowCRUD(`plugin::clinic.${name}`).disableMutations();
  }
};
