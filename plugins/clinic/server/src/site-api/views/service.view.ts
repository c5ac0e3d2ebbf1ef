import type { ServicePage } from '../../read-model/page.types';
import type { Clock } from './clock';
import { locationSummaryView } from './location.view';
import { money } from './shapes';

export const serviceView = (page: ServicePage, clock: Clock) => ({
  slug: page.slug,
  name: page.name,
  summary: page.summary,
  modality: page.modality,
  booking: page.booking,
  techniques: page.techniques,
  variants: page.variants.map((v) => ({ minutes: v.minutes, basePrice: money(v.basePriceCents) })),
  locations: page.locations.map((l) => locationSummaryView(l, clock)),
  page,
});
export type ServiceView = ReturnType<typeof serviceView>;
