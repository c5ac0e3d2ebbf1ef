/**
 * What a location can offer for a condition: the phased plan, and the services,
 * bundles and practitioners there that use a technique recommended for it.
 */
import { describeFrequency } from '../../domain';
import type { CarePlanPage, ConditionPage, LocationPage } from '../../read-model/page.types';
import type { Clock } from './clock';
import { bundlesOnSale, bundleView, locationSummaryView, practitionersHere, serviceEntryView } from './location.view';

export const MAX_CARE_PLAN_PRACTITIONERS = 20;

export const carePlanView = (condition: ConditionPage, location: LocationPage, plan: CarePlanPage | null, clock: Clock) => {
  const recommended = new Set(condition.techniques.map((t) => t.technique.slug));
  const services = location.services.filter((s) => s.techniques.some((t) => recommended.has(t)));
  const serviceSlugs = new Set(services.map((s) => s.service.slug));
  // A specialty named after the condition ("Chronic pain" for "Chronic low-back pain") counts too.
  const conditionWords = condition.name.toLowerCase().split(/\W+/).filter((w) => w.length > 3);
  const practitioners = practitionersHere(location, clock)
    .filter(
      ({ practitioner }) =>
        practitioner.techniques.some((t) => recommended.has(t.slug)) ||
        practitioner.specialties.some((s) => conditionWords.some((w) => s.name.toLowerCase().includes(w))),
    )
    .slice(0, MAX_CARE_PLAN_PRACTITIONERS);
  return {
    condition: { slug: condition.slug, name: condition.name, category: condition.category, summary: condition.summary },
    location: locationSummaryView(location, clock),
    plan: plan && { ...plan, phases: plan.phases.map((p) => ({ ...p, description: describeFrequency(p) })) },
    techniques: condition.techniques,
    services: services.map(serviceEntryView),
    bundles: bundlesOnSale(location, clock)
      .filter((b) => b.items.some((i) => serviceSlugs.has(i.service.slug)))
      .map(bundleView),
    practitioners,
  };
};
