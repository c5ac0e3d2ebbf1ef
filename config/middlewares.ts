export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Before strapi::body, which would read GraphQL bodies up to its own 1 MB limit.
  'plugin::clinic.graphql-body-limit',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
