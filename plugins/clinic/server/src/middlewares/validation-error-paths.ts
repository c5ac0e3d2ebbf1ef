import type { Context, Next } from 'koa';

/**
 * Strapi's own input check refuses an unknown or forbidden key ("Invalid key
 * isVerified") with details { key, path } and no details.errors, unlike every
 * other refusal: this adds the errors list, naming the field, to any such 400
 * (REST and the admin panel's routes). Registered outermost: it reads the
 * response strapi::errors has formatted.
 */
export const validationErrorPaths = async (ctx: Context, next: Next) => {
  await next();
  if (ctx.status !== 400) return;
  const error = (ctx.body as { error?: { name?: string; message?: string; details?: Record<string, unknown> } } | null)?.error;
  if (error?.name !== 'ValidationError' || !error.details || Array.isArray(error.details.errors)) return;
  const { key, path } = error.details;
  const field = typeof path === 'string' && path !== '' ? path : typeof key === 'string' ? key : null;
  if (!field) return;
  error.details.errors = [{ path: field.split('.'), message: error.message ?? `Invalid key ${field}`, name: 'ValidationError' }];
};
