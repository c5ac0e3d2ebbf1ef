import { graphql } from './helpers/http';

describe('the demo chain is served to location sites through GraphQL', () => {
  it('lists the chain locations with their state, time zone and franchise', async () => {
    const res = await graphql(`{
      clinicLocations(pagination: { limit: 100 }, sort: "slug") {
        slug name operatingStatus timeZone region
        address { city state postalCode }
        geo { latitude longitude }
        openingHours { day opens closes }
        franchise { name }
        booking { system externalId }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const locations = res.data.clinicLocations;
    expect(locations.length).toBeGreaterThanOrEqual(5);
    expect(locations.filter((l: any) => l.address.state === 'GA').length).toBeGreaterThanOrEqual(4);
    expect(locations.some((l: any) => l.address.state !== 'GA')).toBe(true);
    for (const l of locations) {
      expect(l.franchise?.name).toEqual(expect.any(String));
      expect(l.timeZone).toMatch(/^America\//);
      expect(l.openingHours.length).toBeGreaterThan(0);
      expect(l.booking.externalId).toEqual(expect.any(String));
    }
  });

  it('serves conditions with a disclaimer and evidence-rated technique links', async () => {
    const res = await graphql(`{
      clinicConditions(pagination: { limit: 100 }) {
        slug name category disclaimer
        citations { title source year }
        techniqueLinks { evidence note technique { slug name pressure } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const conditions = res.data.clinicConditions;
    expect(conditions.length).toBeGreaterThanOrEqual(12);
    for (const c of conditions) {
      expect(c.disclaimer.length).toBeGreaterThan(20);
      expect(c.techniqueLinks.length).toBeGreaterThan(0);
      for (const link of c.techniqueLinks) {
        expect(['strong', 'moderate', 'limited', 'emerging']).toContain(link.evidence);
        expect(link.technique.slug).toEqual(expect.any(String));
      }
    }
  });

  it('serves services with 30- and 60-minute variants, and local price overrides as offerings', async () => {
    const res = await graphql(`{
      clinicServices(pagination: { limit: 100 }) { slug modality { slug } variants { minutes basePrice } }
      clinicOfferings(pagination: { limit: 500 }) { available service { slug } location { slug } priceOverrides { minutes price } }
    }`);
    expect(res.errors).toBeUndefined();
    for (const s of res.data.clinicServices) {
      const minutes = s.variants.map((v: any) => v.minutes);
      expect(minutes).toEqual(expect.arrayContaining([30, 60]));
    }
    const withOverride = res.data.clinicOfferings.filter((o: any) => o.priceOverrides.length > 0);
    expect(withOverride.length).toBeGreaterThan(0);
    expect(typeof withOverride[0].priceOverrides[0].price).toBe('number');
  });

  it('serves three care plans with phases in order, and bundles across service lines', async () => {
    const res = await graphql(`{
      clinicCarePlans { slug phases { name minPerPeriod maxPerPeriod period periodUnit lengthWeeks sessionMinutes } }
      clinicBundles { slug priceRule minPrice maxPrice items { minutes count service { modality { slug } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.clinicCarePlans.length).toBeGreaterThanOrEqual(3);
    const chronic = res.data.clinicCarePlans.find((p: any) => p.phases.length >= 3);
    expect(chronic.phases[0].minPerPeriod).toBe(2);
    expect(chronic.phases[0].maxPerPeriod).toBe(3);
    expect(res.data.clinicBundles.length).toBeGreaterThanOrEqual(3);
    const crossLine = res.data.clinicBundles.filter(
      (b: any) => new Set(b.items.map((i: any) => i.service.modality.slug)).size > 1,
    );
    expect(crossLine.length).toBeGreaterThan(0);
  });

  it('serves practitioners with their licences, including expired and wrong-state ones for the rules to judge', async () => {
    const res = await graphql(`{
      clinicPractitioners(pagination: { limit: 100 }) {
        slug firstName lastName credentialsSuffix languages
        locations { slug address { state } }
        licences { type state licenceStatus expiresOn }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const practitioners = res.data.clinicPractitioners;
    expect(practitioners.length).toBeGreaterThanOrEqual(20);
    const statuses = practitioners.flatMap((p: any) => p.licences.map((l: any) => l.licenceStatus));
    expect(statuses).toEqual(expect.arrayContaining(['active', 'expiring', 'expired']));
    const wrongState = practitioners.filter((p: any) =>
      p.licences.length > 0 && p.locations.some((loc: any) => !p.licences.some((l: any) => l.state === loc.address.state)),
    );
    expect(wrongState.length).toBeGreaterThanOrEqual(2);
  });

  it('serves articles with their author, related conditions and FAQs', async () => {
    const res = await graphql(`{
      clinicArticles { slug title keyTakeaways { text } author { lastName } conditions { slug } faqs { question } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.clinicArticles.length).toBeGreaterThanOrEqual(2);
    for (const a of res.data.clinicArticles) {
      expect(a.author.lastName).toEqual(expect.any(String));
      expect(a.conditions.length).toBeGreaterThan(0);
      expect(a.faqs.length).toBeGreaterThan(0);
      expect(a.keyTakeaways.length).toBeGreaterThanOrEqual(3);
    }
  });
});
