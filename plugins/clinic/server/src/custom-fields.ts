import type { Core } from '@strapi/strapi';

/**
 * `plugin::clinic.languages`: a practitioner's languages, stored as the same JSON array
 * of BCP-47 tags (`["en", "es"]`), edited in the admin with a multi-select
 * (admin/src/custom-fields). The type stays `json` underneath, so the database column,
 * REST, /graphql and the site API do not change; the tags are checked on the server
 * (domain/validation `languages`). Registered before Strapi swaps custom fields for
 * their type, at the end of register.
 */
export const registerCustomFields = (strapi: Core.Strapi) => {
  strapi.customFields.register({ name: 'languages', plugin: 'clinic', type: 'json' });
};
