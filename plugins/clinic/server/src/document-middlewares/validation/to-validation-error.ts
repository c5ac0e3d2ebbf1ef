import { errors } from '@strapi/utils';
import type { Problem } from '../../domain';

/**
 * Problems as Strapi's own ValidationError: details.errors in the shape
 * @strapi/utils formatYupErrors gives ({ path: string[], message, name }), so
 * the admin panel shows each message next to its field, REST answers 400 and
 * GraphQL BAD_USER_INPUT with extensions.error.details.
 */
export function toValidationError(problems: readonly Problem[]) {
  const details = problems.map((p) => ({ path: p.path.split('.'), message: p.message, name: 'ValidationError' }));
  const message = problems.length === 1 ? `${problems[0].path}: ${problems[0].message}` : `${problems.length} errors occurred`;
  return new errors.ValidationError(message, { errors: details });
}
