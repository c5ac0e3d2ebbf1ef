import type { Core } from '@strapi/strapi';

/**
 * The shadow CRUD keeps its mutations: integrations write through them with an
 * API token holding the permissions. The public role is granted find/findOne
 * only, so every mutation answers FORBIDDEN to it, and every write is validated
 * by the document middleware (document-middlewares/validate-writes.ts).
 */
export const registerGraphqlExtension = (_strapi: Core.Strapi) => {};
