import type { Core } from '@strapi/strapi';

export const FRANCHISE_CONDITION_NAME = 'is-own-franchise-location';
/** The id Strapi gives the condition (`plugin::<plugin>.<name>`), as stored on permissions. */
export const FRANCHISE_CONDITION_ID = `plugin::clinic.${FRANCHISE_CONDITION_NAME}`;

/**
 * The RBAC condition of the franchise-owner role: the entry's location belongs to a
 * franchise whose owners include the user. Strapi turns it into a filter on lists
 * and checks it on the loaded entry before read, update, publish and delete. It is
 * not checked on create, nor on the relation a write attaches: the franchise-scope
 * document middleware covers those.
 *
 * Conditions can only be registered while Strapi loads (bootstrap), never after.
 */
export const registerFranchiseCondition = async (strapi: Core.Strapi) => {
  await strapi.service('admin::permission').conditionProvider.register({
    displayName: 'Is at a location of own franchise',
    name: FRANCHISE_CONDITION_NAME,
    plugin: 'clinic',
    handler: (user: { id: number | string }) => ({ 'location.franchise.owners.id': user.id }),
  });
};
