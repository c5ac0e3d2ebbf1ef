import type { Core } from '@strapi/strapi';
import { FRANCHISE_CONDITION_ID } from './franchise-condition';
import { PRICE_MATRIX_ACTIONS } from '../price-matrix-permissions';
import { BUNDLE_BUILDER_ACTIONS } from '../bundle-builder-permissions';
import { COMPLIANCE_ACTIONS } from '../compliance/compliance.permissions';
import { LICENCE_ACTIONS } from '../licence-permissions';

const CM = 'plugin::content-manager.explorer';
const CLINIC = 'plugin::clinic.';
/** The types a franchise owner writes, at their own locations only. */
export const FRANCHISE_SCOPED_TYPES = ['plugin::clinic.offering', 'plugin::clinic.bundle-offering'] as const;

export interface PermissionSpec {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

const clinicTypes = (strapi: Core.Strapi): string[] =>
  Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith(CLINIC))
    .sort();

/** Every field path (components included) of a type, as the role editor of the admin panel lists them. */
const fieldsOf = (strapi: Core.Strapi, uid: string, action: string): string[] | undefined => {
  const contentTypes = strapi.service('admin::content-type');
  const actionDef = strapi.service('admin::permission').actionProvider.get(action);
  const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...actionDef, subjects: [uid] }]);
  return permission?.properties?.fields;
};

const contentPermission = (strapi: Core.Strapi, action: string, subject: string, conditions: string[] = [], omitFields: string[] = []): PermissionSpec => {
  const fields = fieldsOf(strapi, subject, action);
  return {
    action,
    subject,
    properties: fields ? { fields: fields.filter((f) => !omitFields.includes(f)) } : {},
    conditions,
  };
};

/** A permission of no content type (plugin and media actions). */
const plainPermission = (action: string): PermissionSpec => ({ action, subject: null, properties: {}, conditions: [] });

/** The media library, enough to pick and upload images for catalogue entries. */
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/**
 * Who owns a franchise decides what an admin user may write: a people-and-rights
 * matter left to super admins, like users and roles. No clinic role sees or sets it.
 */
const withoutOwners = (uid: string) => (uid === 'plugin::clinic.franchise' ? ['owners'] : []);

/**
 * The price matrix's page and API. For a franchise owner the API itself keeps to the
 * locations of their own franchise (plugin permissions take no conditions).
 */
const PRICE_MATRIX_PERMISSIONS: PermissionSpec[] = Object.values(PRICE_MATRIX_ACTIONS).map(plainPermission);

/**
 * Catalogue editor: create, read, update, delete and publish every clinic type, and
 * the media library. Nothing under Settings, users or roles, nor franchise owners.
 */
export const catalogueEditorPermissions = (strapi: Core.Strapi): PermissionSpec[] => [
  ...clinicTypes(strapi).flatMap((uid) => {
    const actions = ['create', 'read', 'update', 'delete'];
    if (strapi.contentType(uid as any)?.options?.draftAndPublish) actions.push('publish');
    return actions.map((a) => contentPermission(strapi, `${CM}.${a}`, uid, [], withoutOwners(uid)));
  }),
  ...MEDIA_ACTIONS.map(plainPermission),
  ...PRICE_MATRIX_PERMISSIONS,
  // The bundle builder: quotes, bundle offerings anywhere, and new bundles.
  plainPermission(BUNDLE_BUILDER_ACTIONS.use),
  plainPermission(BUNDLE_BUILDER_ACTIONS.saveBundle),
  // The compliance dashboard, and the JSON list of expiring licences it grew from (issue 10: 403 to editors).
  plainPermission(COMPLIANCE_ACTIONS.read),
  plainPermission(LICENCE_ACTIONS.readExpiring),
];

/**
 * Franchise owner: reads the chain's catalogue; creates, edits, publishes and deletes
 * offerings and bundle offerings of their own franchise's locations (the condition);
 * nothing else. Who owns a franchise is hidden from them too.
 */
export const franchiseOwnerPermissions = (strapi: Core.Strapi): PermissionSpec[] => {
  const scoped = new Set<string>(FRANCHISE_SCOPED_TYPES);
  const content = clinicTypes(strapi).flatMap((uid) => {
    if (!scoped.has(uid)) {
      return [contentPermission(strapi, `${CM}.read`, uid, [], withoutOwners(uid))];
    }
    return ['create', 'read', 'update', 'delete', 'publish'].map((a) => contentPermission(strapi, `${CM}.${a}`, uid, [FRANCHISE_CONDITION_ID]));
  });
  // The price matrix (rows limited to their own locations by the service), and the compliance
  // dashboard, which answers an owner with their own franchises' locations only
  // (compliance.controller.ts); not the unscoped list of expiring licences.
  // The bundle builder for their own locations' bundle offerings (the service and the
  // franchise-scope middleware hold them there); not saving bundles, which they cannot write.
  return [...content, ...PRICE_MATRIX_PERMISSIONS, plainPermission(BUNDLE_BUILDER_ACTIONS.use), plainPermission(COMPLIANCE_ACTIONS.read)];
};
