import { createSiteApiClient } from '../../examples/site/src/client';
import { bundleTeasers, findLocationsNear, loadCarePlan, loadLocationPage, loadPractitionerPage, practitionersOn, priceList } from '../../examples/site/src/pages';
import { graphql } from '../helpers/http';
import { siteEndpoint } from '../helpers/site-api';

const client = () => createSiteApiClient(siteEndpoint());
const slugsAt = async (location: string, filter = {}) =>
  practitionersOn(await loadLocationPage(client(), location, filter)).map((i) => i.practitioner.slug);

describe('the location page through the typed example consumer', () => {
  it('shows each service with this location’s prices: overrides where set, base prices elsewhere', async () => {
    const page = await loadLocationPage(client(), 'buckhead');
    expect(page.name).toMatch(/Buckhead/);
    expect(page.address.state).toBe('GA');
    const overridden = page.services.flatMap((s) => s.variants).filter((v) => v.overridden);
    expect(overridden.length).toBeGreaterThan(0);

    // The same facts through Strapi's stock API: the override is the offering's price.
    const stock = await graphql(`{ clinicOfferings(filters: { location: { slug: { eq: "buckhead" } } }, pagination: { limit: 100 }) {
      service { slug variants { minutes basePrice } } available priceOverrides { minutes price } } }`);
    for (const offering of stock.data.clinicOfferings.filter((o: any) => o.available)) {
      const shown = page.services.find((s) => s.service.slug === offering.service.slug)!;
      expect(shown).toBeDefined();
      for (const variant of offering.service.variants) {
        const override = offering.priceOverrides.find((p: any) => p.minutes === variant.minutes);
        const expected = Math.round(Number(override ? override.price : variant.basePrice) * 100);
        expect(shown.variants.find((v) => v.minutes === variant.minutes)!.price.cents).toBe(expected);
      }
    }
    expect(priceList(page)[0]).toMatch(/ — \d+ min \$\d+\.\d\d$/);
  });

  it('shows bundles with the sum of the parts here and the saving', async () => {
    const page = await loadLocationPage(client(), 'buckhead');
    expect(page.bundles.length).toBeGreaterThan(0);
    for (const bundle of page.bundles) {
      const full = await (await fetch(siteEndpoint(), {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ location(slug: "buckhead") { bundles { slug items { count unitPrice { cents } } } } }` }),
      })).json() as any;
      const items = full.data.location.bundles.find((b: any) => b.slug === bundle.slug).items;
      const sum = items.reduce((acc: number, i: any) => acc + i.count * i.unitPrice.cents, 0);
      expect(bundle.sumOfParts.cents).toBe(sum);
      expect(bundle.saving.cents).toBe(sum - bundle.price.cents);
    }
    expect(bundleTeasers(page).some((t) => /you save \$\d+\.\d\d/.test(t))).toBe(true);
  });

  it('lists only practitioners licensed here today: expired, suspended and wrong-state licences are hidden', async () => {
    const buckhead = await slugsAt('buckhead');
    expect(buckhead).toEqual(expect.arrayContaining(['jun-park', 'noor-haddad'])); // expiring soon; no licence needed
    expect(buckhead).not.toContain('hollis-whitaker'); // expired 20 days ago
    const decatur = await slugsAt('decatur');
    expect(decatur).not.toContain('ruth-abernathy'); // expired
    expect(decatur).not.toContain('lena-fischer'); // South Carolina licence only
    expect(await slugsAt('savannah')).not.toContain('yasmin-farah'); // suspended
  });

  it('shows, per practitioner, only the modalities they may practise at this location', async () => {
    const page = await loadLocationPage(client(), 'buckhead');
    const noor = practitionersOn(page).find((i) => i.practitioner.slug === 'noor-haddad')!;
    expect(noor.modalities.map((m) => m.slug)).toEqual(['stretch-therapy']);
    const birmingham = await loadLocationPage(client(), 'birmingham');
    const whitney = practitionersOn(birmingham).find((i) => i.practitioner.slug === 'whitney-sorensen');
    // A Georgia massage licence does not count in Alabama: at most the unlicensed modality is left.
    expect((whitney?.modalities ?? []).every((m) => m.slug === 'stretch-therapy')).toBe(true);
  });

  it('filters practitioners by modality and language', async () => {
    const chiro = await loadLocationPage(client(), 'decatur', { modality: 'chiropractic' });
    expect(practitionersOn(chiro).length).toBeGreaterThan(0);
    for (const i of practitionersOn(chiro)) expect(i.modalities.map((m) => m.slug)).toContain('chiropractic');
    const spanish = await loadLocationPage(client(), 'buckhead', { language: 'es' });
    for (const i of practitionersOn(spanish)) expect(i.practitioner.languages).toContain('es');
  });

  it('filters practitioners by condition: those with a technique linked to it, and only those', async () => {
    // The expected set from Strapi's stock API: the condition's technique links, each practitioner's techniques.
    const stock = await graphql(`{
      clinicConditions(filters: { slug: { eq: "low-back-pain" } }) { techniqueLinks { technique { slug } } }
      clinicPractitioners(pagination: { limit: 100 }) { slug techniques(pagination: { limit: 100 }) { slug } }
    }`);
    const linked = new Set<string>(stock.data.clinicConditions[0].techniqueLinks.map((l: any) => l.technique?.slug));
    const treatsIt = new Set<string>(
      stock.data.clinicPractitioners.filter((p: any) => p.techniques.some((t: any) => linked.has(t.slug))).map((p: any) => p.slug),
    );
    const all = await slugsAt('buckhead');
    const expected = all.filter((slug) => treatsIt.has(slug)).sort();
    // The demo chain has both kinds at Buckhead, so an ignored filter shows.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    const forPain = await loadLocationPage(client(), 'buckhead', { condition: 'low-back-pain' });
    expect(practitionersOn(forPain).map((i) => i.practitioner.slug).sort()).toEqual(expected);
    expect(forPain.practitionerConnection.totalCount).toBe(expected.length);
  });

  it('finds locations near a point, nearest first, within the radius', async () => {
    const near = (await findLocationsNear(client(), 33.749, -84.388, 40)).edges.map((e) => e.node); // downtown Atlanta
    const slugs = near.map((l) => l.slug);
    expect(slugs).toEqual(expect.arrayContaining(['buckhead', 'decatur']));
    expect(slugs).not.toContain('savannah');
    const distances = near.map((l) => l.distanceKm!);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(Math.max(...distances)).toBeLessThanOrEqual(40);
  });

  it('recommends a phased care plan with what this location offers for the condition', async () => {
    const plan = await loadCarePlan(client(), 'low-back-pain', 'decatur');
    expect(plan.plan?.phases.map((p) => p.description)).toEqual([
      '2–3 sessions a week for 4 weeks',
      '1 session a week for 6 weeks',
      '1 session every 2 weeks, ongoing',
    ]);
    expect(plan.techniques.length).toBeGreaterThan(0);
    expect(plan.services.length).toBeGreaterThan(0);
  });

  it('shows a practitioner’s practising licences and where they may work', async () => {
    const olivia = await loadPractitionerPage(client(), 'olivia-brandt');
    expect(olivia.licences.map((l) => l.state).sort()).toEqual(['AL', 'GA']);
    expect(olivia.locations.map((l) => l.location.slug).sort()).toEqual(['birmingham', 'marietta']);
    const hollis = await loadPractitionerPage(client(), 'hollis-whitaker');
    expect(hollis.licences).toEqual([]); // expired: not shown as a credential
    expect(hollis.locations).toEqual([]);
  });
});
