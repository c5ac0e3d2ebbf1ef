import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { cm } from '../helpers/admin-session';
import { asAdmin, rest } from '../helpers/http';
import { eventually, site } from '../helpers/site-api';

const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');

describe('the site API contract', () => {
  it('the running schema is the committed schema.graphql', async () => {
    const res = await site(getIntrospectionQuery({ descriptions: true, schemaDescription: true }));
    const running = printSchema(lexicographicSortSchema(buildClientSchema(res.data)));
    const body = committed.replace(/^#.*\n\n/, '').trimEnd();
    expect(running.trimEnd()).toBe(body);
  });

  it('the public never sees private practitioner fields in the site API', async () => {
    expect(committed).not.toMatch(/\b(email|internalNotes)\b/);
    const res = await site(`{ practitioner(slug: "jun-park") { jsonLd } location(slug: "buckhead") { practitioners(page: { limit: 100 }) { items { practitioner { slug } } } } }`);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/@example\.com/);
    expect(text).not.toMatch(/internalNotes|\+1\d{10}"/);
  });
});

describe('drafts stay out of the site API until they are published', () => {
  const cmList = async (type: string, slug: string) => {
    const res = await rest('GET', cm(type, `?filters[$and][0][slug][$eq]=${slug}`), undefined, await asAdmin());
    expect(res.status).toBe(200);
    return res.body.results[0];
  };
  const put = async (type: string, documentId: string, data: Record<string, unknown>) => {
    const res = await rest('PUT', cm(type, `/${documentId}`), data, await asAdmin());
    if (res.status !== 200) throw new Error(`draft edit of ${type} refused: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const publish = async (type: string, documentId: string) => {
    const res = await rest('POST', cm(type, `/${documentId}/actions/publish`), {}, await asAdmin());
    if (res.status !== 200) throw new Error(`publishing ${type} failed: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const variantsOf = (service: { variants: { minutes: number; basePrice: number | string }[] }) =>
    service.variants.map(({ minutes, basePrice }) => ({ minutes, basePrice: Number(basePrice) }));

  const LOCATION = 'buckhead';
  const newcomer = `draft-newcomer-${process.pid}`;
  const page = () =>
    site(`query ($slug: String!) { location(slug: $slug) { name practitioners(page: { limit: 100 }) { items { practitioner { slug } } } } }`, { slug: LOCATION });
  const basePrice = async (slug: string) => (await site(`query ($slug: String!) { service(slug: $slug) { variants { minutes basePrice { cents } } } }`, { slug })).data?.service.variants[0].basePrice.cents as number;

  it('a location renamed, a price changed and a practitioner added as drafts are each served only once published', async () => {
    const location = await cmList('location', LOCATION);
    const serviceSlug = (await site(`{ location(slug: "${LOCATION}") { services { service { slug } } } }`)).data.location.services[0].service.slug as string;
    const service = await cmList('service', serviceSlug);
    const stretch = await cmList('modality', 'stretch-therapy');
    const technique = await cmList('technique', 'assisted-stretching');
    const before = await page();
    const originalName = before.data.location.name as string;
    const originalCents = await basePrice(serviceSlug);
    const originalVariants = variantsOf(service);
    let practitionerId: string | undefined;
    try {
      await put('location', location.documentId, { name: `${originalName} (renamed in a draft)` });
      const created = await rest('POST', cm('practitioner'), {
        firstName: 'Drafted', lastName: 'Newcomer', slug: newcomer, languages: ['en'],
        modalities: { connect: [{ documentId: stretch.documentId }] },
        techniques: { connect: [{ documentId: technique.documentId }] },
        locations: { connect: [{ documentId: location.documentId }] },
      }, await asAdmin());
      expect(created.status).toBe(201);
      practitionerId = created.body.data.documentId as string;
      const [first, ...others] = originalVariants;
      await put('service', service.documentId, { variants: [{ ...first, basePrice: first.basePrice + 7 }, ...others] });
      const listed = (r: Awaited<ReturnType<typeof page>>) => r.data.location.practitioners.items.map((i: any) => i.practitioner.slug as string);
      const practitionerPage = () => site(`query ($slug: String!) { practitioner(slug: $slug) { slug } }`, { slug: newcomer });

      // Each publish rebuilds the site's pages after the drafts were written: once it is
      // served, what is still not served was left out for being a draft.
      await publish('location', location.documentId);
      const renamed = await eventually(page, (r) => r.data?.location.name !== originalName);
      expect(renamed.data.location.name).toBe(`${originalName} (renamed in a draft)`);
      expect(await basePrice(serviceSlug)).toBe(originalCents);
      expect(listed(renamed)).not.toContain(newcomer);

      await publish('service', service.documentId);
      expect(await eventually(() => basePrice(serviceSlug), (cents) => cents !== originalCents)).toBe(originalCents + 700);
      expect(listed(await page())).not.toContain(newcomer);
      expect((await practitionerPage()).errors?.[0].extensions?.code).toBe('NOT_FOUND');

      await publish('practitioner', practitionerId);
      expect(listed(await eventually(page, (r) => listed(r).includes(newcomer)))).toContain(newcomer);
      expect((await practitionerPage()).data?.practitioner.slug).toBe(newcomer);
    } finally {
      if (practitionerId) await rest('DELETE', cm('practitioner', `/${practitionerId}`), undefined, await asAdmin());
      await put('location', location.documentId, { name: originalName });
      await publish('location', location.documentId);
      await put('service', service.documentId, { variants: originalVariants });
      await publish('service', service.documentId);
      await eventually(page, (r) => r.data?.location.name === originalName && !r.data.location.practitioners.items.some((i: any) => i.practitioner.slug === newcomer));
      await eventually(() => basePrice(serviceSlug), (cents) => cents === originalCents);
    }
  });
});
