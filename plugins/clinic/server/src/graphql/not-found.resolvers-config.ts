import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';

type ResolverMiddleware = (next: (...a: any[]) => any, parent: unknown, args: Record<string, any>, context: any, info: any) => unknown;

/**
 * The shadow CRUD's update answers null and its delete echoes the documentId when
 * the document does not exist (REST answers 404): both answer NOT_FOUND here,
 * before the write, like REST.
 */
const existsOrNotFound =
  (strapi: Core.Strapi, uid: string, singular: string): ResolverMiddleware =>
  async (next, parent, args, context, info) => {
    const documentId: unknown = args.documentId;
    const exists = typeof documentId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(documentId) && (await strapi.db.query(uid).count({ where: { documentId } })) > 0;
    if (!exists) {
      throw new GraphQLError(`No ${singular} with documentId "${String(documentId).slice(0, 64)}"`, {
        extensions: { code: 'NOT_FOUND', error: { name: 'NotFoundError', details: { errors: [{ path: ['documentId'], message: 'not found', name: 'NotFoundError' }] } } },
      });
    }
    return next(parent, args, context, info);
  };

export const notFoundResolversConfig = (strapi: Core.Strapi) => {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const resolversConfig: Record<string, { middlewares: ResolverMiddleware[] }> = {};
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('plugin::clinic.') || contentType.kind !== 'collectionType') continue;
    const middlewares = [existsOrNotFound(strapi, uid, contentType.info.singularName)];
    resolversConfig[`Mutation.${naming.getUpdateMutationTypeName(contentType)}`] = { middlewares };
    resolversConfig[`Mutation.${naming.getDeleteMutationTypeName(contentType)}`] = { middlewares };
  }
  return resolversConfig;
};
