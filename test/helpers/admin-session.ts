import { rest } from './http';

const tokens = new Map<string, string>();

/** Admin JWT headers of any admin user, logged in once per test file through POST /admin/login. */
export const asUser = async (user: { email: string; password: string }) => {
  let token = tokens.get(user.email);
  if (!token) {
    const res = await rest('POST', '/admin/login', { email: user.email, password: user.password });
    if (res.status !== 200) throw new Error(`admin login of ${user.email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    token = res.body.data.token as string;
    tokens.set(user.email, token);
  }
  return { authorization: `Bearer ${token}` };
};

/** Content-manager path of a clinic collection type. */
export const cm = (type: string, path = '') => `/content-manager/collection-types/plugin::clinic.${type}${path}`;
