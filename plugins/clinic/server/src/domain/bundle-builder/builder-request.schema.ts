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

export const quoteBodySchema = z
  .strictObject({
    location: documentIdSchema,
    bundle: documentIdSchema.optional(),
    items: itemsSchema.optional(),
    /** The price asked, in dollars; null or absent while nothing is typed. */
    price: decimalToCentsSchema('price').nullable().optional(),
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

/** Save as a bundle (editors): a fixed-price bundle of the items, within its bounds. */
export const saveBundleBodySchema = z.strictObject({
  name: z.string().trim().min(1, 'a bundle needs a name').max(120),
  slug: z.string().max(120).regex(SLUG_PATTERN, 'must be a slug such as "full-reset"').optional(),
  summary: z.string().max(2000).optional(),
  items: itemsSchema,
  price: decimalToCentsSchema('price'),
  minPrice: decimalToCentsSchema('minPrice'),
  maxPrice: decimalToCentsSchema('maxPrice'),
  validFrom: isoDate,
  validUntil: isoDate.nullable().optional(),
  mode: modeSchema,
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
