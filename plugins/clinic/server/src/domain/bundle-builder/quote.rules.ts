/**
 * The bundle builder's quote: a bundle (or items not yet a bundle) at one location,
 * with the sum of its parts at that location's prices today, the price asked, the
 * saving, the chain's bounds and why the price would be refused. Pure: the glue
 * reads the location's offerings and the services' lengths and passes them in.
 */
import type { IsoDate } from '../dates';
import { bundlePrice, validateBundleOfferingPrice, type BundlePriceRule, type PriceBounds } from '../bundle.rules';
import type { Problem } from '../errors';
import { fromCents, toCents, type Cents } from '../money';
import { effectiveVariantPrice, type LocationOffering, type ServiceVariant } from '../pricing.rules';

export interface QuoteItem {
  service: string;
  minutes: number;
  count: number;
}

export interface QuoteService {
  documentId: string;
  name: string;
  variants: readonly ServiceVariant[];
}

export interface QuoteInput {
  items: readonly QuoteItem[];
  /** The services the items name, by documentId (a missing one is "not offered"). */
  services: ReadonlyMap<string, QuoteService>;
  /** The location's offering of each service, by service documentId. */
  offerings: ReadonlyMap<string, LocationOffering>;
  /** The location's calendar day. */
  day: IsoDate;
  /** The existing bundle's price rule, when quoting one (its price when no price is asked). */
  rule?: BundlePriceRule | null;
  /** The chain's bounds (the bundle's minPrice..maxPrice); null when not known yet. */
  bounds?: PriceBounds | null;
  /** The price asked, in cents; null while nothing is typed. */
  priceCents?: Cents | null;
}

export interface QuoteLine extends QuoteItem {
  serviceName: string | null;
  /** One session's price at the location today; null when not offered there. */
  unitCents: Cents | null;
  lineCents: Cents | null;
}

export interface Quote {
  lines: QuoteLine[];
  /** Null when some part is not offered at the location (then `missing` names it). */
  sumOfPartsCents: Cents | null;
  missing: { index: number; path: string; service: string; minutes: number }[];
  /** The price asked, or the bundle's own rule's price when none is asked. */
  priceCents: Cents | null;
  priceSource: 'asked' | 'fixed' | 'percent_off_parts' | null;
  savingCents: Cents | null;
  /** The saving as a percentage of the sum of parts, 1 decimal; null when either is unknown or the sum is 0. */
  savingPercent: number | null;
  bounds: { minPriceCents: Cents; maxPriceCents: Cents } | null;
  /** Why the price would be refused by the bundle-offering write validation, at path `price`. */
  refusals: Problem[];
}

/** The saving as a share of the parts, in percent with one decimal (half away from zero). */
export function savingPercentOf(partsCents: Cents | null, savingCents: Cents | null): number | null {
  if (partsCents === null || savingCents === null || partsCents === 0) return null;
  const tenths = Math.round((Math.abs(savingCents) * 1000) / partsCents);
  return (Math.sign(savingCents) * tenths) / 10;
}

export function bundleQuote(input: QuoteInput): Quote {
  const priceOf = (service: string, minutes: number): Cents | null => {
    const s = input.services.get(service);
    if (!s) return null;
    return effectiveVariantPrice({ variants: s.variants, offering: input.offerings.get(service) ?? null, minutes, day: input.day });
  };
  const lines = input.items.map((item) => {
    const unitCents = priceOf(item.service, item.minutes);
    return { ...item, serviceName: input.services.get(item.service)?.name ?? null, unitCents, lineCents: unitCents === null ? null : unitCents * item.count };
  });
  const asked = input.priceCents ?? null;
  // The same pricing the site API applies: an asked price plays the franchise's price.
  const pricing = bundlePrice({
    items: input.items.map((i) => ({ serviceKey: i.service, minutes: i.minutes, count: i.count })),
    rule: input.rule ?? { priceRule: 'fixed', price: asked === null ? null : fromCents(asked) },
    priceOf,
    franchisePrice: asked === null ? null : fromCents(asked),
  });
  const partsCents = pricing.partsCents;
  // With a part missing bundlePrice has no price; the asked one is still shown.
  const priceCents = pricing.priceCents ?? asked;
  const savingCents = partsCents === null || priceCents === null ? null : partsCents - priceCents;
  const bounds = input.bounds ?? null;
  return {
    lines,
    sumOfPartsCents: partsCents,
    missing: pricing.missing.map((m) => ({ index: m.index, path: m.path, service: m.serviceKey, minutes: m.minutes })),
    priceCents,
    priceSource: asked !== null ? 'asked' : pricing.source === 'franchise' ? null : pricing.source,
    savingCents,
    savingPercent: savingPercentOf(partsCents, savingCents),
    bounds: bounds ? { minPriceCents: toCents(bounds.minPrice, 'minPrice'), maxPriceCents: toCents(bounds.maxPrice, 'maxPrice') } : null,
    refusals: asked !== null && bounds ? validateBundleOfferingPrice(fromCents(asked), bounds) : [],
  };
}
