import { z } from 'zod';
import { Problem } from '../errors';
import { amount, duplicateProblems, fieldIsClean, longText, minutes, relationRef, shapeProblems, slug, text, ValidationMode } from './common.schema';

export const bookingShape = z
  .object({ system: z.enum(['mindbody', 'boulevard', 'jane', 'other']), externalId: text(120) })
  .nullish();

export const serviceShape = {
  name: text(),
  slug,
  summary: longText().nullish(),
  modality: relationRef,
  variants: z.array(z.object({ minutes, basePrice: amount })).min(1, 'a service needs at least one length').max(20),
  booking: bookingShape,
};

/** Variant lengths 15-180 in steps of 5, prices >= 0 with 2 decimals, each length once. */
export function validateService(doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(serviceShape, doc, mode);
  if (fieldIsClean(problems, 'variants') && Array.isArray(doc.variants)) {
    problems.push(...duplicateProblems(doc.variants as { minutes: number }[], 'variants', 'minutes', (v) => v.minutes, 'the length'));
  }
  return problems;
}
