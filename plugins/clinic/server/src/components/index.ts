// The plugin's components. Strapi loads components only from the app's src/components,
// so the plugin registers its own in register(), before the database models are built.
import type { Core } from '@strapi/strapi';
import address from './address.json';
import bookingRef from './booking-ref.json';
import bundleItem from './bundle-item.json';
import carePlanPhase from './care-plan-phase.json';
import citation from './citation.json';
import closure from './closure.json';
import geoPoint from './geo-point.json';
import openingHours from './opening-hours.json';
import priceOverride from './price-override.json';
import serviceVariant from './service-variant.json';
import takeaway from './takeaway.json';
import techniqueLink from './technique-link.json';

export const COMPONENT_CATEGORY = 'clinic';

const schemas: Record<string, { collectionName: string; info: object; options: object; attributes: Record<string, unknown> }> = {
  'address': address,
  'booking-ref': bookingRef,
  'bundle-item': bundleItem,
  'care-plan-phase': carePlanPhase,
  'citation': citation,
  'closure': closure,
  'geo-point': geoPoint,
  'opening-hours': openingHours,
  'price-override': priceOverride,
  'service-variant': serviceVariant,
  'takeaway': takeaway,
  'technique-link': techniqueLink,
};

const pascal = (s: string) => s.replace(/(^|[-_])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [name, schema] of Object.entries(schemas)) {
    const uid = `${COMPONENT_CATEGORY}.${name}`;
    if (registry.get(uid)) continue;
    registry.set(uid, {
      ...structuredClone(schema),
      __schema__: structuredClone(schema),
      uid,
      category: COMPONENT_CATEGORY,
      modelType: 'component',
      modelName: name,
      // Same rule as Strapi's own component loader: ComponentClinicOpeningHours, …
      globalId: `Component${pascal(COMPONENT_CATEGORY)}${pascal(name)}`,
    });
  }
};
