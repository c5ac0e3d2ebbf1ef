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

export const createSiteApiClient = (endpoint: string, fetchImpl: typeof fetch = fetch): SiteApiClient => ({
  async query(document, variables) {
    const query = print(document);
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const get = (withQuery: boolean) => {
      const params = new URLSearchParams({ variables: JSON.stringify(variables ?? {}), extensions: JSON.stringify(extensions) });
      if (withQuery) params.set('query', query);
      return fetchImpl(`${endpoint}?${params.toString()}`, { headers: { 'apollo-require-preflight': 'true' } });
    };
    let body = (await (await get(false)).json()) as { data?: unknown; errors?: SiteApiError[] };
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      body = (await (await get(true)).json()) as typeof body;
    }
    if (body.errors?.length) throw new SiteApiRequestError(body.errors);
    return body.data as never;
  },
});
