/**
 * A minimal typed client for the site API, as a location site would write it:
 * operations are generated TypedDocumentNodes, so variables and results are typed.
 * Queries go as GET automatic persisted queries (hash first, the full query only
 * when the server does not know it yet), which a CDN can cache.
 */
import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface SiteApiError {
  message: string;
  extensions?: { code?: string; argument?: string; [key: string]: unknown };
}

export class SiteApiRequestError extends Error {
  constructor(readonly errors: SiteApiError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export interface SiteApiClient {
  query<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult>;
}

/** What the client tells its caller about each answer: a page derives its own cache headers from them. */
export interface SiteApiResponseInfo {
  status: number;
  headers: Headers;
}

export interface SiteApiClientOptions {
  /** Sent with every request (a preview route adds its token header here). */
  headers?: Record<string, string>;
  /** Called with each answer the client used (the second one after PERSISTED_QUERY_NOT_FOUND). */
  onResponse?: (info: SiteApiResponseInfo) => void;
}

export const createSiteApiClient = (endpoint: string, fetchImpl: typeof fetch = fetch, options: SiteApiClientOptions = {}): SiteApiClient => ({
  async query(document, variables) {
    const query = print(document);
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const get = (withQuery: boolean) => {
      const params = new URLSearchParams({ variables: JSON.stringify(variables ?? {}), extensions: JSON.stringify(extensions) });
      if (withQuery) params.set('query', query);
      return fetchImpl(`${endpoint}?${params.toString()}`, { headers: { ...options.headers, 'apollo-require-preflight': 'true' } });
    };
    const read = async (withQuery: boolean) => {
      const res = await get(withQuery);
      const parsed = (await res.json()) as { data?: unknown; errors?: SiteApiError[] };
      return { res, parsed };
    };
    let { res, parsed: body } = await read(false);
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      ({ res, parsed: body } = await read(true));
    }
    options.onResponse?.({ status: res.status, headers: res.headers });
    if (body.errors?.length) throw new SiteApiRequestError(body.errors);
    return body.data as never;
  },
});
