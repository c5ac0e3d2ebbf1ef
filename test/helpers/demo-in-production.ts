/** What the process tests (test/production) share about an app started with the demo chain. */

/** The demo's super admin (CLINIC_DEMO=true). */
export const DEMO_ADMIN = { email: 'admin@demo.clinic.example', password: 'DemoAdmin2026!' };

export const json = async (res: Response) => (await res.json()) as any;

/** An admin JWT of the demo's super admin on the app at `base`. */
export const login = async (base: string) =>
  (await json(await fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(DEMO_ADMIN) }))).data.token as string;

const SERVICE = 'relaxation-massage';
const PRICE_QUERY = `query ($slug: String!) { service(slug: $slug) { variants { minutes basePrice { amount } } } }`;

/** The demo service whose price the tests change. */
export const PRICED_SERVICE = SERVICE;

/** Its 60-minute base price as the site API serves it. */
export const price60 = async (base: string) => {
  const res = await fetch(`${base}/site/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PRICE_QUERY, variables: { slug: SERVICE } }) });
  const body = await json(res);
  return Number(body.data.service.variants.find((v: { minutes: number }) => v.minutes === 60).basePrice.amount);
};

/** Probes until `accept` holds or the time is up; the last value either way. */
export const eventually = async <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const started = Date.now();
  let last = await probe();
  while (!accept(last) && Date.now() - started < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    last = await probe();
  }
  return last;
};
