/**
 * Bundles: items (service, length, count) sold together. The price rule is
 * 'fixed' (price) or 'percent_off_parts' (percentOff, 0-100); a franchise may
 * choose its own price at a location within the chain's bounds. Clients are
 * shown the bundle price, the sum of the parts at that location and the saving.
 *
 * Stored amounts (price, minPrice, maxPrice, franchisePrice) are decimals and
 * converted with toCents; `priceOf` answers in cents; results are cents.
 */
import { compareDates, IsoDate, isIsoDate } from './dates';
import { joinPath, problem, Problem } from './errors';
import { amountProblem, Cents, Decimal, fromCents, toCents } from './money';

export interface BundleItem {
  serviceKey: string;
  minutes: number;
  count: number;
}

/** The price in cents of one `minutes` session of a service at the location, or null when not offered there. */
export type PriceOfCents = (serviceKey: string, minutes: number) => Cents | null;

export interface MissingPart {
  index: number;
  path: string; // items.<index>
  serviceKey: string;
  minutes: number;
}

export interface PartsSum {
  /** Null when some part is not offered at the location. */
  cents: Cents | null;
  missing: MissingPart[];
}

export type BundlePriceRuleKind = 'fixed' | 'percent_off_parts';

export interface BundlePriceRule {
  priceRule: BundlePriceRuleKind;
  price?: Decimal | null; // for 'fixed'
  percentOff?: number | null; // for 'percent_off_parts'
}

export interface PriceBounds {
  minPrice: Decimal;
  maxPrice: Decimal;
}

export interface BundleValidity {
  validFrom: IsoDate;
  validUntil: IsoDate | null;
}

/** Sum over items of count x price at the location; null, naming every missing part, when one is not offered. */
export function sumOfParts(items: readonly BundleItem[], priceOf: PriceOfCents): PartsSum {
  let cents = 0;
  const missing: MissingPart[] = [];
  items.forEach((item, index) => {
    const unit = priceOf(item.serviceKey, item.minutes);
    if (unit === null) missing.push({ index, path: joinPath('items', index), serviceKey: item.serviceKey, minutes: item.minutes });
    else cents += unit * item.count;
  });
  return missing.length > 0 ? { cents: null, missing } : { cents, missing };
}

/** partsCents less percentOff %, rounded half up to the cent: percentOffParts(10000, 15) === 8500. */
export function percentOffParts(partsCents: Cents, percentOff: number): Cents {
  const keepBasisPoints = Math.round((100 - percentOff) * 100);
  return Math.round((partsCents * keepBasisPoints) / 10_000);
}

/** Saving shown to clients; negative when the bundle costs more than its parts; null when either is unknown. */
export function bundleSaving(partsCents: Cents | null, bundleCents: Cents | null): Cents | null {
  return partsCents === null || bundleCents === null ? null : partsCents - bundleCents;
}

export interface BundlePricing {
  /** Null when a part is not offered at the location or the rule is incomplete. */
  priceCents: Cents | null;
  partsCents: Cents | null;
  savingCents: Cents | null;
  source: 'franchise' | BundlePriceRuleKind | null;
  missing: MissingPart[];
  problems: Problem[];
}

/**
 * The bundle's price at a location. A franchise-chosen price wins over the
 * rule; bounds are not policed here (see isPriceWithinBounds). A bundle with a
 * part the location does not offer cannot be sold there: its price is null.
 */
export function bundlePrice(input: {
  items: readonly BundleItem[];
  rule: BundlePriceRule;
  priceOf: PriceOfCents;
  franchisePrice?: Decimal | null;
}): BundlePricing {
  const parts = sumOfParts(input.items, input.priceOf);
  const none = { priceCents: null, savingCents: null, source: null };
  if (parts.cents === null) return { ...none, partsCents: null, missing: parts.missing, problems: [] };
  const done = (priceCents: Cents, source: BundlePricing['source']): BundlePricing => ({
    priceCents, partsCents: parts.cents, savingCents: bundleSaving(parts.cents, priceCents), source, missing: [], problems: [],
  });

  if (input.franchisePrice !== undefined && input.franchisePrice !== null) {
    return done(toCents(input.franchisePrice, 'franchisePrice'), 'franchise');
  }
  const problems = priceRuleProblems(input.rule);
  if (problems.length > 0) return { ...none, partsCents: parts.cents, missing: [], problems };
  return input.rule.priceRule === 'fixed'
    ? done(toCents(input.rule.price as Decimal, 'price'), 'fixed')
    : done(percentOffParts(parts.cents, input.rule.percentOff as number), 'percent_off_parts');
}

/** Inclusive bounds: a price equal to minPrice or maxPrice is within. */
export function isPriceWithinBounds(price: Decimal, bounds: PriceBounds): boolean {
  const cents = toCents(price, 'price');
  return cents >= toCents(bounds.minPrice, 'minPrice') && cents <= toCents(bounds.maxPrice, 'maxPrice');
}

/** Valid from validFrom through validUntil, both inclusive; open-ended when validUntil is null. */
export function isBundleValidOn(bundle: BundleValidity, today: IsoDate | Date): boolean {
  if (compareDates(today, bundle.validFrom) < 0) return false;
  return bundle.validUntil === null || compareDates(today, bundle.validUntil) <= 0;
}

function priceRuleProblems(rule: BundlePriceRule): Problem[] {
  if (rule.priceRule === 'fixed') {
    if (rule.price === undefined || rule.price === null) return [problem('price', 'required', 'a fixed-price bundle needs a price')];
    const p = amountProblem(rule.price, 'price');
    return p ? [p] : [];
  }
  if (rule.priceRule === 'percent_off_parts') {
    const pct = rule.percentOff;
    if (pct === undefined || pct === null) return [problem('percentOff', 'required', 'a percent-off bundle needs percentOff')];
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
      return [problem('percentOff', 'out-of-range', `percentOff must be between 0 and 100, got ${pct}`)];
    }
    if (Math.abs(pct * 100 - Math.round(pct * 100)) > 1e-9) {
      return [problem('percentOff', 'too-many-decimals', `percentOff must have at most 2 decimals, got ${pct}`)];
    }
    return [];
  }
  return [problem('priceRule', 'invalid-value', `priceRule must be 'fixed' or 'percent_off_parts', got ${String(rule.priceRule)}`)];
}

/** Every problem of a bundle definition, with paths like `items.0.count`, `maxPrice`, `validUntil`. */
export function validateBundle(bundle: BundlePriceRule & PriceBounds & BundleValidity & { items: readonly BundleItem[] }): Problem[] {
  const problems: Problem[] = [];
  if (bundle.items.length === 0) problems.push(problem('items', 'required', 'a bundle needs at least one item'));
  bundle.items.forEach((item, i) => {
    if (!item.serviceKey) problems.push(problem(joinPath('items', i, 'serviceKey'), 'required', 'an item needs a service'));
    for (const field of ['minutes', 'count'] as const) {
      const v = item[field];
      if (!Number.isInteger(v) || v < 1) {
        problems.push(problem(joinPath('items', i, field), Number.isInteger(v) ? 'too-small' : 'not-an-integer', `${field} must be a whole number of at least 1, got ${v}`));
      }
    }
  });
  problems.push(...priceRuleProblems(bundle));

  const minP = amountProblem(bundle.minPrice, 'minPrice');
  const maxP = amountProblem(bundle.maxPrice, 'maxPrice');
  if (minP) problems.push(minP);
  if (maxP) problems.push(maxP);
  if (!minP && !maxP) {
    const min = toCents(bundle.minPrice, 'minPrice');
    const max = toCents(bundle.maxPrice, 'maxPrice');
    if (min > max) problems.push(problem('maxPrice', 'invalid-order', `maxPrice (${dollars(max)}) must not be below minPrice (${dollars(min)})`));
    else if (bundle.priceRule === 'fixed' && bundle.price != null && !amountProblem(bundle.price, 'price') && !isPriceWithinBounds(bundle.price, bundle)) {
      problems.push(problem('price', 'out-of-range', `price must be between ${dollars(min)} and ${dollars(max)}, got ${dollars(toCents(bundle.price))}`));
    }
  }

  if (!isIsoDate(bundle.validFrom)) problems.push(problem('validFrom', 'invalid-format', 'validFrom must be a date as YYYY-MM-DD'));
  if (bundle.validUntil !== null) {
    if (!isIsoDate(bundle.validUntil)) problems.push(problem('validUntil', 'invalid-format', 'validUntil must be a date as YYYY-MM-DD'));
    else if (isIsoDate(bundle.validFrom) && compareDates(bundle.validUntil, bundle.validFrom) < 0) {
      problems.push(problem('validUntil', 'invalid-order', `validUntil (${bundle.validUntil}) must not be before validFrom (${bundle.validFrom})`));
    }
  }
  return problems;
}

/** Problems of a franchise's price for a bundle at a location, at path `price`. */
export function validateBundleOfferingPrice(price: Decimal, bounds: PriceBounds): Problem[] {
  const p = amountProblem(price, 'price');
  if (p) return [p];
  if (isPriceWithinBounds(price, bounds)) return [];
  const [min, max] = [toCents(bounds.minPrice, 'minPrice'), toCents(bounds.maxPrice, 'maxPrice')];
  return [problem('price', 'out-of-range', `price must be between ${dollars(min)} and ${dollars(max)}, got ${dollars(toCents(price))}`)];
}

function dollars(cents: Cents): string {
  return fromCents(cents).toFixed(2);
}
