/**
 * Issue 11 item 2: draft preview. An editor's unpublished price is visible through
 * the site API with the preview token the admin's Preview button hands out, and
 * invisible to the public, before and after (no cache keeps the preview); expired,
 * forged, tampered, other-audience and foreign tokens are refused.
 */
import { SignJWT } from 'jose';
import { asAdmin, baseUrl, rest } from '../helpers/http';
import { asUser, cm } from '../helpers/admin-session';
import { siteEndpoint } from '../helpers/site-api';
import { closeDb, db } from '../helpers/db';
import { CATALOGUE_EDITOR, OWNER_A } from '../helpers/test-users';

const LOCATION = 'buckhead'; // franchise A (Metro Atlanta)
const OTHER_FRANCHISE_LOCATION = 'savannah'; // franchise B
const SERVICE = 'sports-massage';
const SITE_URL = 'http://localhost:3000';
// Unique per run: a shared Redis keeps responses of earlier runs.
const PRICE_QUERY = `query DraftPreviewPrice${process.pid}($slug: String!) { location(slug: $slug) { slug services { service { slug } variants { minutes price { amount } } } } }`;
const TARGET_QUERY = `query DraftPreviewTarget${process.pid}($slug: String!) { previewTarget { kind slug documentId expiresAt } location(slug: $slug) { services { service { slug } variants { minutes price { amount } } } } }`;

interface SiteAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, any> };
  headers: Headers;
}
const ask = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<SiteAnswer> => {
  const res = await fetch(siteEndpoint(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as SiteAnswer['body'], headers: res.headers };
};
const askGet = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<SiteAnswer> => {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${siteEndpoint()}?${search.toString()}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  return { status: res.status, body: (await res.json()) as SiteAnswer['body'], headers: res.headers };
};
const price60 = (data: any) => Number(data.location.services.find((s: any) => s.service.slug === SERVICE).variants.find((v: any) => v.minutes === 60).price.amount);

const offeringAt = async (location: string, service?: string) => {
  const res = await rest('GET', `/api/clinic/offerings?filters[location][slug][$eq]=${location}${service ? `&filters[service][slug][$eq]=${service}` : ''}`);
  expect(res.body.data.length).toBeGreaterThan(0);
  return res.body.data[0].documentId as string;
};
const locationId = async (slug: string) => (await rest('GET', `/api/clinic/locations?filters[slug][$eq]=${slug}`)).body.data[0].documentId as string;
const previewUrl = (type: string, documentId: string, headers: Record<string, string>) =>
  rest('GET', `/content-manager/preview/url/plugin::clinic.${type}?documentId=${documentId}&status=draft`, undefined, headers);
const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

type Override = { minutes: number; price: number };
const overridesOf = async (documentId: string): Promise<Override[]> =>
  ((await rest('GET', cm('offering', `/${documentId}`), undefined, await asAdmin())).body.data.priceOverrides as Override[]).map((o) => ({ minutes: o.minutes, price: o.price }));
const saveDraft = async (documentId: string, priceOverrides: Override[]) => {
  const saved = await rest('PUT', cm('offering', `/${documentId}`), { priceOverrides }, await asAdmin());
  expect(saved.status).toBe(200);
};

let offering: string;
let original: Override[];
let publicPrice: number;
let token: string;

beforeAll(async () => {
  offering = await offeringAt(LOCATION, SERVICE);
  original = await overridesOf(offering);
  const before = await ask(PRICE_QUERY, { slug: LOCATION });
  expect(before.body.errors).toBeUndefined();
  publicPrice = price60(before.body.data);
  // A draft price, saved and not published.
  await saveDraft(offering, [...original.filter((o) => o.minutes !== 60), { minutes: 60, price: publicPrice + 7 }]);
  const res = await previewUrl('offering', offering, await asUser(CATALOGUE_EDITOR));
  expect(res.status).toBe(200);
  token = tokenOf(res.body.data.url as string);
});

afterAll(async () => {
  await saveDraft(offering, original);
  await closeDb();
});

describe("Given an editor's unpublished price at a location", () => {
  it("when the editor's Preview button asks for the URL, then it is the example site's /preview route with a token", async () => {
    const res = await previewUrl('offering', offering, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url as string);
    expect(`${url.origin}${url.pathname}`).toBe(`${SITE_URL}/preview`);
    expect(url.searchParams.get('token')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('when the site asks with the token, then previewTarget names the location page and the page shows the draft price, marked and uncacheable', async () => {
    const res = await ask(TARGET_QUERY, { slug: LOCATION }, { 'Clinic-Preview': token });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const target = res.body.data.previewTarget;
    expect({ kind: target.kind, slug: target.slug, documentId: target.documentId }).toEqual({ kind: 'LOCATION', slug: LOCATION, documentId: offering });
    const minutesLeft = (Date.parse(target.expiresAt as string) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(8);
    expect(minutesLeft).toBeLessThanOrEqual(10);
    expect(price60(res.body.data)).toBe(publicPrice + 7);
    expect(res.body.extensions?.preview).toEqual({ documentId: offering, expiresAt: target.expiresAt });
    expect(res.headers.get('cache-control')).toBe('no-store, private');
    expect(res.headers.get('surrogate-key')).toBeNull();
    expect(res.headers.get('age')).toBeNull();
  });

  it('when the same preview is asked by GET (a persisted-query style request), then it is the draft too', async () => {
    const res = await askGet(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': token });
    expect(res.status).toBe(200);
    expect(price60(res.body.data)).toBe(publicPrice + 7);
    expect(res.headers.get('cache-control')).toBe('no-store, private');
  });

  it('when the public asks the same query, before and after previews, then it sees the published price (from cache or not)', async () => {
    for (let n = 0; n < 2; n++) {
      const pub = await ask(PRICE_QUERY, { slug: LOCATION });
      expect(pub.body.errors).toBeUndefined();
      expect(price60(pub.body.data)).toBe(publicPrice);
      expect(pub.body.extensions?.preview).toBeUndefined();
      expect(pub.headers.get('cache-control')).toMatch(/public/);
      // The same query with the token right after: not answered from the public's cached response.
      const preview = await ask(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': token });
      expect(price60(preview.body.data)).toBe(publicPrice + 7);
    }
    const viaGet = await askGet(PRICE_QUERY, { slug: LOCATION });
    expect(price60(viaGet.body.data)).toBe(publicPrice);
    // The second identical public request is a cache hit, and the hit holds the published price.
    const hit = await ask(PRICE_QUERY, { slug: LOCATION });
    expect(hit.headers.get('age')).not.toBeNull();
    expect(price60(hit.body.data)).toBe(publicPrice);
  });

  it('the other pages of a preview request answer as published', async () => {
    const other = await ask(PRICE_QUERY, { slug: 'decatur' }, { 'Clinic-Preview': token });
    const pub = await ask(PRICE_QUERY, { slug: 'decatur' });
    expect(other.body.data).toEqual(pub.body.data);
  });
});

describe('refused preview tokens', () => {
  const secret = () => new TextEncoder().encode(process.env.CLINIC_PREVIEW_SECRET);
  const claims = () => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, any>;
  const sign = (key: Uint8Array, overrides: Record<string, unknown> = {}) => {
    const c = { ...claims(), ...overrides };
    return new SignJWT({ uid: c.uid, documentId: c.documentId, locale: c.locale })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(c.sub))
      .setAudience(c.aud as string)
      .setIssuer(c.iss as string)
      .setIssuedAt(c.iat as number)
      .setExpirationTime(c.exp as number)
      .sign(key);
  };
  const refused = async (bad: string, reason: RegExp) => {
    for (const res of [await ask(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': bad }), await askGet(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': bad })]) {
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0].message).toMatch(reason);
      expect(res.headers.get('cache-control')).toBe('no-store, private');
    }
  };

  it('an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await sign(secret(), { iat: now - 700, exp: now - 100 }), /expired/);
  });

  it('a forged token (signed with another secret)', async () => {
    await refused(await sign(new TextEncoder().encode('not-the-servers-secret-1234')), /not signed by this server/);
  });

  it('a tampered token (another document put in a signed token)', async () => {
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims(), documentId: await offeringAt(OTHER_FRANCHISE_LOCATION) })).toString('base64url');
    await refused([header, payload, signature].join('.'), /not signed by this server/);
  });

  it('a token of the right secret for another audience, and a header that holds no token', async () => {
    await refused(await sign(secret(), { aud: 'some-other-service' }), /audience/);
    await refused('', /does not hold a valid preview token/);
    await refused('Bearer abc', /does not hold a valid preview token/);
  });

  it('previewTarget without the header is UNAUTHENTICATED', async () => {
    const res = await ask('{ previewTarget { slug } }', {});
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toMatch(/Clinic-Preview/);
  });
});

describe('who gets a preview URL', () => {
  it('a franchise owner gets one for their own location and its offering', async () => {
    for (const [type, id] of [['location', await locationId(LOCATION)], ['offering', offering]] as const) {
      const res = await previewUrl(type, id, await asUser(OWNER_A));
      expect(res.status).toBe(200);
      expect(String(res.body.data.url)).toMatch(/^http:\/\/localhost:3000\/preview\?token=/);
    }
  });

  it("a franchise owner asking for another franchise's location or offering is refused: no token", async () => {
    for (const [type, id] of [['location', await locationId(OTHER_FRANCHISE_LOCATION)], ['offering', await offeringAt(OTHER_FRANCHISE_LOCATION)]] as const) {
      const res = await previewUrl(type, id, await asUser(OWNER_A));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(res.body)).not.toMatch(/token=/);
    }
  });

  it("a franchise owner's token stops working once they no longer own the location's franchise (checked at use, not only at issue)", async () => {
    const res = await previewUrl('offering', offering, await asUser(OWNER_A));
    expect(res.status).toBe(200);
    const ownerToken = tokenOf(res.body.data.url as string);
    expect((await ask(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': ownerToken })).status).toBe(200);

    const [owner] = await db()('admin_users').where({ email: OWNER_A.email }).select('id');
    const links = await db()('clinic_franchises_owners_lnk').where({ user_id: owner.id });
    expect(links.length).toBeGreaterThan(0);
    await db()('clinic_franchises_owners_lnk').where({ user_id: owner.id }).delete();
    try {
      const refused = await ask(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': ownerToken });
      expect(refused.status).toBe(403);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.body.errors?.[0].message).toMatch(/may no longer read this entry/);
      expect(refused.headers.get('cache-control')).toBe('no-store, private');
    } finally {
      await db()('clinic_franchises_owners_lnk').insert(links);
    }
    expect((await ask(PRICE_QUERY, { slug: LOCATION }, { 'Clinic-Preview': ownerToken })).status).toBe(200);
  });

  it('a type the site shows on no page of its own has no Preview button (204)', async () => {
    const bundle = (await rest('GET', '/api/clinic/bundles')).body.data[0].documentId as string;
    const res = await previewUrl('bundle', bundle, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(204);
  });

  it('the public cannot reach the handler', async () => {
    const res = await previewUrl('offering', offering, {});
    expect(res.status).toBe(401);
    const viaSite = await fetch(`${baseUrl()}/content-manager/preview/url/plugin::clinic.offering?documentId=${offering}`);
    expect(viaSite.status).toBe(401);
  });
});
