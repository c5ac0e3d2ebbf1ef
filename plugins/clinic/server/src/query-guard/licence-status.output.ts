import type { Core } from '@strapi/strapi';
import { licenceStatus, DEFAULT_EXPIRING_WINDOW_DAYS, type LicenceStatus } from '../domain';
import { isPublicContentApiRequest } from './public-request';

const LICENCE = 'plugin::clinic.licence';
const READS = new Set(['findMany', 'findOne', 'findFirst']);
const DATE_FIELDS = ['issuedOn', 'expiresOn', 'suspended'] as const;

const asDay = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** The status a licence row has today by its dates (the stored column is the daily job's last result). */
export const publicStatusOf = (strapi: Core.Strapi) => {
  const clock = strapi.plugin('clinic').service('clock');
  const expiringWindowDays = strapi.plugin('clinic').config<number>('expiringWindowDays') ?? DEFAULT_EXPIRING_WINDOW_DAYS;
  const today: string = clock.today();
  return (row: { issuedOn: unknown; expiresOn: unknown; suspended?: unknown }): LicenceStatus =>
    licenceStatus({ issuedOn: asDay(row.issuedOn), expiresOn: asDay(row.expiresOn), suspended: row.suspended === true }, today, { expiringWindowDays });
};

/** Every licence object in a result tree of `uid` (populated relations and components included). */
const collectLicences = (strapi: Core.Strapi, uid: string, value: any, found: any[], depth = 0): void => {
  if (!value || typeof value !== 'object' || depth > 50) return;
  if (Array.isArray(value)) {
    for (const item of value) collectLicences(strapi, uid, item, found, depth + 1);
    return;
  }
  if (uid === LICENCE && 'licenceStatus' in value) found.push(value);
  const model: any = strapi.getModel(uid as any);
  for (const [key, attribute] of Object.entries<any>(model?.attributes ?? {})) {
    if (value[key] === undefined || value[key] === null) continue;
    const target = attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : null;
    if (target) collectLicences(strapi, target, value[key], found, depth + 1);
  }
};

/**
 * Public reads (REST, /graphql root queries) answer a licence's status computed from its
 * dates at read time, wherever the licence appears in the result; /graphql relation
 * fields get it from graphql/licence-status.resolvers-config.ts.
 */
export const publicLicenceStatus =
  (strapi: Core.Strapi): Parameters<Core.Strapi['documents']['use']>[0] =>
  async (context, next) => {
    if (!context.uid.startsWith('plugin::clinic.') || !READS.has(context.action) || !isPublicContentApiRequest(strapi)) return next();
    const result = await next();
    const licences: any[] = [];
    collectLicences(strapi, context.uid, result, licences);
    if (licences.length === 0) return result;
    // A `fields` selection without the dates: read them (one query for the whole answer).
    const missing = licences.filter((l) => DATE_FIELDS.some((f) => l[f] === undefined)).map((l) => l.id);
    const rows = missing.length
      ? await strapi.db.query(LICENCE).findMany({ where: { id: { $in: missing } }, select: ['id', ...DATE_FIELDS] })
      : [];
    const byId = new Map<number, any>(rows.map((r: any) => [r.id, r]));
    const statusOf = publicStatusOf(strapi);
    for (const licence of licences) {
      const dates = DATE_FIELDS.some((f) => licence[f] === undefined) ? byId.get(licence.id) : licence;
      if (dates) licence.licenceStatus = statusOf(dates);
    }
    return result;
  };
