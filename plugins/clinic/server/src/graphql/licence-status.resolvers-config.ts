import type { Core } from '@strapi/strapi';
import { publicStatusOf } from '../query-guard/licence-status.output';

/**
 * `licenceStatus` on /graphql is computed from the licence's dates when read, also where
 * the licence is reached through a relation (the association resolver reads raw rows and
 * bypasses document middlewares); the stored column is the daily job's last result.
 */
export const licenceStatusResolversConfig = (strapi: Core.Strapi) => {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const typeName: string = naming.getTypeName(strapi.contentTypes['plugin::clinic.licence' as keyof typeof strapi.contentTypes]);
  const computed = (next: (...a: any[]) => any, parent: any, args: unknown, context: unknown, info: unknown) =>
    parent && parent.issuedOn !== undefined && parent.expiresOn !== undefined ? publicStatusOf(strapi)(parent) : next(parent, args, context, info);
  return { [`${typeName}.licenceStatus`]: { middlewares: [computed] } };
};
