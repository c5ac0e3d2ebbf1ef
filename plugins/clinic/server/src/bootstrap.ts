import type { Core } from '@strapi/strapi';
import { registerFranchiseCondition } from './admin-roles/franchise-condition';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Conditions can only be registered while Strapi loads. The roles that use it are
  // provisioned later, from the app's bootstrap (services/clinic-roles.ts says why).
  await registerFranchiseCondition(strapi);
};
