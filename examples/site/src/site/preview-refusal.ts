/**
 * What the site API's refusal of a preview token means for the /preview page: the API
 * answers 401 UNAUTHENTICATED (expired, forged, altered), 403 FORBIDDEN (the user may no
 * longer read the entry: a franchise owner who lost the franchise) or 404 NOT_FOUND (the
 * entry is gone) before it runs the query. Each is a page of its own with that status,
 * never the public page and never a 500.
 */
import { SiteApiRequestError } from '../client';

export type PreviewRefusal = { status: 401; reason: 'invalid' } | { status: 403; reason: 'not-allowed' } | { status: 404; reason: 'gone' };

const BY_CODE: Record<string, PreviewRefusal> = {
  UNAUTHENTICATED: { status: 401, reason: 'invalid' },
  FORBIDDEN: { status: 403, reason: 'not-allowed' },
  NOT_FOUND: { status: 404, reason: 'gone' },
};

/** The refusal an error from the site API stands for, or null for any other error (a 500 of the site's own). */
export const previewRefusalOf = (error: unknown): PreviewRefusal | null => {
  if (!(error instanceof SiteApiRequestError)) return null;
  for (const e of error.errors) {
    const refusal = BY_CODE[e.extensions?.code ?? ''];
    if (refusal) return refusal;
  }
  return null;
};
