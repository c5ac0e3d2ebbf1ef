import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { unwrapResolverError } from '@apollo/server/errors';
import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { limitRefusal } from './limit-errors';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface ErrorLog {
  error: (message: string) => void;
}

/** SQL errors quote the whole statement, 66,000 bound values included: the log keeps its head and tail. */
const MAX_LOGGED_CHARS = 4000;
const clip = (text: string) =>
  text.length <= MAX_LOGGED_CHARS ? text : `${text.slice(0, MAX_LOGGED_CHARS / 2)} … [${text.length - MAX_LOGGED_CHARS} characters] … ${text.slice(-MAX_LOGGED_CHARS / 2)}`;

/**
 * An error nobody meant the client to read (a driver's `connect ECONNREFUSED`, SQL
 * text, a RangeError): the client gets a generic message and an id to quote; the log
 * gets the original under that id. Path and locations stay: they say which field failed.
 */
export const maskUnexpected = (formatted: GraphQLFormattedError, error: unknown, log: ErrorLog): GraphQLFormattedError => {
  const errorId = randomUUID();
  const original = unwrapResolverError(error);
  const detail = original instanceof Error ? (original.stack ?? `${original.name}: ${original.message}`) : String(original);
  log.error(`[graphql] unexpected error ${errorId}${formatted.path ? ` at ${formatted.path.join('.')}` : ''}: ${clip(detail)}`);
  return {
    message: 'Internal Server Error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
};

/** An error Apollo answered with a 4xx status (a malformed request) is the client's, whatever its code. */
const isClientError = (error: unknown) => {
  const status = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500;
};

/** Codes the site API gives its clients (README "Pagination, limits and errors"); any other error is masked. */
export const SITE_API_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  // previewTarget outside a preview request (site-api/preview/preview-request.ts).
  'UNAUTHENTICATED',
]);

export const siteApiFormatError =
  (log: ErrorLog): FormatError =>
  (formatted, error) => {
    const refusal = limitRefusal(formatted, error);
    if (refusal) return refusal;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && SITE_API_CODES.has(code)) return formatted;
    if (isClientError(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    return maskUnexpected(formatted, error, log);
  };

/**
 * plugin-graphql's own formatError (FORBIDDEN, BAD_USER_INPUT with details, STRAPI_*
 * codes) for the errors Strapi meant to show. Its package exports hide the file, so it
 * is loaded by path; it is wrapped, not copied, so its codes stay Strapi's.
 */
const strapiFormatGraphqlError = (): FormatError => {
  const root = path.dirname(require.resolve('@strapi/plugin-graphql/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(root, 'dist/server/format-graphql-error.js')).formatGraphqlError;
};

/**
 * Strapi's formatError masks unexpected errors as "Internal Server Error" but copies the
 * original's name and message into extensions.error, the raw SQL of issue 7 included.
 * Here Strapi's errors, and GraphQL errors with a code, keep Strapi's formatting; the
 * rest is masked with an id.
 */
export const strapiGraphqlFormatError = (log: ErrorLog, strapiFormat: FormatError = strapiFormatGraphqlError()): FormatError => (formatted, error) => {
  const refusal = limitRefusal(formatted, error);
  if (refusal) return refusal;
  const original = unwrapResolverError(error);
  if (original instanceof errors.ApplicationError || original instanceof errors.HttpError) return strapiFormat(formatted, error);
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return strapiFormat(formatted, error);
  if (isClientError(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  return maskUnexpected(formatted, error, log);
};
