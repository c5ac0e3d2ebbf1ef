import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isFranchiseScoped, readRefusal, SCOPE_REFUSAL_MESSAGES, SUPER_ADMIN_ROLE_CODE } from '../domain/franchise-scope.rules';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';
import { FRANCHISE_SCOPED_TYPES } from './role-permissions';

type Ctx = any;
type Next = () => Promise<unknown>;
const SCOPED = new Set<string>(FRANCHISE_SCOPED_TYPES);

const roleCodes = (ctx: Ctx): string[] => ((ctx.state?.user?.roles ?? []) as { code: string }[]).map((r) => r.code);

/**
 * GET /content-manager/relations/:model/:id/:targetField. Strapi lists the ids of
 * related entries the user may not read ("only the ids are returned"): for a
 * franchise owner, entries of a franchise-scoped type (offerings, bundle
 * offerings) at another franchise's location are left out altogether. A relation
 * to admin users (a franchise's owners, hidden from every clinic role) answers
 * 403 to anyone but a super admin, where Strapi failed with a 500.
 */
const scopedRelations = (strapi: Core.Strapi) => async (ctx: Ctx, next: Next) => {
  const { model, targetField } = ctx.params as { model: string; targetField: string };
  const attribute = (strapi.getModel(model as any)?.attributes as Record<string, { target?: string }> | undefined)?.[targetField];
  const roles = roleCodes(ctx);
  if (model.startsWith('plugin::clinic.') && attribute?.target === 'admin::user' && !roles.includes(SUPER_ADMIN_ROLE_CODE)) {
    throw new errors.PolicyError(`${targetField} is not shown to your role.`, { path: targetField });
  }
  await next();
  if (!attribute?.target || !SCOPED.has(attribute.target) || !isFranchiseScoped(roles)) return;
  const body = ctx.body as { results?: { documentId: string }[]; pagination?: { total?: number } } | undefined;
  if (!Array.isArray(body?.results)) return;
  const allowed = await franchiseScopeRepository(strapi).documentIdsOwnedBy(attribute.target, body.results.map((r) => r.documentId), ctx.state.user.id);
  const removed = body.results.filter((r) => !allowed.has(r.documentId)).length;
  body.results = body.results.filter((r) => allowed.has(r.documentId));
  if (body.pagination && typeof body.pagination.total === 'number') body.pagination.total -= removed;
};

/**
 * POST /content-manager/collection-types/:model/actions/bulkFindForValidation
 * finds the documents asked for without the role's conditions: a franchise owner
 * asking for offerings gets only those of their own franchise.
 */
const scopedBulkFind = (strapi: Core.Strapi) => async (ctx: Ctx, next: Next) => {
  const { model } = ctx.params as { model: string };
  const body = ctx.request.body as { documentIds?: unknown } | undefined;
  if (!SCOPED.has(model) || !isFranchiseScoped(roleCodes(ctx)) || !Array.isArray(body?.documentIds)) return next();
  const allowed = await franchiseScopeRepository(strapi).documentIdsOwnedBy(model, body.documentIds as string[], ctx.state.user.id);
  if (allowed.size === 0) {
    ctx.body = { results: [] };
    return undefined;
  }
  body.documentIds = (body.documentIds as string[]).filter((id) => allowed.has(id));
  return next();
};

/**
 * GET /content-manager/relations/:model/:targetField (the relation picker's list):
 * for a franchise owner, the locations offered on an offering or bundle offering are
 * their own franchise's only, by the franchise-scope rule's owned franchises (the
 * middleware refuses any other on save). Added as a filter, so paging and search stay right.
 */
const scopedLocationPicker = (strapi: Core.Strapi) => async (ctx: Ctx, next: Next) => {
  const { model, targetField } = ctx.params as { model: string; targetField: string };
  if (!SCOPED.has(model) || targetField !== 'location' || !isFranchiseScoped(roleCodes(ctx))) return next();
  const owned = await franchiseScopeRepository(strapi).locationIdsOfFranchises(await franchiseScopeRepository(strapi).ownedFranchiseIds(ctx.state.user.id));
  const query = ctx.request.query as Record<string, unknown>;
  // documentId matches both versions; an owner with no location is offered none.
  const mine = { documentId: { $in: owned.length > 0 ? owned : ['-none-'] } };
  query.filters = query.filters ? { $and: [query.filters, mine] } : mine;
  return next();
};

/**
 * GET /content-manager/collection-types/:model/:id. Strapi refuses a franchise owner
 * another franchise's offering or bundle offering with a bare 403 "Forbidden" (the role's
 * condition); the refusal then says why, with a code the admin panel shows its notice for
 * (admin/src/content-manager/foreign-entry.tsx). Only Strapi's own refusal is reworded:
 * what is refused stays Strapi's decision.
 */
const scopedFindOne = (strapi: Core.Strapi) => async (ctx: Ctx, next: Next) => {
  await next();
  const { model, id } = ctx.params as { model: string; id: string };
  if (ctx.status !== 403 || !SCOPED.has(model) || !isFranchiseScoped(roleCodes(ctx))) return;
  const repository = franchiseScopeRepository(strapi);
  const [owned, versions] = await Promise.all([repository.ownedFranchiseIds(ctx.state.user.id), repository.versionsWithFranchise(model, id)]);
  const reason = readRefusal(owned, versions.map((v) => v.franchiseId));
  // A PolicyError: Strapi's authorize step turns any other ForbiddenError back into a bare "Forbidden".
  if (reason) throw new errors.PolicyError(SCOPE_REFUSAL_MESSAGES[reason], { code: reason });
};

const HANDLERS: Record<string, (strapi: Core.Strapi) => (ctx: Ctx, next: Next) => Promise<unknown>> = {
  'relations.findExisting': scopedRelations,
  'relations.findAvailable': scopedLocationPicker,
  'collection-types.bulkFindForValidation': scopedBulkFind,
  'collection-types.findOne': scopedFindOne,
};

/** Adds the franchise scope to the content-manager routes that read past the role's conditions. Call in register(). */
export const scopeContentManagerRoutes = (strapi: Core.Strapi) => {
  const admin = (strapi.plugin('content-manager') as any)?.routes?.admin as { routes?: { handler: string; config?: { middlewares?: unknown[] } }[] } | undefined;
  for (const route of admin?.routes ?? []) {
    const scope = HANDLERS[route.handler];
    if (!scope) continue;
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), scope(strapi)] };
  }
};
