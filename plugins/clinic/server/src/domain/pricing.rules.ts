/**
 * The price of a service at a location: a service has variants (length in
 * minutes, base price); an offering is the service at one location, with its
 * availability and optional price overrides per variant length.
 *
 * Inputs carry stored decimals (basePrice, price); results are integer cents.
 */
import { compareDates, IsoDate } from './dates';
import { joinPath, problem, Problem } from './errors';
import { amountProblem, Cents, Decimal, toCents } from './money';

export interface ServiceVariant {
  minutes: number;
  basePrice: Decimal;
}

export interface PriceOverride {
  minutes: number;
  price: Decimal;
  /**
   * The first day (in the location's time zone) the price applies; null or absent:
   * it applies now. A dated row is a scheduled change: it wins over the rows dated
   * before it from its day on, so no job has to rewrite anything on the day.
   */
  effectiveFrom?: IsoDate | null;
}

export interface LocationOffering {
  available: boolean;
  priceOverrides: readonly PriceOverride[];
}

export interface EffectivePriceInput {
  variants: readonly ServiceVariant[];
  /** The service's offering at the location; null when the location has none. */
  offering: LocationOffering | null;
  minutes: number;
  /**
   * The location's calendar day the price is asked for. Without it only the undated
   * overrides count (the price before any scheduled change).
   */
  day?: IsoDate | null;
}

/**
 * Index of the override of `minutes` in effect on `day`: the latest-dated row whose
 * date is not after `day`, an undated row counting as dated before every day; the
 * first such row on a tie. -1 when none applies (the base price does).
 */
export function overrideIndexOn(overrides: readonly PriceOverride[], minutes: number, day: IsoDate | null | undefined): number {
  let best = -1;
  overrides.forEach((o, i) => {
    if (o.minutes !== minutes) return;
    const from = o.effectiveFrom ?? null;
    if (from !== null && (!day || compareDates(from, day) > 0)) return;
    if (best === -1) {
      best = i;
      return;
    }
    const bestFrom = overrides[best].effectiveFrom ?? null;
    if (from !== null && (bestFrom === null || compareDates(from, bestFrom) > 0)) best = i;
  });
  return best;
}

/** The scheduled changes of `minutes` after `day`, earliest first (indexes into `overrides`). */
export function upcomingOverrideIndexes(overrides: readonly PriceOverride[], minutes: number, day: IsoDate): number[] {
  return overrides
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.minutes === minutes && o.effectiveFrom != null && compareDates(o.effectiveFrom, day) > 0)
    .sort((a, b) => compareDates(a.o.effectiveFrom!, b.o.effectiveFrom!) || a.i - b.i)
    .map(({ i }) => i);
}

export interface EffectiveVariant {
  minutes: number;
  priceCents: Cents;
  basePriceCents: Cents;
  overridden: boolean;
}

/**
 * Every variant with its price at the location, in the variants' order.
 * Empty when the service is not offered there (no offering, or unavailable).
 * When two variants or two overrides share a length, the first wins.
 * Throws a DomainError only for a malformed stored price.
 */
export function effectiveVariants(input: Omit<EffectivePriceInput, 'minutes'>): EffectiveVariant[] {
  const { variants, offering, day } = input;
  if (!offering || !offering.available) return [];
  const seen = new Set<number>();
  const result: EffectiveVariant[] = [];
  variants.forEach((variant, i) => {
    if (seen.has(variant.minutes)) return;
    seen.add(variant.minutes);
    const basePriceCents = toCents(variant.basePrice, joinPath('variants', i, 'basePrice'));
    const overrideIndex = overrideIndexOn(offering.priceOverrides, variant.minutes, day);
    const priceCents =
      overrideIndex === -1
        ? basePriceCents
        : toCents(offering.priceOverrides[overrideIndex].price, joinPath('priceOverrides', overrideIndex, 'price'));
    result.push({ minutes: variant.minutes, priceCents, basePriceCents, overridden: overrideIndex !== -1 });
  });
  return result;
}

/**
 * The price in cents of the `minutes` variant at the location: the override
 * when there is one, the base price otherwise; null when the service is not
 * offered there (no offering, unavailable, or no variant of that length).
 */
export function effectiveVariantPrice(input: EffectivePriceInput): Cents | null {
  const hit = effectiveVariants(input).find((v) => v.minutes === input.minutes);
  return hit ? hit.priceCents : null;
}

/**
 * Problems of an offering's overrides against the service's variants:
 * an override for a length the service does not have, a length priced twice
 * from the same day (or twice undated), or a malformed price.
 * Paths are `priceOverrides.<i>.<field>`.
 */
export function validatePriceOverrides(
  variants: readonly Pick<ServiceVariant, 'minutes'>[],
  overrides: readonly PriceOverride[],
): Problem[] {
  const problems: Problem[] = [];
  const lengths = new Set(variants.map((v) => v.minutes));
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    const from = o.effectiveFrom ?? null;
    const key = `${o.minutes}|${from ?? ''}`;
    if (!lengths.has(o.minutes)) {
      const known = [...lengths].sort((a, b) => a - b).join(', ') || 'none';
      problems.push(problem(joinPath('priceOverrides', i, 'minutes'), 'unknown-variant',
        `the service has no ${o.minutes}-minute variant (lengths: ${known})`));
    } else if (seen.has(key)) {
      problems.push(problem(joinPath('priceOverrides', i, 'minutes'), 'duplicate',
        from === null ? `${o.minutes} minutes is overridden twice` : `${o.minutes} minutes has two prices from ${from}`));
    }
    seen.add(key);
    const priceProblem = amountProblem(o.price, joinPath('priceOverrides', i, 'price'));
    if (priceProblem) problems.push(priceProblem);
  });
  return problems;
}
