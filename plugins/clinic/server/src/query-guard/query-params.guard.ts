import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_EXPIRING_WINDOW_DAYS, LICENCE_STATUSES, licenceStatusCondition, type LicenceStatus } from '../domain';
import { checkOrderBy, checkRawBounds, rewritePopulate, rewriteWhere, type Model, type RewriteContext } from './public-query.rewrite';
import { DEFAULT_QUERY_LIMITS, QueryRefused, refuse, type QueryLimits } from './query-problem';
import { licenceStatusWhere } from './licence-status.where';
import { isPublicContentApiRequest } from './public-request';

const CLINIC = 'plugin::clinic.';
const LICENCE = 'plugin::clinic.licence';

const toValidationError = (refused: QueryRefused) =>
  new errors.ValidationError(refused.message, { errors: [{ path: refused.problem.path, message: refused.problem.message, name: 'ValidationError' }] });

const publicContext = (strapi: Core.Strapi): RewriteContext => {
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS, ...(strapi.plugin('clinic').config<Partial<QueryLimits>>('queryLimits') ?? {}) };
  const clock = strapi.plugin('clinic').service('clock');
  const expiringWindowDays = strapi.plugin('clinic').config<number>('expiringWindowDays') ?? DEFAULT_EXPIRING_WINDOW_DAYS;
  return {
    getModel: (uid) => strapi.getModel(uid as any),
    limits,
    computedFilter: (model, key, value, path) =>
      model.uid === LICENCE && key === 'licenceStatus'
        ? licenceStatusWhere(value, path, (status: LicenceStatus) => licenceStatusCondition(status, clock.today(), { expiringWindowDays }))
        : undefined,
    unsortable: (model, key) =>
      model.uid === LICENCE && key === 'licenceStatus'
        ? `licenceStatus is computed from the dates when read (one of ${LICENCE_STATUSES.join(', ')}): sort on expiresOn or issuedOn`
        : undefined,
  };
};

/**
 * Wraps Strapi's query-params transformer, which both the document service (REST,
 * /graphql root queries) and the /graphql association resolvers (relation fields) call
 * to turn a request's filters, sort and populate into a database query. For public
 * content-API requests on clinic types the built query is checked against the schema
 * and the bounds (400 / BAD_USER_INPUT naming the parameter, instead of a database
 * error) and its relation filters are pinned to published rows (public-query.rewrite.ts).
 * The admin panel, jobs and the site API's own reads are left alone.
 */
export const guardPublicQueries = (strapi: Core.Strapi) => {
  const service: any = strapi.get('query-params');
  const transform = service.transform as (uid: string, params: Record<string, unknown>) => Record<string, any>;
  service.transform = (uid: string, params: Record<string, unknown>) => {
    if (!uid.startsWith(CLINIC) || !isPublicContentApiRequest(strapi)) return transform(uid, params);
    const model = strapi.getModel(uid as any) as unknown as Model;
    const ctx = publicContext(strapi);
    try {
      for (const key of ['filters', 'sort', 'populate'] as const) {
        if (params?.[key] !== undefined) checkRawBounds(params[key], [key], 1, ctx);
      }
      const query = transform(uid, params);
      const guarded = { ...query };
      if (typeof query._q === 'string' && query._q.length > ctx.limits.maxStringLength) {
        refuse(['_q'], `is longer than ${ctx.limits.maxStringLength} characters`);
      }
      if (query.where !== undefined) guarded.where = rewriteWhere(query.where, model, ['filters'], 1, ctx);
      if (query.orderBy !== undefined) checkOrderBy(query.orderBy, model, ['sort'], ctx);
      if (query.populate !== undefined) guarded.populate = rewritePopulate(query.populate, model, ['populate'], 1, ctx);
      return guarded;
    } catch (error) {
      if (error instanceof QueryRefused) throw toValidationError(error);
      throw error;
    }
  };
};

/**
 * Public query parameters as sent are bounded before Strapi's content-API validation
 * and sanitizer see them; and that validation's own refusals (unknown or private keys,
 * details { key, path, param }) get the house shape details.errors[].path too.
 */
export const checkQueriesAsSent = (strapi: Core.Strapi) => {
  const validate: any = strapi.contentAPI.validate;
  const query = validate.query as (...args: unknown[]) => Promise<void>;
  validate.query = async (...args: unknown[]) => {
    const [params, schema] = args as [Record<string, unknown> | undefined, { uid?: string } | undefined];
    if (schema?.uid?.startsWith(CLINIC) && isPublicContentApiRequest(strapi)) {
      // Before Strapi's sanitizer drops what it does not understand (a long list the query
      // parser turned into an object keyed by index would vanish from the filter).
      const ctx = publicContext(strapi);
      try {
        for (const key of ['filters', 'sort', 'populate'] as const) {
          if (params?.[key] !== undefined) checkRawBounds(params[key], [key], 1, ctx);
        }
      } catch (error) {
        if (error instanceof QueryRefused) throw toValidationError(error);
        throw error;
      }
    }
    try {
      await query(...args);
    } catch (error: any) {
      const details = error instanceof errors.ValidationError ? (error.details as Record<string, any>) : null;
      if (details && !details.errors && typeof details.key === 'string') {
        const at: string[] = typeof details.path === 'string' && details.path ? details.path.split('.') : [];
        const within = at[at.length - 1] === details.key ? at : [...at, details.key];
        const path = details.param && details.param !== details.key ? [details.param, ...within] : within;
        details.errors = [{ path, message: error.message, name: 'ValidationError' }];
      }
      throw error;
    }
  };
};
