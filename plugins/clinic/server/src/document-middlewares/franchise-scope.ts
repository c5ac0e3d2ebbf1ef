import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  decideFranchiseScope,
  isFranchiseScoped,
  relationTarget,
  SCOPE_REFUSAL_MESSAGES,
  type ScopeFacts,
} from '../domain/franchise-scope.rules';
import { FRANCHISE_SCOPED_TYPES } from '../admin-roles/role-permissions';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';
import { problem } from '../domain';
import { SEVERAL_TARGETS_MESSAGE } from '../domain/relation-input.rules';
import { toValidationError } from './validation/to-validation-error';

const SCOPED_TYPES = new Set<string>(FRANCHISE_SCOPED_TYPES);
/** Writes that carry data (a location may be attached) and writes on an existing document. */
const WITH_DATA = new Set(['create', 'update', 'clone']);
const ON_EXISTING = new Set(['update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete']);

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** The admin user behind the current request, when the request came through the admin panel's auth. */
const adminRequester = (strapi: Core.Strapi) => {
  const ctx = strapi.requestContext.get();
  if (ctx?.state?.auth?.strategy?.name !== 'admin') return null;
  const user = ctx.state.user as { id: number | string; roles?: { code: string }[] } | undefined;
  return user ?? null;
};

/**
 * Holds franchise owners to the locations of their own franchise when they write
 * offerings and bundle offerings. Strapi's RBAC condition filters what they list and
 * guards entries that exist, but it checks neither create nor the relation a write
 * attaches: whatever the relation picker offers, this refuses a location of another
 * franchise with 403, before anything is written. Super admins, catalogue editors,
 * API tokens and calls outside a request (bootstrap, seeding, jobs) are not scoped.
 */
export const franchiseScope =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!SCOPED_TYPES.has(context.uid) || !(WITH_DATA.has(context.action) || ON_EXISTING.has(context.action))) return next();
    const user = adminRequester(strapi);
    if (!user || !isFranchiseScoped((user.roles ?? []).map((r) => r.code))) return next();

    const repo = franchiseScopeRepository(strapi);
    const params = (context as any).params ?? {};
    const versions = ON_EXISTING.has(context.action) && params.documentId ? await repo.versionsWithFranchise(context.uid, params.documentId) : [];
    // A write on a document that does not exist is left to Strapi (it answers 404).
    if (ON_EXISTING.has(context.action) && versions.length === 0) return next();

    const target = WITH_DATA.has(context.action) ? relationTarget(params.data, 'location') : ({ kind: 'unchanged' } as const);
    // A to-one input naming several targets is stored differently by create and update: refused, naming the field.
    if (target.kind === 'several') throw toValidationError([problem('location', 'invalid-value', SEVERAL_TARGETS_MESSAGE)]);
    let targetFranchiseId: ScopeFacts['targetFranchiseId'];
    let targetHasNoLocation = false;
    if (target.kind === 'unchanged') {
      const draft = versions.find((v) => v.isDraft) ?? versions[0];
      targetHasNoLocation = !draft?.hasLocation;
      targetFranchiseId = draft?.franchiseId ?? null;
    } else if (target.kind === 'none') {
      targetHasNoLocation = true;
      targetFranchiseId = null;
    } else if (target.kind === 'unreadable') {
      targetFranchiseId = 'unknown';
    } else {
      const franchiseId = await repo.franchiseOfLocation(target);
      targetFranchiseId = franchiseId === undefined ? 'unknown' : franchiseId;
    }

    const decision = decideFranchiseScope({
      ownedFranchiseIds: await repo.ownedFranchiseIds(user.id),
      currentFranchiseIds: versions.map((v) => v.franchiseId),
      targetFranchiseId,
      targetHasNoLocation,
    });
    if (!decision.allowed) {
      // A PolicyError is a ForbiddenError (403, GraphQL FORBIDDEN) whose message survives
      // Strapi's route authorizer, which turns any other ForbiddenError thrown under it
      // into a bare "Forbidden": the owner is told why, not only that.
      const message = SCOPE_REFUSAL_MESSAGES[decision.reason];
      throw new errors.PolicyError(message, { path: 'location', code: decision.reason, errors: [{ path: ['location'], message, name: 'PolicyError' }] });
    }
    return next();
  };
