import type { SeedDataSet } from '../seed-types';
import { articles } from './articles';
import { carePlans } from './care-plans';
import { modalities, specialties, techniques } from './catalogue';
import { bundleOfferings, bundles, franchises, locations, offerings } from './chain';
import { conditions } from './conditions';
import { faqs } from './faqs';
import { coastPractitioners } from './practitioners-coast';
import { metroPractitioners } from './practitioners-metro';
import { services } from './services';

/**
 * The demo data set for "Lantern Oak Wellness", a fictional wellness-clinic
 * chain. `today` ('YYYY-MM-DD') anchors every relative date (licence expiries,
 * closures, bundle validity), so the deliberate licence cases stay correct in
 * any year. Deliberate cases are described in each practitioner's internalNotes.
 */
export function demoDataSet(today: string): SeedDataSet {
  return {
    franchises,
    locations: locations(today),
    modalities,
    techniques,
    conditions,
    specialties,
    carePlans,
    services,
    offerings,
    bundles: bundles(today),
    bundleOfferings,
    practitioners: [...metroPractitioners(today), ...coastPractitioners(today)],
    faqs,
    articles,
  };
}
