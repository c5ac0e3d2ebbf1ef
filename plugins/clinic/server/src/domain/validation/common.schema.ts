/**
 * Building blocks of the write schemas (one file per content type beside this
 * one). Pure zod + domain rules: the Strapi glue (document-middlewares/validation)
 * loads the stored document, merges the write into it and hands the result here.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { problem, Problem, ProblemCode } from '../errors';
import { amountProblem } from '../money';
import { isValidTimeZone } from '../opening-hours.rules';
import { US_STATE_CODES } from '../us-states';

/** Drafts may be incomplete (as in Strapi's own validation); published and non-D&P documents must be complete. */
export interface ValidationMode {
  complete: boolean;
}

/** What the rules need from other documents, loaded by the glue before validating. */
export interface ValidationContext {
  /** Variant lengths (minutes) of the services the document refers to, by documentId. */
  serviceMinutes: ReadonlyMap<string, readonly number[]>;
  /** The bundle a bundle offering refers to (its price bounds); null when not found. */
  bundle?: { minPrice: number | string; maxPrice: number | string } | null;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

export const slug = z
  .string()
  .max(120, 'must be at most 120 characters')
  .regex(SLUG_PATTERN, 'must be URL-safe: lower-case letters and digits separated by single hyphens, e.g. "deep-tissue"');

export const text = (max = 255) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const longText = (max = 20_000) => z.string().max(max, `must be at most ${max} characters`);

/** A price: >= 0 with at most 2 decimals (a number, or a decimal string as PostgreSQL returns it). */
export const amount = z.union([z.number(), z.string()]).superRefine((value, ctx) => {
  const p = amountProblem(value, '');
  if (p) ctx.addIssue({ code: 'custom', message: p.message.trim(), params: { code: p.code } });
});

/** A session or variant length: 15-180 minutes in steps of 5. */
export const minutes = z
  .number()
  .int('must be a whole number of minutes')
  .min(15, 'must be at least 15 minutes')
  .max(180, 'must be at most 180 minutes')
  .multipleOf(5, 'must be a multiple of 5 minutes');

export const isoDate = z.string().refine(isIsoDate, 'must be a real date as YYYY-MM-DD');
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** An ISO 8601 timestamp (or a date) that names a real instant, as Strapi stores a datetime field. */
export const isoDateTime = z.string().refine((value) => {
  const m = ISO_DATE_TIME.exec(value);
  if (!m || !isIsoDate(m[1])) return false;
  const [h, min, sec] = [m[2], m[3], m[4]].map((x) => (x === undefined ? 0 : Number(x)));
  return h <= 23 && min <= 59 && sec <= 59 && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}, 'must be an ISO 8601 timestamp such as 2026-03-01T09:30:00Z');
export const timeZone = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as America/New_York');
export const usState = z.enum(US_STATE_CODES, { error: 'must be a US state code such as GA' });
export const phone = z.string().regex(E164_PATTERN, 'must be an E.164 phone number such as +14045550101');
export const httpUrl = z.string().max(2048).regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, 'must be an http(s) URL');

/** A BCP-47 language tag ('en', 'es-MX', 'zh-Hant'), checked by the platform's Intl. */
export const languageTag = z.string().refine((tag) => {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 'must be a BCP-47 language tag such as en or es-MX');

export const languages = z.array(languageTag, { error: 'must be a list of BCP-47 language tags such as ["en", "es"]' }).max(30);

/** A to-one relation as the glue hands it over: a documentId, or null. */
export const relationRef = z.string().nullish();

const ZOD_CODES: Record<string, ProblemCode> = {
  invalid_type: 'invalid-value',
  too_small: 'too-small',
  too_big: 'too-large',
  invalid_format: 'invalid-format',
  not_multiple_of: 'wrong-step',
  invalid_value: 'invalid-value',
  invalid_union: 'invalid-value',
};

/** A missing value reads "is required" rather than zod's "expected string, received undefined". */
const requiredMessage = (issue: { input?: unknown; code?: string }) =>
  issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null) ? 'is required' : undefined;

/** Zod issues as domain problems with dotted paths (`openingHours.2.closes`). */
export function zodProblems(schema: z.ZodType, value: unknown): Problem[] {
  const result = schema.safeParse(value, { error: requiredMessage });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const custom = (issue as { params?: { code?: ProblemCode } }).params?.code;
    const code: ProblemCode = issue.message === 'is required' ? 'required' : custom ?? ZOD_CODES[issue.code] ?? 'invalid-value';
    return problem(issue.path.map(String).join('.'), code, issue.message);
  });
}

type Shape = Record<string, z.ZodType>;

/**
 * Checks a merged document against an object shape. In draft mode, empty values
 * of top-level fields are allowed (an editor may save an unfinished draft); what
 * is there must still be valid.
 */
export function shapeProblems(shape: Shape, doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const { object, partial } = objectOf(shape);
  if (mode.complete) return zodProblems(object, doc);
  const present = Object.fromEntries(Object.entries(doc).filter(([, v]) => isPresent(v) && !(Array.isArray(v) && v.length === 0)));
  return zodProblems(partial, present);
}

/**
 * One zod object per shape, built once: zod compiles a fast path for every new object
 * on its first parse, which cost more than the parse itself when a bulk import
 * validated thousands of rows (shapes are module constants, so the cache stays small).
 */
const objects = new WeakMap<Shape, { object: z.ZodObject<Shape>; partial: z.ZodType }>();
function objectOf(shape: Shape) {
  let built = objects.get(shape);
  if (!built) {
    const object = z.object(shape);
    built = { object, partial: object.partial() };
    objects.set(shape, built);
  }
  return built;
}

/** True when no problem names `field` or a path below it. */
export const fieldIsClean = (problems: readonly Problem[], ...fields: string[]) =>
  !problems.some((p) => fields.some((f) => p.path === f || p.path.startsWith(`${f}.`)));

/** Problems of a list that must not hold the same value twice, on `<list>.<i>.<field>`. */
export function duplicateProblems<T>(items: readonly T[], list: string, field: string, key: (item: T) => unknown, what: string): Problem[] {
  const seen = new Set<unknown>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.push(problem(`${list}.${i}.${field}`, 'duplicate', `${what} ${String(k)} is listed twice`));
    seen.add(k);
  });
  return problems;
}

/** Removes repeated problems (same path and message). */
export function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.path}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const isPresent = (v: unknown) => v !== null && v !== undefined && v !== '';
