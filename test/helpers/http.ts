import { TEST_ADMIN } from './test-admin';

export const baseUrl = () => {
  const url = process.env.TEST_BASE_URL;
  if (!url) throw new Error('TEST_BASE_URL is not set: run the integration tests through `npm test`');
  return url;
};

export interface GraphqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** A public (unauthenticated) GraphQL request, as a location site makes it. */
export const graphql = async <T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlResponse<T>> => {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphqlResponse['errors'] };
  return { status: res.status, ...body };
};

export const rest = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json };
};

let adminToken: string | null = null;
/** A JWT of the test editor (super admin), as the admin panel gets it at login. */
export const adminJwt = async () => {
  if (adminToken) return adminToken;
  const res = await rest('POST', '/admin/login', TEST_ADMIN);
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  adminToken = res.body.data.token as string;
  return adminToken;
};

export const asAdmin = async () => ({ authorization: `Bearer ${await adminJwt()}` });
