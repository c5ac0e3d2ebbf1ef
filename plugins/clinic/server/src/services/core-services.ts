import { factories } from '@strapi/strapi';
import contentTypes from '../content-types';

export const coreServices = Object.fromEntries(
  Object.keys(contentTypes).map((name) => [name, factories.createCoreService(`plugin::clinic.${name}` as any)]),
);
