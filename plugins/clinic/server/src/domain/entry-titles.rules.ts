/**
 * The readable title of entries that have no name of their own: an offering reads
 * "Therapeutic massage · Buckhead", a bundle offering "Stretch & adjust · Buckhead".
 * Shown by the admin panel (edit header, relation pickers, lists, search).
 */
export const TITLE_SEPARATOR = ' · ';

const part = (name: string | null | undefined, missing: string) => (name && name.trim() !== '' ? name.trim() : missing);

export const offeringTitle = (serviceName: string | null | undefined, locationName: string | null | undefined): string =>
  `${part(serviceName, 'No service')}${TITLE_SEPARATOR}${part(locationName, 'No location')}`;

export const bundleOfferingTitle = (bundleName: string | null | undefined, locationName: string | null | undefined): string =>
  `${part(bundleName, 'No bundle')}${TITLE_SEPARATOR}${part(locationName, 'No location')}`;
