import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { expiringQuerySchema, recomputeRequestSchema } from '../domain';

/** zod issues as Strapi ValidationError details: REST 400 naming each field. */
const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> => {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${(issue as any).keys.join(', ')}` : issue.message,
    name: 'ValidationError',
  }));
  const fields = [...new Set(problems.map((p) => p.path.join('.') || (p.message.startsWith('unknown') ? p.message : what)))];
  throw new errors.ValidationError(`Invalid ${what}: ${fields.join(', ')}`, { errors: problems });
};

const lifecycle = (strapi: Core.Strapi) => strapi.plugin('clinic').service('licence-lifecycle');

/** Admin API of the licence lifecycle; the routes' policies require an admin with the matching permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async expiring(ctx: any) {
    const query = parseOr400(expiringQuerySchema, ctx.query, 'query');
    ctx.body = { data: await lifecycle(strapi).expiringLicences(query) };
  },

  async recompute(ctx: any) {
    const body = parseOr400(recomputeRequestSchema, ctx.request.body, 'body');
    ctx.body = { data: await lifecycle(strapi).recomputeLicenceStatuses(body) };
  },
});
