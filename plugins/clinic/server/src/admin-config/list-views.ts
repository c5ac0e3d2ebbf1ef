/**
 * What each content type's list and edit header answer (by code, so a fresh clone has
 * it): the field that names an entry (edit header, relation pickers, "Last edited
 * entries"), the list's columns and its default order.
 */
export interface ListView {
  mainField: string;
  columns: string[];
  sortBy: string;
  sortOrder?: 'ASC' | 'DESC';
}

export const LIST_VIEWS: Record<string, ListView> = {
  'plugin::clinic.offering': { mainField: 'title', columns: ['title', 'service', 'location', 'available', 'updatedAt'], sortBy: 'title' },
  'plugin::clinic.bundle-offering': { mainField: 'title', columns: ['title', 'bundle', 'location', 'price', 'updatedAt'], sortBy: 'title' },
  'plugin::clinic.location': { mainField: 'name', columns: ['name', 'region', 'franchise', 'operatingStatus', 'timeZone'], sortBy: 'name' },
  'plugin::clinic.licence': { mainField: 'number', columns: ['practitioner', 'type', 'state', 'number', 'expiresOn', 'licenceStatus'], sortBy: 'expiresOn' },
  'plugin::clinic.practitioner': { mainField: 'lastName', columns: ['lastName', 'firstName', 'credentialsSuffix', 'acceptingNewClients', 'updatedAt'], sortBy: 'lastName' },
  'plugin::clinic.service': { mainField: 'name', columns: ['name', 'modality', 'slug', 'updatedAt'], sortBy: 'name' },
  'plugin::clinic.bundle': { mainField: 'name', columns: ['name', 'priceRule', 'price', 'percentOff', 'minPrice', 'maxPrice', 'validUntil'], sortBy: 'name' },
  'plugin::clinic.franchise': { mainField: 'name', columns: ['name', 'slug', 'locations', 'owners'], sortBy: 'name' },
  'plugin::clinic.modality': { mainField: 'name', columns: ['name', 'requiredLicenceType', 'nuccTaxonomyCode'], sortBy: 'name' },
  'plugin::clinic.technique': { mainField: 'name', columns: ['name', 'modality', 'pressure', 'updatedAt'], sortBy: 'name' },
  'plugin::clinic.condition': { mainField: 'name', columns: ['name', 'category', 'slug', 'updatedAt'], sortBy: 'name' },
  'plugin::clinic.specialty': { mainField: 'name', columns: ['name', 'slug'], sortBy: 'name' },
  'plugin::clinic.care-plan': { mainField: 'name', columns: ['name', 'condition', 'updatedAt'], sortBy: 'name' },
  'plugin::clinic.article': { mainField: 'title', columns: ['title', 'author', 'updatedAt'], sortBy: 'updatedAt', sortOrder: 'DESC' },
  'plugin::clinic.faq': { mainField: 'question', columns: ['question', 'updatedAt'], sortBy: 'question' },
};
