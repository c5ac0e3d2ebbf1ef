/**
 * Rules that span two documents, judged from the side that is not validated by
 * them: a write on the document others depend on is refused while it would make a
 * dependent invalid, with an error that names the dependents.
 *
 * - A service may not lose a variant length that an offering overrides or a
 *   bundle item sells (any version, draft or published): "90 minutes is used by
 *   2 offerings: Buckhead, Savannah and 1 bundle: Full reset".
 * - A bundle's minPrice / maxPrice may not exclude the price of one of its bundle
 *   offerings.
 * (A one-to-many relation is only written from its owning side: see
 * relation-input.rules isInverseSide, refused by the input-shape check.)
 */
import { problem, Problem } from './errors';
import { tryToCents } from './money';

export interface Dependent {
  documentId: string;
  /** How the dependent is named to an editor (a location, a bundle). */
  label: string;
}

export interface MinutesUse {
  minutes: number;
  offerings: Dependent[];
  bundles: Dependent[];
}

const MAX_NAMED = 5;

const distinct = (items: Dependent[]) => [...new Map(items.map((d) => [d.documentId, d])).values()];

/** "3 offerings: Buckhead, Decatur, Savannah" (at most MAX_NAMED named). */
export function nameDependents(items: Dependent[], singular: string, plural: string): string {
  const unique = distinct(items);
  const names = unique.slice(0, MAX_NAMED).map((d) => d.label);
  const more = unique.length > MAX_NAMED ? ` and ${unique.length - MAX_NAMED} more` : '';
  return `${unique.length} ${unique.length === 1 ? singular : plural}: ${names.join(', ')}${more}`;
}

/** Variant lengths a write removes: in `before`, not in `after`. */
export function removedMinutes(before: readonly number[], after: readonly number[]): number[] {
  const kept = new Set(after);
  return [...new Set(before)].filter((m) => !kept.has(m)).sort((a, b) => a - b);
}

/** One problem per removed length still in use, at `variants`. */
export function removedVariantProblems(uses: readonly MinutesUse[]): Problem[] {
  return uses
    .filter((u) => u.offerings.length > 0 || u.bundles.length > 0)
    .map((u) => {
      const parts = [
        u.offerings.length > 0 ? nameDependents(u.offerings, 'offering', 'offerings') : null,
        u.bundles.length > 0 ? nameDependents(u.bundles, 'bundle', 'bundles') : null,
      ].filter(Boolean);
      return problem('variants', 'in-use', `${u.minutes} minutes is used by ${parts.join(' and ')}; change or remove them first`);
    });
}

export interface PricedDependent extends Dependent {
  price: number | string;
}

/** Bounds that exclude a bundle offering's price: minPrice above it, maxPrice below it. */
export function boundsProblems(bounds: { minPrice: number | string; maxPrice: number | string }, offerings: readonly PricedDependent[]): Problem[] {
  const min = tryToCents(bounds.minPrice);
  const max = tryToCents(bounds.maxPrice);
  if (min === null || max === null) return []; // the bounds themselves are refused by the bundle's own validation
  const cents = (o: PricedDependent) => tryToCents(o.price);
  const below = offerings.filter((o) => (cents(o) ?? min) < min);
  const above = offerings.filter((o) => (cents(o) ?? max) > max);
  const label = (o: PricedDependent) => ({ ...o, label: `${o.label} (${o.price})` });
  const out: Problem[] = [];
  if (below.length > 0) out.push(problem('minPrice', 'in-use', `is above the price of ${nameDependents(below.map(label), 'bundle offering', 'bundle offerings')}; change their prices first`));
  if (above.length > 0) out.push(problem('maxPrice', 'in-use', `is below the price of ${nameDependents(above.map(label), 'bundle offering', 'bundle offerings')}; change their prices first`));
  return out;
}
