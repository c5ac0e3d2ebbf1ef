/**
 * A page on another origin must not ride an admin's cookie: the admin's APIs answer
 * no foreign origin, and nothing is answered with credentials but the admin's APIs.
 * No response says what runs the server (X-Powered-By).
 */
import { baseUrl } from '../helpers/http';
import { TEST_ADMIN } from '../helpers/test-admin';

const EVIL = 'https://evil.example';

const login = () =>
  fetch(`${baseUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: EVIL },
    body: JSON.stringify(TEST_ADMIN),
  });

describe('CORS and server headers', () => {
  it('the admin login answers no foreign origin', async () => {
    const res = await login();
    expect(res.status).toBe(200); // same-origin tools (the admin panel itself) still log in
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a foreign origin cannot renew an admin token with the refresh cookie', async () => {
    const cookie = (await login()).headers.get('set-cookie') ?? '';
    const res = await fetch(`${baseUrl()}/admin/access-token`, { method: 'POST', headers: { origin: EVIL, cookie } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('a preflight from a foreign origin to the admin is not allowed', async () => {
    const res = await fetch(`${baseUrl()}/admin/access-token`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('public APIs are never answered with credentials allowed', async () => {
    for (const path of ['/api/clinic/locations', '/_health']) {
      const res = await fetch(`${baseUrl()}${path}`, { headers: { origin: 'https://buckhead.example' } });
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it("a location site's browser may send the site API a preview token and Apollo's preflight header", async () => {
    const res = await fetch(`${baseUrl()}/site/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://buckhead.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'clinic-preview,apollo-require-preflight' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeTruthy();
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['clinic-preview', 'apollo-require-preflight', 'content-type']));
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('sends no X-Powered-By', async () => {
    for (const path of ['/api/clinic/locations', '/_health', '/admin/init']) {
      expect((await fetch(`${baseUrl()}${path}`)).headers.get('x-powered-by')).toBeNull();
    }
  });
});
