/**
 * The bundle builder's admin API input, as zod schemas (the type next to each).
 * Unknown keys are refused and every refusal names its field. Money comes in dollars
 * (as the content manager shows it) and is held as cents from here on.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { decimalToCentsSchema } from '../money';
import { SLUG_PATTERN } from '../validation/common.schema';
import { documentIdSchema } from '../price-matrix/matrix-request.schema';

/** More parts than this is no bundle a client reads at a glance. */
export const BUNDLE_MAX_ITEMS = 20;

const itemSchema = z.strictObject({
  service: documentIdSchema,
  minutes: z.number({ error: 'must be a whole number of minutes' }).int('must be a whole number of minutes').min(15, 'must be at least 15').max(180, 'must be at most 180'),
  count: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50'),
});
const itemsSchema = z.array(itemSchema).min(1, 'name at least one service').max(BUNDLE_MAX_ITEMS, `at most ${BUNDLE_MAX_ITEMS} services`);

/** Exactly one of `bundle` (an existing one) and `items`. */
const oneSource = (body: { bundle?: unknown; items?: unknown }, ctx: z.RefinementCtx) => {
  if ((body.bundle === undefined) === (body.items === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['bundle'], message: 'name either an existing bundle or items, not both' });
  }
};

/** A share of the sum of parts, 0–100 with at most two decimals (as the bundle's own field takes it). */
const percentOffSchema = z
  .number({ error: 'must be a number of percent, such as 10 or 12.5' })
  .min(0, 'must be between 0 and 100')
  .max(100, 'must be between 0 and 100')
  .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'must have at most 2 decimals');

export const quoteBodySchema = z
  .strictObject({
    location: documentIdSchema,
    bundle: documentIdSchema.optional(),
    items: itemsSchema.optional(),
    /** The price asked, in dollars; null or absent while nothing is typed. */
    price: decimalToCentsSchema('price').nullable().optional(),
    /** A new bundle priced as a percent off its parts (items only): the price follows the location's prices. */
    percentOff: percentOffSchema.optional(),
    /** A new bundle's bounds (items only; an existing bundle has its own). */
    minPrice: decimalToCentsSchema('minPrice').optional(),
    maxPrice: decimalToCentsSchema('maxPrice').optional(),
  })
  .superRefine(oneSource)
  .superRefine((body, ctx) => {
    if (body.bundle !== undefined && (body.minPrice !== undefined || body.maxPrice !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['minPrice'], message: 'an existing bundle has its own bounds' });
    }
    if ((body.minPrice === undefined) !== (body.maxPrice === undefined)) {
      ctx.addIssue({ code: 'custom', path: [body.minPrice === undefined ? 'minPrice' : 'maxPrice'], message: 'give both bounds or neither' });
    }
    if (body.percentOff !== undefined && body.bundle !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'an existing bundle has its own price rule' });
    } else if (body.percentOff !== undefined && body.price !== undefined && body.price !== null) {
      ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'give a price or a percent off the parts, not both' });
    }
  });
export type QuoteBody = z.infer<typeof quoteBodySchema>;

const modeSchema = z.enum(['draft', 'publish'], { error: 'must be "draft" or "publish"' });

/** Save as a bundle offering: the bundle at the location, at the price (created, or the existing draft updated). */
export const saveOfferingBodySchema = z.strictObject({
  location: documentIdSchema,
  bundle: documentIdSchema,
  price: decimalToCentsSchema('price'),
  mode: modeSchema,
});
export type SaveOfferingBody = z.infer<typeof saveOfferingBodySchema>;

const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD');

/**
 * Save as a bundle (editors): the items at a fixed price within its bounds, or at a
 * percent off the sum of their parts at each location (`priceRule: 'percent_off_parts'`).
 */
export const saveBundleBodySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'a bundle needs a name').max(120),
    slug: z.string().max(120).regex(SLUG_PATTERN, 'must be a slug such as "full-reset"').optional(),
    summary: z.string().max(2000).optional(),
    items: itemsSchema,
    priceRule: z.enum(['fixed', 'percent_off_parts'], { error: 'must be "fixed" or "percent_off_parts"' }).default('fixed'),
    price: decimalToCentsSchema('price').optional(),
    percentOff: percentOffSchema.optional(),
    minPrice: decimalToCentsSchema('minPrice'),
    maxPrice: decimalToCentsSchema('maxPrice'),
    validFrom: isoDate,
    validUntil: isoDate.nullable().optional(),
    mode: modeSchema,
  })
  .superRefine((body, ctx) => {
    if (body.priceRule === 'fixed') {
      if (body.price === undefined) ctx.addIssue({ code: 'custom', path: ['price'], message: 'a fixed-price bundle needs a price' });
      if (body.percentOff !== undefined) ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'a fixed-price bundle has no percent off' });
    } else {
      if (body.percentOff === undefined) ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'a percent-off bundle needs its percent off the parts' });
      if (body.price !== undefined) ctx.addIssue({ code: 'custom', path: ['price'], message: 'a percent-off bundle takes its price from the parts: leave the price out' });
    }
  });
export type SaveBundleBody = z.infer<typeof saveBundleBodySchema>;

/** "The Full Reset" -> "the-full-reset". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
