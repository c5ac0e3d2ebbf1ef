// One entry per folder of this directory; the key must equal info.singularName.
import articleSchema from './article/schema.json';
import bundleSchema from './bundle/schema.json';
import bundleOfferingSchema from './bundle-offering/schema.json';
import carePlanSchema from './care-plan/schema.json';
import conditionSchema from './condition/schema.json';
import faqSchema from './faq/schema.json';
import franchiseSchema from './franchise/schema.json';
import licenceSchema from './licence/schema.json';
import locationSchema from './location/schema.json';
import modalitySchema from './modality/schema.json';
import offeringSchema from './offering/schema.json';
import practitionerSchema from './practitioner/schema.json';
import serviceSchema from './service/schema.json';
import specialtySchema from './specialty/schema.json';
import techniqueSchema from './technique/schema.json';

export default {
  'article': { schema: articleSchema },
  'bundle': { schema: bundleSchema },
  'bundle-offering': { schema: bundleOfferingSchema },
  'care-plan': { schema: carePlanSchema },
  'condition': { schema: conditionSchema },
  'faq': { schema: faqSchema },
  'franchise': { schema: franchiseSchema },
  'licence': { schema: licenceSchema },
  'location': { schema: locationSchema },
  'modality': { schema: modalitySchema },
  'offering': { schema: offeringSchema },
  'practitioner': { schema: practitionerSchema },
  'service': { schema: serviceSchema },
  'specialty': { schema: specialtySchema },
  'technique': { schema: techniqueSchema },
};
