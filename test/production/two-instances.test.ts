/**
 * Two instances on one PostgreSQL and one Redis, as a chain runs them behind a load
 * balancer: a price published through instance A is served by instance B within a
 * second of the publish answering (B learns which pages changed through Redis
 * pub/sub, and keeps serving cached responses of the pages that did not); a file uploaded through A lives in
 * the shared bucket, so B serves it too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startApp, type AppProcess } from '../helpers/app-process';
import { startOwnPostgres, startOwnRedis, type OwnPostgres, type OwnRedis } from '../helpers/own-services';
import { startOwnS3, type OwnS3 } from '../helpers/own-s3';
import { PRICED_SERVICE as SERVICE, json, login, price60 } from '../helpers/demo-in-production';

/** Another service's page, which a price of SERVICE does not change; `fromCache` when Apollo's response cache answered (its `age` header). */
const otherService = async (base: string) => {
  const res = await fetch(`${base}/site/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query TwoInstancesOther${process.pid} { service(slug: "deep-tissue-massage") { name variants { minutes basePrice { amount } } } }` }),
  });
  return { data: (await json(res)).data as unknown, fromCache: res.headers.get('age') !== null, surrogateKey: res.headers.get('surrogate-key') };
};


// A PDF-like document (an image would be re-encoded by the upload plugin's optimisation).
const DOCUMENT = Buffer.from(`%PDF-1.4\n% intake form ${Date.now()}\n`);

describe('two instances on one PostgreSQL, one Redis and one S3 bucket', () => {
  let pg: OwnPostgres | undefined;
  let redis: OwnRedis | undefined;
  let s3: OwnS3 | undefined;
  let a: AppProcess | undefined;
  let b: AppProcess | undefined;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    redis = await startOwnRedis();
    s3 = await startOwnS3();
    const shared = { DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url, REDIS_URL: redis.url, ...s3.env };
    // A loads the demo chain; B starts on what A stored.
    a = await startApp({ ...shared, CLINIC_DEMO: 'true', ALLOW_DEMO_IN_PRODUCTION: 'true' });
    b = await startApp(shared);
  }, 240_000);

  afterAll(async () => {
    a?.kill();
    b?.kill();
    await redis?.stop();
    await s3?.stop();
    pg?.destroy();
  });

  it('a file uploaded through A is stored in the bucket and B serves its record and URL', async () => {
    const form = new FormData();
    form.append('files', new Blob([DOCUMENT], { type: 'application/pdf' }), 'intake-form.pdf');
    const uploaded = await fetch(`${a!.base}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await login(a!.base)}` }, body: form });
    expect(uploaded.status).toBe(201);
    const [file] = (await json(uploaded)) as { id: number; url: string; hash: string }[];
    expect(file.url.startsWith(`${s3!.endpoint}/${s3!.bucket}/`)).toBe(true);
    // Not on A's disk: B (or a restarted A) could not serve it from there.
    expect(fs.existsSync(path.join(__dirname, '..', '..', 'public', 'uploads', `${file.hash}.pdf`))).toBe(false);

    const seenByB = await json(await fetch(`${b!.base}/upload/files/${file.id}`, { headers: { authorization: `Bearer ${await login(b!.base)}` } }));
    expect(seenByB.url).toBe(file.url);
    const served = await fetch(file.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(DOCUMENT)).toBe(true);
  }, 60_000);

  it('a price published through A is served by B within a second', async () => {
    const token = await login(a!.base);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const cm = `${a!.base}/content-manager/collection-types/plugin::clinic.service`;
    const list = await json(await fetch(`${cm}?filters[slug][$eq]=${SERVICE}`, { headers }));
    const { documentId } = list.results[0];
    const draft = (await json(await fetch(`${cm}/${documentId}`, { headers }))).data;

    const before = await price60(b!.base);
    expect(await price60(b!.base)).toBe(before); // B answers it from its cache now
    // A response of a page the publish does not change, cached on B before it.
    const unrelated = await otherService(b!.base);
    expect((await otherService(b!.base)).fromCache).toBe(true);
    const raised = before + 7;
    const variants = draft.variants.map((v: { id: number; minutes: number; basePrice: number }) => ({ id: v.id, minutes: v.minutes, basePrice: v.minutes === 60 ? raised : v.basePrice }));
    const saved = await fetch(`${cm}/${documentId}`, { method: 'PUT', headers, body: JSON.stringify({ variants }) });
    expect({ status: saved.status, body: saved.status === 200 ? null : await saved.text() }).toEqual({ status: 200, body: null });
    expect(await price60(b!.base)).toBe(before); // a draft changes nothing public

    const publish = await fetch(`${cm}/${documentId}/actions/publish`, { method: 'POST', headers, body: '{}' });
    expect(publish.status).toBe(200);
    const published = Date.now();
    let seen = before;
    while (seen !== raised && Date.now() - published < 20_000) {
      seen = await price60(b!.base);
      if (seen !== raised) await new Promise((r) => setTimeout(r, 25));
    }
    const visibleAfterMs = Date.now() - published;
    // eslint-disable-next-line no-console -- the measured figure, quoted in the README
    console.log(`[two instances] B served the price published through A ${visibleAfterMs} ms after the publish answered`);
    // How soon is measured (bench, README), not asserted: a shared machine's load says more than the code.
    expect(seen).toBe(raised);
    // B learned through Redis which pages changed: the unrelated response is still a hit, unchanged.
    const after = await otherService(b!.base);
    expect({ fromCache: after.fromCache, data: after.data }).toEqual({ fromCache: true, data: unrelated.data });
    expect(after.surrogateKey).toBe('site service-deep-tissue-massage');
  }, 60_000);
});
