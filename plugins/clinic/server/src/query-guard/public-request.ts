import type { Core } from '@strapi/strapi';

/**
 * A request whose filters, sorts and populates come from the public or an API token:
 * the REST content API and Strapi's /graphql. The admin panel, jobs, bootstrap and the
 * site API (its own validated arguments, its own read model) are not.
 */
export const isPublicContentApiRequest = (strapi: Core.Strapi): boolean => {
  const ctx: any = strapi.requestContext.get();
  if (!ctx || ctx.state?.auth?.strategy?.name === 'admin') return false;
  const path: string = ctx.path ?? '';
  const graphqlPath: string = strapi.plugin('graphql')?.config('endpoint') ?? '/graphql';
  return path.startsWith('/api/') || path === graphqlPath;
};
