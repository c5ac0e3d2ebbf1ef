import type { Core } from '@strapi/strapi';

/** Role codes the clinic plugin provisions (plugins/clinic/server/src/domain/franchise-scope.rules.ts). */
export const CATALOGUE_EDITOR_ROLE = 'clinic-catalogue-editor';
export const FRANCHISE_OWNER_ROLE = 'clinic-franchise-owner';

export interface RoleUser {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

/**
 * Creates an active admin user with one role when the email is unknown; returns its
 * id either way. Used by the demo setup and the test harness, never in production.
 */
export const ensureRoleUser = async (strapi: Core.Strapi, user: RoleUser, roleCode: string): Promise<number> => {
  const role = await strapi.service('admin::role').findOne({ code: roleCode });
  if (!role) throw new Error(`admin role ${roleCode} is missing: the clinic plugin's bootstrap creates it`);
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: user.email }, select: ['id'] });
  if (existing) return existing.id;
  const created = await strapi.service('admin::user').create({
    ...user,
    registrationToken: null,
    isActive: true,
    roles: [role.id],
  });
  return created.id;
};

/** Adds the user to the owners of the franchise with this slug (idempotent). */
export const addFranchiseOwner = async (strapi: Core.Strapi, franchiseSlug: string, userId: number) => {
  const franchises = strapi.db.query('plugin::clinic.franchise');
  const franchise = await franchises.findOne({ where: { slug: franchiseSlug }, populate: { owners: { select: ['id'] } } });
  if (!franchise) throw new Error(`franchise ${franchiseSlug} not found`);
  const owners: number[] = (franchise.owners ?? []).map((o: { id: number }) => o.id);
  if (owners.includes(userId)) return;
  await franchises.update({ where: { id: franchise.id }, data: { owners: [...owners, userId] } });
};
