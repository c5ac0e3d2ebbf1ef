// Fault tests run against a PostgreSQL cluster and a Redis of their own; the
// implementation is shared with `npm run load` and `npm run faults`.
export { freePort, startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from '../../scripts/lib/own-services';
