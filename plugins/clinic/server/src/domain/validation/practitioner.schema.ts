import { z } from 'zod';
import { Problem } from '../errors';
import { languages, longText, phone, shapeProblems, slug, text, ValidationMode } from './common.schema';
import { bookingShape } from './service.schema';

/**
 * Linking a practitioner to a location where they hold no licence for a modality
 * that needs one is ALLOWED here (flagged, not refused): editors often enter the
 * practitioner before the licence. The public listing applies the eligibility
 * rule (domain/eligibility.rules.ts) at query time instead.
 */
export const practitionerShape = {
  firstName: text(120),
  lastName: text(120),
  slug,
  credentialsSuffix: z.string().max(60).nullish(),
  bio: longText().nullish(),
  yearsExperience: z.number().int('must be a whole number').min(0, 'must not be negative').max(80, 'must be at most 80').nullish(),
  languages: languages.nullish(),
  acceptingNewClients: z.boolean().nullish(),
  booking: bookingShape,
  email: z.email('must be an email address').nullish(),
  phone: phone.nullish(),
  internalNotes: longText().nullish(),
};

export function validatePractitioner(doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  return shapeProblems(practitionerShape, doc, mode);
}
