export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  // The admin panel asks for /favicon.ico on every page view; without the file it answered 500.
  { name: 'strapi::favicon', config: { path: 'favicon.ico' } },
  'strapi::public',
];
