/** The price matrix: cells, changes and their plan, request schemas. Pure. */
export * from './matrix-cell.rules';
export * from './price-operation.rules';
export * from './change-plan.rules';
export * from './matrix-request.schema';
export * from './filter-options.rules';
export * from './location-locks.rules';
