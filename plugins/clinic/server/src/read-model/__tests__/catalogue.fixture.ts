import type { PublishedCatalogue } from '../catalogue.types';

/** A tiny published catalogue: two locations (GA, AL), massage and stretch, one bundle. */
export const catalogue = (overrides: Partial<PublishedCatalogue> = {}): PublishedCatalogue => ({
  modalities: [
    { slug: 'massage', name: 'Therapeutic massage', summary: null, requiredLicenceType: 'LMT' },
    { slug: 'stretch', name: 'Stretch therapy', summary: null, requiredLicenceType: null },
  ],
  specialties: [{ slug: 'sports', name: 'Sports recovery' }],
  techniques: [
    { slug: 'deep-tissue', name: 'Deep tissue', pressure: 'deep', modality: 'massage', howPerformed: null, bestFor: null, contraindications: null },
    { slug: 'assisted', name: 'Assisted stretching', pressure: 'light', modality: 'stretch', howPerformed: null, bestFor: null, contraindications: null },
  ],
  conditions: [
    { slug: 'low-back-pain', name: 'Low-back pain', category: 'pain', summary: null, disclaimer: 'Not a diagnosis.', citations: [], links: [{ technique: 'deep-tissue', evidence: 'moderate', note: null }] },
  ],
  carePlans: [],
  franchises: [{ slug: 'metro', name: 'Metro' }],
  locations: [
    {
      slug: 'atl', name: 'Atlanta', operatingStatus: 'open', region: null, phone: null, timeZone: 'America/New_York',
      address: { street: '1 Peach St', city: 'Atlanta', state: 'GA', postalCode: '30301' }, geo: { latitude: 33.75, longitude: -84.39 },
      openingHours: [], closures: [], franchise: 'metro', booking: null,
    },
    {
      slug: 'bhm', name: 'Birmingham', operatingStatus: 'open', region: null, phone: null, timeZone: 'America/Chicago',
      address: { street: '2 Iron Ave', city: 'Birmingham', state: 'AL', postalCode: '35203' }, geo: { latitude: 33.52, longitude: -86.8 },
      openingHours: [], closures: [], franchise: null, booking: null,
    },
  ],
  services: [
    { slug: 'deep', name: 'Deep tissue massage', summary: null, modality: 'massage', techniques: ['deep-tissue'], variants: [{ minutes: 30, basePrice: 60 }, { minutes: 60, basePrice: '95.50' }], booking: null },
    { slug: 'stretch-30', name: 'Assisted stretch', summary: null, modality: 'stretch', techniques: ['assisted'], variants: [{ minutes: 30, basePrice: 45 }], booking: null },
  ],
  offerings: [
    { service: 'deep', location: 'atl', available: true, priceOverrides: [{ minutes: 60, price: 110 }] },
    { service: 'stretch-30', location: 'atl', available: true, priceOverrides: [] },
    { service: 'deep', location: 'bhm', available: true, priceOverrides: [] },
  ],
  bundles: [
    {
      slug: 'reset', name: 'Reset', summary: null, items: [{ service: 'deep', minutes: 60, count: 2 }, { service: 'stretch-30', minutes: 30, count: 1 }],
      priceRule: 'fixed', price: 230, percentOff: null, minPrice: 200, maxPrice: 260, validFrom: '2026-01-01', validUntil: null,
    },
  ],
  bundleOfferings: [
    { bundle: 'reset', location: 'atl', price: 240 },
    { bundle: 'reset', location: 'bhm', price: 240 },
  ],
  practitioners: [
    {
      slug: 'ana', firstName: 'Ana', lastName: 'Reyes', credentialsSuffix: 'LMT', bio: null, yearsExperience: 5, photoUrl: null, languages: ['en', 'es'],
      acceptingNewClients: true, booking: null, specialties: ['sports'], techniques: ['deep-tissue', 'assisted'], modalities: ['massage', 'stretch'],
      locations: ['atl', 'bhm'],
      licences: [{ type: 'LMT', number: 'MT012345', state: 'GA', board: 'GA Board', issuedOn: '2024-11-01', expiresOn: '2026-10-31', suspended: false, verificationUrl: null, verifiedAt: null }],
    },
  ],
  faqs: [],
  articles: [],
  ...overrides,
});
