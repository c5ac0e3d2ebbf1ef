import { z } from 'zod';
import { BundlePriceRuleKind, validateBundle } from '../bundle.rules';
import { problem, Problem } from '../errors';
import { amount, fieldIsClean, isoDate, isPresent, longText, minutes, shapeProblems, slug, text, ValidationContext, ValidationMode } from './common.schema';

export const bundleShape = {
  name: text(),
  slug,
  summary: longText().nullish(),
  items: z
    .array(
      z.object({
        service: z.string({ error: 'an item needs a service' }),
        minutes,
        count: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100'),
      }),
    )
    .min(1, 'a bundle needs at least one item')
    .max(20),
  priceRule: z.enum(['fixed', 'percent_off_parts']),
  price: amount.nullish(),
  percentOff: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').nullish(),
  minPrice: amount,
  maxPrice: amount,
  validFrom: isoDate,
  validUntil: isoDate.nullish(),
};

interface Item {
  service: string;
  minutes: number;
  count: number;
}

const RULE_FIELDS = ['priceRule', 'price', 'percentOff', 'minPrice', 'maxPrice', 'validFrom', 'validUntil'];

/**
 * Items not empty, every item's service offers that length, minPrice <= maxPrice,
 * a fixed price within the bounds, percentOff 0-100, validUntil not before validFrom.
 */
export function validateBundleDocument(doc: Record<string, unknown>, ctx: ValidationContext, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(bundleShape, doc, mode);
  const items = (Array.isArray(doc.items) ? doc.items : []) as Item[];

  if (fieldIsClean(problems, 'items')) {
    items.forEach((item, i) => {
      const lengths = ctx.serviceMinutes.get(item.service);
      if (!lengths) problems.push(problem(`items.${i}.service`, 'invalid-value', 'the service does not exist'));
      else if (!lengths.includes(item.minutes)) {
        problems.push(problem(`items.${i}.minutes`, 'unknown-variant',
          `the service has no ${item.minutes}-minute variant (lengths: ${[...lengths].sort((a, b) => a - b).join(', ') || 'none'})`));
      }
    });
  }

  // The cross-field price and date rules need every part, each well-formed.
  const ready = ['priceRule', 'minPrice', 'maxPrice', 'validFrom'].every((f) => isPresent(doc[f])) && fieldIsClean(problems, ...RULE_FIELDS);
  if (ready) {
    const domain = validateBundle({
      items: [],
      priceRule: doc.priceRule as BundlePriceRuleKind,
      price: (doc.price ?? null) as number | null,
      percentOff: (doc.percentOff ?? null) as number | null,
      minPrice: doc.minPrice as number,
      maxPrice: doc.maxPrice as number,
      validFrom: doc.validFrom as string,
      validUntil: (doc.validUntil ?? null) as string | null,
    }).filter((p) => p.path !== 'items'); // items are checked above, with their services
    problems.push(...domain);
  }
  return problems;
}

