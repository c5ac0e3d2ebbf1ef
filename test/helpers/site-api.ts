import { baseUrl } from './http';

export const siteEndpoint = () => `${baseUrl()}/site/graphql`;

/** A POST to the site API, as a server-rendered site or a test would make it. */
export const site = async <T = any>(query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(siteEndpoint(), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, any> }[] };
  return { status: res.status, headers: res.headers, ...body };
};

/** Retries until `check` passes: read-model pages are rebuilt just after a write commits. */
export const eventually = async <T>(probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (check(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
};
