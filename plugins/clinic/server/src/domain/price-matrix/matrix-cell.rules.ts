/**
 * One cell of the price matrix: a service length at a location, with the price in
 * effect on the location's calendar day and where it comes from.
 */
import type { IsoDate } from '../dates';
import { Cents, Decimal, toCents } from '../money';
import { overrideIndexOn, upcomingOverrideIndexes, type LocationOffering } from '../pricing.rules';

/**
 * - `base`: the service's base price applies;
 * - `override`: the location's own price applies;
 * - `unavailable`: the location has the offering but has switched it off (the price
 *   it would charge is still shown);
 * - `not-offered`: the location has no offering of the service.
 */
export type CellSource = 'base' | 'override' | 'unavailable' | 'not-offered';

export interface UpcomingPrice {
  priceCents: Cents;
  from: IsoDate;
}

export interface MatrixCell {
  minutes: number;
  /** The price in effect today; null when the service is not offered here. */
  priceCents: Cents | null;
  basePriceCents: Cents;
  source: CellSource;
  /** Whether the price in effect is the location's own (also when unavailable). */
  overridden: boolean;
  /** The next scheduled change, when there is one. */
  upcoming: UpcomingPrice | null;
}

export interface CellInput {
  minutes: number;
  basePrice: Decimal;
  offering: LocationOffering | null;
  /** The location's calendar day. */
  day: IsoDate;
}

export function matrixCell({ minutes, basePrice, offering, day }: CellInput): MatrixCell {
  const basePriceCents = toCents(basePrice, 'basePrice');
  if (!offering) return { minutes, priceCents: null, basePriceCents, source: 'not-offered', overridden: false, upcoming: null };
  const rows = offering.priceOverrides;
  const index = overrideIndexOn(rows, minutes, day);
  const priceCents = index === -1 ? basePriceCents : toCents(rows[index].price, 'price');
  const [next] = upcomingOverrideIndexes(rows, minutes, day);
  const upcoming = next === undefined ? null : { priceCents: toCents(rows[next].price, 'price'), from: rows[next].effectiveFrom! };
  const source: CellSource = !offering.available ? 'unavailable' : index === -1 ? 'base' : 'override';
  return { minutes, priceCents, basePriceCents, source, overridden: index !== -1, upcoming };
}
