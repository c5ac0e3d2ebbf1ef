import { factories } from '@strapi/strapi';
import contentTypes from '../content-types';
import licenceLifecycle from './licence-lifecycle';
import readModel from './read-model';
import priceMatrix from './price-matrix';
import bundleBuilder from './bundle-builder';
import compliance from '../compliance/compliance.controller';

// Core controllers for every type: Strapi needs them for content-api permissions
// (and GraphQL shadow CRUD) to take effect on plugin types.
export default {
  ...Object.fromEntries(
    Object.keys(contentTypes).map((name) => [name, factories.createCoreController(`plugin::clinic.${name}` as any)]),
  ),
  'licence-lifecycle': licenceLifecycle,
  'read-model': readModel,
  'price-matrix': priceMatrix,
  'bundle-builder': bundleBuilder,
  compliance,
};
