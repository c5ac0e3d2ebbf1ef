import bookingRef from '../../../server/src/components/booking-ref.json';
import carePlanPhase from '../../../server/src/components/care-plan-phase.json';
import openingHours from '../../../server/src/components/opening-hours.json';
import techniqueLink from '../../../server/src/components/technique-link.json';
import bundle from '../../../server/src/content-types/bundle/schema.json';
import condition from '../../../server/src/content-types/condition/schema.json';
import licence from '../../../server/src/content-types/licence/schema.json';
import location from '../../../server/src/content-types/location/schema.json';
import technique from '../../../server/src/content-types/technique/schema.json';
import { enumLabel } from './enum-labels';

type Schema = { attributes: Record<string, { type: string; enum?: string[] }> };

/** The clinic schemas with enumerations whose values are words (codes such as LMT or GA stay as they are). */
const SCHEMAS: Schema[] = [location, licence, bundle, condition, technique, openingHours, carePlanPhase, techniqueLink, bookingRef];

/**
 * Enumeration values in words for the edit view's selects, as translations. Strapi 5.54's
 * enumeration input names each option `formatMessage({ id: value, defaultMessage: value })`
 * (admin FormInputs/Enumeration), so a translation whose id is the stored value
 * (`coming_soon` → "Coming soon") changes what the select shows and nothing that is stored.
 */
export const enumerationWords = (): Record<string, string> => {
  const words: Record<string, string> = {};
  for (const schema of SCHEMAS) {
    for (const attribute of Object.values(schema.attributes)) {
      if (attribute.type !== 'enumeration') continue;
      for (const value of attribute.enum ?? []) if (enumLabel(value) !== value) words[value] = enumLabel(value);
    }
  }
  return words;
};
