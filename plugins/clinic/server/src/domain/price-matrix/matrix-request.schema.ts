/**
 * The price matrix's admin API input, as zod schemas (the type next to each).
 * Unknown keys are refused (a misspelt filter must not widen the answer), and
 * every refusal names its field.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { decimalToCentsSchema } from '../money';
import { US_STATE_CODES } from '../us-states';
import { SLUG_PATTERN } from '../validation/common.schema';
import type { CellEdit } from './change-plan.rules';
import type { PriceOperation } from './price-operation.rules';

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const documentIdSchema = z.string().regex(DOCUMENT_ID, 'must be a documentId');
const slugSchema = z.string().max(120).regex(SLUG_PATTERN, 'must be a slug such as "metro-atlanta"');

/** A query-string integer: "2" -> 2; anything else refused. */
const queryInt = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? fallback);

/** The most rows a matrix page holds: 100 locations × every service stay a few thousand cells. */
export const MATRIX_MAX_PAGE_SIZE = 100;

export const matrixQuerySchema = z.strictObject({
  /** Franchise slug. */
  franchise: slugSchema.optional(),
  region: z.string().trim().min(1).max(120).optional(),
  state: z.enum(US_STATE_CODES, { error: 'must be a US state code such as GA' }).optional(),
  /** Modality slug: only the services of that line as columns. */
  modality: slugSchema.optional(),
  /** Service slug: only that service as columns. */
  service: slugSchema.optional(),
  page: queryInt(1, 100_000, 1),
  pageSize: queryInt(1, MATRIX_MAX_PAGE_SIZE, 50),
});
export type MatrixQuery = z.infer<typeof matrixQuerySchema>;

const percent = (max: number) =>
  z
    .number()
    .gt(0, 'must be more than 0')
    .max(max, `must be at most ${max}`)
    .refine((p) => Number.isInteger(Math.round(p * 100)) && Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, 'must have at most 2 decimals')
    .transform((p) => Math.round(p * 100));

export const operationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('set'), price: decimalToCentsSchema('price') }),
  z.strictObject({ kind: z.literal('add'), amount: decimalToCentsSchema('amount') }),
  z.strictObject({ kind: z.literal('subtract'), amount: decimalToCentsSchema('amount') }),
  z.strictObject({ kind: z.literal('add-percent'), percent: percent(1000) }),
  z.strictObject({ kind: z.literal('subtract-percent'), percent: percent(100) }),
  z.strictObject({ kind: z.literal('reset') }),
], { error: 'must be one of set, add, subtract, add-percent, subtract-percent, reset' });

const toOperation = (op: z.infer<typeof operationSchema>): PriceOperation => {
  switch (op.kind) {
    case 'set':
      return { kind: 'set', priceCents: op.price };
    case 'add':
    case 'subtract':
      return { kind: op.kind, amountCents: op.amount };
    case 'add-percent':
    case 'subtract-percent':
      return { kind: op.kind, basisPoints: op.percent };
    case 'reset':
      return { kind: 'reset' };
  }
};

/** At most this many cells in one request (50 locations × 60 services × 3 lengths fits). */
export const MATRIX_MAX_CELLS = 10_000;

const changeSchema = z
  .strictObject({
    locations: z.array(documentIdSchema).min(1, 'name at least one location').max(1000),
    variants: z.array(z.strictObject({ service: documentIdSchema, minutes: z.number().int() })).min(1, 'name at least one service length').max(200),
    operation: operationSchema,
    effectiveFrom: z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD').optional(),
  })
  .superRefine((change, ctx) => {
    // A scheduled reset would need a row meaning "base price from then": set the base price instead.
    if (change.effectiveFrom && change.operation.kind === 'reset') {
      ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'a reset to the base price applies now; schedule a set to the base price instead' });
    }
  });

const changes = z.array(changeSchema).min(1, 'name at least one change').max(200);
const withinCellLimit = (body: { changes: { locations: unknown[]; variants: unknown[] }[] }, ctx: z.RefinementCtx) => {
  const cells = body.changes.reduce((n, c) => n + c.locations.length * c.variants.length, 0);
  if (cells > MATRIX_MAX_CELLS) ctx.addIssue({ code: 'custom', path: ['changes'], message: `names ${cells} cells; at most ${MATRIX_MAX_CELLS} in one request` });
};

export const changesBodySchema = z.strictObject({ changes }).superRefine(withinCellLimit);
export const applyBodySchema = z
  .strictObject({ changes, mode: z.enum(['draft', 'publish'], { error: 'must be "draft" or "publish"' }) })
  .superRefine(withinCellLimit);
export type ChangesBody = z.infer<typeof changesBodySchema>;
export type ApplyBody = z.infer<typeof applyBodySchema>;

/** One edit per cell the body names, in request order. */
export function cellEdits(body: ChangesBody): CellEdit[] {
  return body.changes.flatMap((change, i) =>
    change.locations.flatMap((location) =>
      change.variants.map((v) => ({
        location,
        service: v.service,
        minutes: v.minutes,
        operation: toOperation(change.operation),
        effectiveFrom: change.effectiveFrom ?? null,
        change: i,
      })),
    ),
  );
}
