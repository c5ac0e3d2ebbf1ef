// What each target is asked: the curated operation from the example consumer, and the closest
// stock shadow-CRUD equivalent on /graphql (raw rows: it cannot price, total or check eligibility).
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const CURATED = fs.readFileSync(path.join(root, 'examples/site/src/operations/location-page.graphql'), 'utf8');

const SHADOW = /* GraphQL */ `
query ShadowLocationPage($slug: String!) {
  clinicLocations(filters: { slug: { eq: $slug } }) {
    slug name operatingStatus timeZone phone
    address { street city state postalCode }
    geo { latitude longitude }
    openingHours { day opens closes }
    closures { date reason }
    franchise { name }
    booking { system externalId }
    offerings(pagination: { limit: 100 }) {
      available
      priceOverrides { minutes price }
      service {
        slug name summary
        modality { slug name }
        booking { system externalId }
        variants { minutes basePrice }
      }
    }
    bundleOfferings(pagination: { limit: 100 }) {
      price
      bundle {
        slug name summary priceRule price percentOff validFrom validUntil
        items { minutes count service { slug name } }
      }
    }
    practitioners(pagination: { limit: 50 }) {
      slug firstName lastName credentialsSuffix languages acceptingNewClients
      photo { url }
      specialties { slug name }
      modalities { slug name requiredLicenceType }
      licences { type state issuedOn expiresOn suspended }
      booking { system externalId }
    }
  }
}`;

const body = (query, slug) => JSON.stringify({ query, variables: { slug } });

module.exports = {
  curated: (slug) => ({ path: '/site/graphql', body: body(CURATED, slug) }),
  shadow: (slug) => ({ path: '/graphql', body: body(SHADOW, slug) }),
  floor: (slug) => ({ path: '/site/graphql', body: body(CURATED, slug) }),
};
