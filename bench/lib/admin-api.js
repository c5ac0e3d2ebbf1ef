// The admin API as an editor's browser uses it: the first super admin, the content manager's
// draft save and publish, and the read model's rebuild report.
const BENCH_ADMIN = { email: 'bench@clinic.example', password: 'BenchAdmin2026!', firstname: 'Bench', lastname: 'Run' };

const call = async (baseUrl, method, path, token, body) => {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
};

/** A token for the bench's super admin: registered on a fresh data set (it has no admin), else logged in. */
const adminToken = async (baseUrl) => {
  const init = await call(baseUrl, 'GET', '/admin/init');
  if (!init.data.hasAdmin) return (await call(baseUrl, 'POST', '/admin/register-admin', null, BENCH_ADMIN)).data.token;
  return (await call(baseUrl, 'POST', '/admin/login', null, { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password })).data.token;
};

const OFFERINGS = '/content-manager/collection-types/plugin::clinic.offering';

const adminApi = (baseUrl, token) => ({
  /** The offering of `service` at `location` (draft), with its price overrides. */
  async offering(location, service) {
    const q = `filters[$and][0][location][slug][$eq]=${encodeURIComponent(location)}&filters[$and][1][service][slug][$eq]=${encodeURIComponent(service)}`;
    const list = await call(baseUrl, 'GET', `${OFFERINGS}?${q}`, token);
    if (list.results.length !== 1) throw new Error(`expected one offering of ${service} at ${location}, got ${list.results.length}`);
    return (await call(baseUrl, 'GET', `${OFFERINGS}/${list.results[0].documentId}`, token)).data;
  },
  saveDraft: (documentId, data) => call(baseUrl, 'PUT', `${OFFERINGS}/${documentId}`, token, data),
  publish: (documentId) => call(baseUrl, 'POST', `${OFFERINGS}/${documentId}/actions/publish`, token, {}),
  rebuilds: async () => (await call(baseUrl, 'GET', '/clinic/read-model/rebuilds', token)).data,
});

module.exports = { adminToken, adminApi };
