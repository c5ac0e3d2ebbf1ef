/** The clinic plugin's domain layer: plain TypeScript rules and zod schemas, no Strapi. */
export * from './errors';
export * from './vocabulary';
export * from './us-states';
export * from './dates';
export * from './money';
export * from './licence.rules';
export * from './eligibility.rules';
export * from './pricing.rules';
export * from './bundle.rules';
export * from './care-plan.rules';
export * from './opening-hours.rules';
export * from './geo';
export * from './franchise-scope.rules';
export * from './licence-lifecycle.rules';
export * from './price-matrix';
export * from './compliance.rules';
export * from './compliance.csv';
