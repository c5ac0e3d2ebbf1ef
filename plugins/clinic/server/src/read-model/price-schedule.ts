/**
 * Scheduled prices on a location page: the page holds every step with its day, and
 * the view resolves them for the location's calendar day at query time, so a price
 * scheduled for 1 January is served from 1 January with no job and no rebuild.
 */
import type { LocationBundleEntry, LocationPage, PricedVariant } from './page.types';

const lastStepOn = <S extends { from: string }>(schedule: readonly S[] | undefined, day: string): S | undefined => {
  let hit: S | undefined;
  for (const step of schedule ?? []) if (step.from <= day) hit = step; // ISO dates sort as text
  return hit;
};

/** The price of a variant on a day: the last scheduled step on or before it, the unscheduled price otherwise. */
export function priceOnDay(variant: PricedVariant | undefined, day: string): number | null {
  if (!variant) return null;
  return lastStepOn(variant.schedule, day)?.priceCents ?? variant.priceCents;
}

function variantOn(v: PricedVariant, day: string): PricedVariant {
  const step = lastStepOn(v.schedule, day);
  const next = v.schedule?.find((s) => s.from > day);
  const { schedule: _schedule, ...rest } = v;
  return {
    ...rest,
    priceCents: step ? step.priceCents : v.priceCents,
    overridden: step ? step.overridden : v.overridden,
    upcoming: next ? { from: next.from, priceCents: next.priceCents } : null,
  };
}

/** A bundle on a day: its figures from the last step on or before it; null when it is not sold then. */
function bundleOn(b: LocationBundleEntry, day: string): LocationBundleEntry | null {
  const { schedule, ...rest } = b;
  const step = lastStepOn(schedule, day);
  if (!step) return rest;
  if (!step.priced) return null;
  const { unitPriceCents, ...figures } = step.priced;
  return { ...rest, ...figures, items: b.items.map((item, n) => ({ ...item, unitPriceCents: unitPriceCents[n] })) };
}

const hasSchedule = (page: LocationPage) =>
  page.services.some((s) => s.variants.some((v) => v.schedule)) || page.bundles.some((b) => b.schedule);

/** The location page as it stands on `day` (the location's calendar): scheduled steps resolved, the next change kept as `upcoming`. */
export function locationPageOn(page: LocationPage, day: string): LocationPage {
  if (!hasSchedule(page)) return page; // the common case: no copy
  return {
    ...page,
    services: page.services.map((s) => ({ ...s, variants: s.variants.map((v) => variantOn(v, day)) })),
    bundles: page.bundles.map((b) => bundleOn(b, day)).filter((b): b is LocationBundleEntry => b !== null),
  };
}
