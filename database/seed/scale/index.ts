/**
 * A deterministic scale data set for the benchmark and the statement-count test:
 * the demo's vocabulary (modalities, techniques, specialties, conditions, care
 * plans) with generated locations, services, bundles, practitioners and licences,
 * valid by the domain rules. Every slug starts with `prefix`, so two sets can be
 * imported into one database.
 */
import type { SeedDataSet } from '../seed-types';
import { carePlans as demoCarePlans } from '../demo/care-plans';
import { modalities as demoModalities, specialties as demoSpecialties, techniques as demoTechniques } from '../demo/catalogue';
import { conditions as demoConditions } from '../demo/conditions';
import { bundleOfferingsFor, bundlesFor, franchisesFor, locationsFor, offeringsFor, servicesFor } from './chain';
import { practitionersFor } from './people';
import { seededRandom } from './random';

export interface ScaleOptions {
  today: string; // YYYY-MM-DD: anchors licence expiries, closures and bundle validity
  locations?: number;
  practitioners?: number;
  licencesPerPractitioner?: number;
  services?: number;
  bundles?: number;
  prefix?: string;
  seed?: number;
}

/**
 * The benchmark's sizes by factor. 1× is the set every earlier figure used (50 locations,
 * 1,000 practitioners); 20× is the largest chains in this field: 1,000 locations and 22,000
 * practitioners (22 a location, a little denser than 1×), 44,000 licences, ~36,000 offerings.
 * Any other factor scales 1× linearly. `today` anchors expiries and validity; the benchmark
 * passes a fixed day so a cached data set stays the same data set.
 */
export const scaleOptionsFor = (factor: number, today: string): Required<Omit<ScaleOptions, 'prefix'>> => {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scale factor must be a whole number >= 1, got ${factor}`);
  const practitioners = factor === 20 ? 22_000 : 1000 * factor;
  return { today, locations: 50 * factor, practitioners, licencesPerPractitioner: 2, services: 60, bundles: 40, seed: 1 };
};

export function scaleDataSet(options: ScaleOptions): SeedDataSet {
  const { today, prefix = '', seed = 1 } = options;
  const sizes = {
    locations: options.locations ?? 50,
    practitioners: options.practitioners ?? 1000,
    licencesPerPractitioner: options.licencesPerPractitioner ?? 2,
    services: options.services ?? 60,
    bundles: options.bundles ?? 40,
  };
  const r = seededRandom(seed);
  const p = (slug: string) => `${prefix}${slug}`;

  const modalities = demoModalities.map((m) => ({ ...m, slug: p(m.slug), name: prefix ? `${m.name} (${prefix.replace(/-$/, '')})` : m.name }));
  const techniques = demoTechniques.map((t) => ({ ...t, slug: p(t.slug), modality: p(t.modality) }));
  const specialties = demoSpecialties.map((s) => ({ ...s, slug: p(s.slug) }));
  const conditions = demoConditions.map((c) => ({ ...c, slug: p(c.slug), techniques: c.techniques.map((l) => ({ ...l, technique: p(l.technique) })) }));
  // The general plan has no condition; a second set would add a second one, so only the first set carries it.
  const carePlans = demoCarePlans
    .filter((plan) => plan.condition !== null || prefix === '')
    .map((plan) => ({ ...plan, slug: p(plan.slug), condition: plan.condition && p(plan.condition) }));

  const franchises = franchisesFor(Math.max(1, Math.ceil(sizes.locations / 10)), prefix);
  const locations = locationsFor(r, today, sizes.locations, prefix, franchises);
  const services = servicesFor(r, sizes.services, prefix, techniques);
  const offerings = offeringsFor(r, locations, services);
  const bundles = bundlesFor(r, today, sizes.bundles, prefix, services);
  const bundleOfferings = bundleOfferingsFor(r, bundles, offerings);
  const practitioners = practitionersFor(r, {
    today,
    count: sizes.practitioners,
    licencesPerPractitioner: sizes.licencesPerPractitioner,
    prefix,
    locations,
    modalities,
    techniques,
    specialties,
  });

  return {
    franchises,
    locations,
    modalities,
    techniques,
    conditions,
    specialties,
    carePlans,
    services,
    offerings,
    bundles,
    bundleOfferings,
    practitioners,
    faqs: [],
    articles: [],
  };
}
