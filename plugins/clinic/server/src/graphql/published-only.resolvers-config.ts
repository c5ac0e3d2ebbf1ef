import type { Core } from '@strapi/strapi';

type ResolverMiddleware = (next: (...a: any[]) => any, parent: unknown, args: Record<string, any>, context: any, info: any) => unknown;

/**
 * Strapi's /graphql resolves relations with the association resolver, which reads
 * the publication status from the arguments the client sent (the field's own, or
 * the root query's) and bypasses document middlewares. A client could ask for
 * `status: DRAFT` on a type without drafts (franchise, licence…) and reach draft
 * locations or practitioners through its relations. /graphql is the content API
 * only (the admin panel never uses it), so every clinic root query and every
 * relation field of a clinic type or component is pinned to published here.
 */
const pinToPublished: ResolverMiddleware = (next, parent, args, context, info) => {
  const pinned: Record<string, any> = { ...args, status: 'published' };
  delete pinned.publicationFilter;
  delete pinned.hasPublishedVersion;
  if (!info.path.prev) {
    // Root fields: what nested association resolvers inherit.
    const recorded = context.rootQueryArgsByPath?.get(info.path.key);
    context.rootQueryArgsByPath?.set(info.path.key, { ...(recorded ?? {}), ...pinned, _originField: info.fieldName });
  }
  return next(parent, pinned, context, info);
};

const config = { middlewares: [pinToPublished] };

export const publishedOnlyResolversConfig = (strapi: Core.Strapi) => {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const resolversConfig: Record<string, typeof config> = {};
  const relationFields = (model: { attributes: Record<string, { type: string }> }) =>
    Object.entries(model.attributes)
      .filter(([, attribute]) => attribute.type === 'relation')
      .flatMap(([name]) => [name, `${name}_connection`]);

  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!uid.startsWith('plugin::clinic.')) continue;
    const typeName = naming.getTypeName(contentType);
    for (const query of [naming.getFindQueryName(contentType), naming.getFindOneQueryName(contentType), `${naming.getFindQueryName(contentType)}_connection`]) {
      resolversConfig[`Query.${query}`] = config;
    }
    for (const field of relationFields(contentType)) resolversConfig[`${typeName}.${field}`] = config;
  }
  for (const [uid, component] of Object.entries(strapi.components)) {
    if (!uid.startsWith('clinic.')) continue;
    for (const field of relationFields(component)) resolversConfig[`${naming.getComponentName(component)}.${field}`] = config;
  }
  return resolversConfig;
};
