import type { Core } from '@strapi/strapi';
import { CATALOGUE_EDITOR_ROLE_CODE, FRANCHISE_OWNER_ROLE_CODE } from '../domain/franchise-scope.rules';
import { catalogueEditorPermissions, franchiseOwnerPermissions, type PermissionSpec } from './role-permissions';

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  permissions: (strapi: Core.Strapi) => PermissionSpec[];
}

export const CLINIC_ROLES: RoleSpec[] = [
  {
    code: CATALOGUE_EDITOR_ROLE_CODE,
    name: 'Catalogue editor',
    description: "Edits and publishes the whole chain's catalogue and media; no users, roles or settings.",
    permissions: catalogueEditorPermissions,
  },
  {
    code: FRANCHISE_OWNER_ROLE_CODE,
    name: 'Franchise owner',
    description: 'Reads the catalogue; manages offerings and bundle offerings of the locations of their own franchise.',
    permissions: franchiseOwnerPermissions,
  },
];

/**
 * Creates the clinic's admin roles when missing and sets their permissions at every
 * start. The permissions are owned by code: edits made in the admin panel's role
 * editor are reverted at the next start, so a franchise owner's scope cannot drift
 * from what the franchise-scope middleware and the tests assume.
 */
export const ensureClinicRoles = async (strapi: Core.Strapi) => {
  const roles = strapi.service('admin::role');
  for (const spec of CLINIC_ROLES) {
    let role = await roles.findOne({ code: spec.code });
    if (!role) {
      role = await roles.create({ code: spec.code, name: spec.name, description: spec.description });
      strapi.log.info(`[clinic] admin role "${spec.name}" created`);
    }
    await roles.assignPermissions(role.id, spec.permissions(strapi));
  }
};

