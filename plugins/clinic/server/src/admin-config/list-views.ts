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

/**
 * The field whose value heads each row of a repeatable component in the edit view
 * (Strapi shows that one value as stored; without it a row's header is empty, a button
 * with no name): opening hours by their day, prices and lengths by their minutes.
 */
export const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'clinic.opening-hours': 'day',
  'clinic.closure': 'date',
  'clinic.price-override': 'minutes',
  'clinic.service-variant': 'minutes',
  'clinic.bundle-item': 'minutes',
  'clinic.care-plan-phase': 'name',
  'clinic.citation': 'title',
  'clinic.takeaway': 'text',
  'clinic.technique-link': 'evidence',
};
