import { z } from 'zod';
import { problem, Problem } from '../errors';
import { validatePriceOverrides } from '../pricing.rules';
import { amount, fieldIsClean, isoDate, minutes, shapeProblems, ValidationContext, ValidationMode } from './common.schema';

const required = (what: string) => z.string({ error: `an offering needs a ${what}` });

export const offeringShape = {
  service: required('service'),
  location: required('location'),
  available: z.boolean(),
  priceOverrides: z.array(z.object({ minutes, price: amount, effectiveFrom: isoDate.nullish() })).max(40).nullish(),
};

/**
 * Overrides only for lengths the offered service has, each once undated and once per
 * day it is scheduled from, prices >= 0 with 2 decimals. (40 rows: a price now and a
 * scheduled change for each of up to 20 lengths.)
 */
export function validateOffering(doc: Record<string, unknown>, ctx: ValidationContext, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(offeringShape, doc, mode);
  const service = doc.service as string | null | undefined;
  if (!service || !fieldIsClean(problems, 'priceOverrides', 'service')) return problems;
  const lengths = ctx.serviceMinutes.get(service);
  if (!lengths) return [...problems, problem('service', 'invalid-value', 'the service does not exist')];
  const overrides = (doc.priceOverrides ?? []) as { minutes: number; price: number | string; effectiveFrom?: string | null }[];
  return [...problems, ...validatePriceOverrides(lengths.map((m) => ({ minutes: m })), overrides)];
}
