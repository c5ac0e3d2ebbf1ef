import { z } from 'zod';
import { Problem } from '../errors';
import { Closure, OpeningHours, validateClosures, validateOpeningHours } from '../opening-hours.rules';
import { WEEKDAYS } from '../vocabulary';
import { fieldIsClean, isoDate, phone, shapeProblems, slug, text, timeZone, usState, ValidationMode } from './common.schema';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(HH_MM, 'must be a time as HH:MM (00:00-23:59)');

export const locationShape = {
  name: text(),
  slug,
  operatingStatus: z.enum(['open', 'coming_soon', 'closed']),
  region: z.string().max(120).nullish(),
  address: z.object({
    street: text(),
    city: text(120),
    state: usState,
    postalCode: z.string().regex(/^\d{5}(-\d{4})?$/, 'must be a US ZIP code such as 30305 or 30305-1234'),
  }),
  geo: z
    .object({
      latitude: z.number().min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
      longitude: z.number().min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
    })
    .nullish(),
  timeZone,
  phone: phone.nullish(),
  openingHours: z.array(z.object({ day: z.enum(WEEKDAYS), opens: time, closes: time })).max(50).nullish(),
  closures: z.array(z.object({ date: isoDate, reason: z.string().max(255).nullish() })).max(400).nullish(),
};

/** Shape, then closes after opens with no overlap per day, and no closure date listed twice. */
export function validateLocation(doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(locationShape, doc, mode);
  if (fieldIsClean(problems, 'openingHours') && Array.isArray(doc.openingHours)) {
    problems.push(...validateOpeningHours(doc.openingHours as OpeningHours[]));
  }
  if (fieldIsClean(problems, 'closures') && Array.isArray(doc.closures)) {
    problems.push(...validateClosures(doc.closures as Closure[]));
  }
  return problems;
}
