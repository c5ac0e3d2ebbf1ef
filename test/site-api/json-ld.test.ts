import { site } from '../helpers/site-api';

describe('pages carry schema.org JSON-LD', () => {
  it('a location is a MedicalClinic with its hours, offers and only its licensed practitioners', async () => {
    const res = await site(`{ location(slug: "buckhead") { jsonLd practitioners(page: { limit: 100 }) { items { practitioner { slug } } } } }`);
    const ld = res.data.location.jsonLd;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('MedicalClinic');
    expect(ld.address.addressRegion).toBe('GA');
    expect(ld.openingHoursSpecification.length).toBeGreaterThan(0);
    expect(ld.makesOffer.every((o: any) => /^\d+\.\d\d$/.test(o.price) && o.priceCurrency === 'USD')).toBe(true);
    const employees = ld.employee.map((e: any) => e['@id']);
    expect(employees).toHaveLength(res.data.location.practitioners.items.length);
    expect(employees.some((id: string) => id.endsWith('/practitioners/hollis-whitaker#person'))).toBe(false);
  });

  it('a practitioner is a Person whose credentials are valid in the licence state', async () => {
    const res = await site(`{ practitioner(slug: "olivia-brandt") { jsonLd } }`);
    const ld = res.data.practitioner.jsonLd;
    expect(ld['@type']).toBe('Person');
    const validIn = ld.hasCredential.map((c: any) => c.validIn.name).sort();
    expect(validIn).toEqual(['Alabama', 'Georgia']);
    expect(JSON.stringify(ld)).not.toMatch(/@example\.com|internalNotes/);
  });

  it('a condition is a MedicalCondition with its possible treatments', async () => {
    const res = await site(`{ condition(slug: "low-back-pain") { jsonLd } }`);
    expect(res.data.condition.jsonLd['@type']).toBe('MedicalCondition');
    expect(res.data.condition.jsonLd.possibleTreatment.length).toBeGreaterThan(0);
  });
});
