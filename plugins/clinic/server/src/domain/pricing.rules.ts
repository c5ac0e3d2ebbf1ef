/**
 * The price of a service at a location: a service has variants (length in
 * minutes, base price); an offering is the service at one location, with its
 * availability and optional price overrides per variant length.
 *
 * Inputs carry stored decimals (basePrice, price); results are integer cents.
 */
import { joinPath, problem, Problem } from './errors';
import { amountProblem, Cents, Decimal, toCents } from './money';

export interface ServiceVariant {
  minutes: number;
  basePrice: Decimal;
}

export interface PriceOverride {
  minutes: number;
  price: Decimal;
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
  const { variants, offering } = input;
  if (!offering || !offering.available) return [];
  const seen = new Set<number>();
  const result: EffectiveVariant[] = [];
  variants.forEach((variant, i) => {
    if (seen.has(variant.minutes)) return;
    seen.add(variant.minutes);
    const basePriceCents = toCents(variant.basePrice, joinPath('variants', i, 'basePrice'));
    const overrideIndex = offering.priceOverrides.findIndex((o) => o.minutes === variant.minutes);
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
 * an override for a length the service does not have, a duplicate length,
 * or a malformed price. Paths are `priceOverrides.<i>.<field>`.
 */
export function validatePriceOverrides(
  variants: readonly Pick<ServiceVariant, 'minutes'>[],
  overrides: readonly PriceOverride[],
): Problem[] {
  const problems: Problem[] = [];
  const lengths = new Set(variants.map((v) => v.minutes));
  const seen = new Set<number>();
  overrides.forEach((o, i) => {
    if (!lengths.has(o.minutes)) {
      const known = [...lengths].sort((a, b) => a - b).join(', ') || 'none';
      problems.push(problem(joinPath('priceOverrides', i, 'minutes'), 'unknown-variant',
        `the service has no ${o.minutes}-minute variant (lengths: ${known})`));
    } else if (seen.has(o.minutes)) {
      problems.push(problem(joinPath('priceOverrides', i, 'minutes'), 'duplicate', `${o.minutes} minutes is overridden twice`));
    }
    seen.add(o.minutes);
    const priceProblem = amountProblem(o.price, joinPath('priceOverrides', i, 'price'));
    if (priceProblem) problems.push(priceProblem);
  });
  return problems;
}
