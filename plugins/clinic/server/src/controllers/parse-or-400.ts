import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** zod issues as Strapi ValidationError details: REST 400 naming each field. */
export const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> => {
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
