import type { Core } from '@strapi/strapi';
import { ensureClinicRoles } from '../admin-roles/clinic-roles';

/**
 * The clinic's admin roles (catalogue editor, franchise owner). The app calls
 * `ensure()` from its own bootstrap: Strapi bootstraps the admin after the plugins,
 * and the admin only creates its default roles (Super Admin…) on a database without
 * any role, so creating ours first would leave a fresh install without a Super Admin.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  ensure: () => ensureClinicRoles(strapi),
});
