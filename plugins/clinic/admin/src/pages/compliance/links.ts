/** Content-manager edit views of the clinic types, relative to the admin panel's root. */
const entry = (type: string, documentId: string) => `/content-manager/collection-types/plugin::clinic.${type}/${documentId}`;

export const licenceEntry = (documentId: string) => entry('licence', documentId);
export const practitionerEntry = (documentId: string) => entry('practitioner', documentId);
export const locationEntry = (documentId: string) => entry('location', documentId);
