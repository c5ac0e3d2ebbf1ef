import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/**
 * Counts the SQL statements each HTTP request issues and reports them in the
 * `x-sql-statements` response header. Enabled with CLINIC_SQL_STATS=true (tests and
 * the benchmark); off in normal runs.
 */
const requestStore = new AsyncLocalStorage<{ statements: number }>();

export const enableSqlStatementCounting = (strapi: Core.Strapi) => {
  strapi.db.connection.on('query', () => {
    const store = requestStore.getStore();
    if (store) store.statements += 1;
  });
  strapi.server.use(async (ctx, next) => {
    const store = { statements: 0 };
    await requestStore.run(store, next);
    ctx.set('x-sql-statements', String(store.statements));
  });
};
