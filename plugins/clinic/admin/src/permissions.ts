/**
 * The RBAC actions the admin pages need, as the server registers them
 * (server/src/compliance/compliance.permissions.ts, server/src/price-matrix-permissions.ts).
 * A menu link without them is hidden, and the page itself checks them again
 * (Page.Protect) for a typed URL.
 */
export const COMPLIANCE_PERMISSIONS = [{ action: 'plugin::clinic.compliance.read', subject: null }];

export const PRICE_MATRIX_READ_PERMISSIONS = [{ action: 'plugin::clinic.price-matrix.read', subject: null }];
export const PRICE_MATRIX_UPDATE_PERMISSIONS = [{ action: 'plugin::clinic.price-matrix.update', subject: null }];

export const BUNDLE_BUILDER_PERMISSIONS = [{ action: 'plugin::clinic.bundle-builder.use', subject: null }];
