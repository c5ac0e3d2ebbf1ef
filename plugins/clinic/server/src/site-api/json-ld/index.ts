/** schema.org JSON-LD for the site API's pages: pure builders over the read model. */
export { articleJsonLd, type ArticleJsonLdInput } from './article.json-ld';
export { conditionJsonLd, type ConditionJsonLdInput } from './condition.json-ld';
export { locationJsonLd, offersLicensedCare, type LocationJsonLd, type LocationJsonLdInput } from './location.json-ld';
export { OCCUPATION_BY_LICENCE, practitionerJsonLd, type PractitionerJsonLdInput, type ShownLicence } from './practitioner.json-ld';
export { serviceJsonLd, type ServiceJsonLd, type ServiceJsonLdInput } from './service.json-ld';
export { nodeId, pageUrl, priceText } from './shared';
