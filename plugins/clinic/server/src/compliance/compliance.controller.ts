import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { complianceCsv, complianceQuerySchema, complianceReport, isFranchiseScoped, type ComplianceReport } from '../domain';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';
import { complianceRepository } from './compliance.repository';

/** zod issues as a Strapi ValidationError: 400 naming each field. */
const parseQuery = (query: unknown) => {
  const parsed = complianceQuerySchema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.code === 'unrecognized_keys' ? (issue as any).keys.map(String) : issue.path.map(String),
    message: issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${(issue as any).keys.join(', ')}` : issue.message,
    name: 'ValidationError',
  }));
  throw new errors.ValidationError(`Invalid query: ${problems.map((p) => p.path.join('.')).join(', ')}`, { errors: problems });
};

/**
 * The report for the signed-in admin: a franchise owner (who holds no unrestricted
 * role besides) sees their own franchises' locations only.
 */
const reportFor = async (strapi: Core.Strapi, ctx: any): Promise<ComplianceReport> => {
  const { days } = parseQuery(ctx.query);
  const user = ctx.state.user as { id: number; roles?: { code: string }[] };
  const scoped = isFranchiseScoped((user.roles ?? []).map((r) => r.code));
  const ownedFranchiseIds = scoped ? await franchiseScopeRepository(strapi).ownedFranchiseIds(user.id) : null;
  const practitioners = await complianceRepository(strapi).practitioners();
  const today = strapi.plugin('clinic').service('clock').today() as string;
  return complianceReport({ practitioners, today, days, ownedFranchiseIds });
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: any) {
    ctx.body = { data: await reportFor(strapi, ctx) };
  },

  async exportCsv(ctx: any) {
    const report = await reportFor(strapi, ctx);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="licence-compliance-${report.today}-${report.days}d.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = complianceCsv(report);
  },
});
