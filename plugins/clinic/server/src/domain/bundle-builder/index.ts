// The bundle builder: quote (pure) and the admin API's request schemas.
export * from './quote.rules';
export * from './builder-request.schema';
