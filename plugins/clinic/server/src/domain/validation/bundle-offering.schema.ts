import { z } from 'zod';
import { validateBundleOfferingPrice } from '../bundle.rules';
import { problem, Problem } from '../errors';
import { amount, fieldIsClean, shapeProblems, ValidationContext, ValidationMode } from './common.schema';

export const bundleOfferingShape = {
  bundle: z.string({ error: 'a bundle offering needs a bundle' }),
  location: z.string({ error: 'a bundle offering needs a location' }),
  price: amount,
};

/** The franchise's price: >= 0, 2 decimals, within the bundle's minPrice..maxPrice. */
export function validateBundleOffering(doc: Record<string, unknown>, ctx: ValidationContext, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(bundleOfferingShape, doc, mode);
  if (!doc.bundle || doc.price == null || !fieldIsClean(problems, 'price', 'bundle')) return problems;
  if (!ctx.bundle) return [...problems, problem('bundle', 'invalid-value', 'the bundle does not exist')];
  return [...problems, ...validateBundleOfferingPrice(doc.price as number | string, ctx.bundle)];
}
