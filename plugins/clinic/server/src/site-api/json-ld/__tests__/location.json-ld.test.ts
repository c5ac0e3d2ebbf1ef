import { locationJsonLd, type LocationJsonLdInput } from '..';
import { bundle, locationPage, practitionerCard, PRIVATE_MARKERS, sauna, serviceEntry, serviceSummary, SITE, withPrivateFields } from './fixtures';

const input = (o: Partial<LocationJsonLdInput> = {}): LocationJsonLdInput => {
  const page = locationPage();
  return { page, siteUrl: SITE, practitioners: page.practitioners, bundles: page.bundles, closuresFromToday: [], ...o };
};
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('locationJsonLd', () => {
  it('describes a location offering licensed massage as a MedicalClinic with its address, geo and @id', () => {
    const out = json(locationJsonLd(input()));
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toBe('MedicalClinic');
    expect(out['@id']).toBe('https://lanternoak.example/locations/midtown#clinic');
    expect(out.url).toBe('https://lanternoak.example/locations/midtown');
    expect(out.telephone).toBe('+1-404-555-0100');
    expect(out.address).toEqual({
      '@type': 'PostalAddress',
      streetAddress: '100 Peachtree St NE',
      addressLocality: 'Atlanta',
      addressRegion: 'GA',
      postalCode: '30303',
      addressCountry: 'US',
    });
    expect(out.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 33.7585, longitude: -84.3879 });
    expect(out.currenciesAccepted).toBe('USD');
    expect(out.publicAccess).toBe(true);
  });

  it('is a HealthAndBeautyBusiness when no service there needs a licence, and then claims no medical specialty', () => {
    const page = locationPage({ services: [serviceEntry({ service: serviceSummary({ slug: 'sauna', name: 'Sauna', modality: sauna }) })] });
    const out = json(locationJsonLd(input({ page })));
    expect(out['@type']).toBe('HealthAndBeautyBusiness');
    expect(out).not.toHaveProperty('medicalSpecialty');
    expect(out.makesOffer[0].itemOffered['@type']).toBe('Service');
  });

  it('names Musculoskeletal as the specialty of a clinic offering chiropractic, and none for massage alone', () => {
    expect(json(locationJsonLd(input()))).not.toHaveProperty('medicalSpecialty');
    const chiro = serviceEntry({
      service: serviceSummary({ slug: 'adjustment', name: 'Adjustment', modality: { slug: 'chiropractic', name: 'Chiropractic', summary: null, requiredLicenceType: 'DC' } }),
    });
    const out = json(locationJsonLd(input({ page: locationPage({ services: [serviceEntry(), chiro] }) })));
    expect(out.medicalSpecialty).toEqual(['https://schema.org/Musculoskeletal']);
  });

  it('gives weekly hours with schema.org day URLs and each closure as a closed-all-day special day', () => {
    const out = json(locationJsonLd(input({ closuresFromToday: [{ date: '2026-12-25', reason: 'Christmas Day' }] })));
    expect(out.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '19:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Saturday', opens: '10:00', closes: '16:00' },
      {
        '@type': 'OpeningHoursSpecification',
        name: 'Christmas Day',
        validFrom: '2026-12-25',
        validThrough: '2026-12-25',
        opens: '00:00',
        closes: '00:00',
      },
    ]);
  });

  it('offers each variant at this location’s price, typed MedicalTherapy and Service when licensed', () => {
    const offers = json(locationJsonLd(input({ bundles: [] }))).makesOffer;
    expect(offers).toHaveLength(2);
    expect(offers.map((o: { price: string }) => o.price)).toEqual(['95.00', '130.00']);
    expect(offers[0]).toEqual({
      '@type': 'Offer',
      price: '95.00',
      priceCurrency: 'USD',
      itemOffered: {
        '@type': ['MedicalTherapy', 'Service'],
        name: 'Swedish Massage (60 min)',
        description: 'Long, flowing strokes.',
        url: 'https://lanternoak.example/services/swedish-massage',
        serviceType: 'Massage therapy',
      },
    });
  });

  it('offers a bundle at its price with the sum of its parts as the list price and the saving described', () => {
    const offers = json(locationJsonLd(input())).makesOffer;
    expect(offers).toHaveLength(3);
    expect(offers[2]).toEqual({
      '@type': 'Offer',
      name: 'Relax Pack',
      description: '3 × Swedish Massage (60 min). Saves $35.00 on the $285.00 price of its parts.',
      price: '250.00',
      priceCurrency: 'USD',
      priceSpecification: { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: '285.00', priceCurrency: 'USD' },
      validFrom: '2026-01-01',
      validThrough: '2026-12-31',
      itemOffered: { '@type': 'Service', name: 'Relax Pack', description: 'Three massages for less.' },
    });
  });

  it('leaves out what is unknown instead of writing null or empty lists', () => {
    const page = locationPage({ phone: null, geo: null, operatingStatus: 'coming_soon' });
    const out = json(locationJsonLd(input({ page, practitioners: [], bundles: [bundle({ validUntil: null, summary: null })] })));
    expect(out).not.toHaveProperty('telephone');
    expect(out).not.toHaveProperty('geo');
    expect(out).not.toHaveProperty('employee');
    expect(out.publicAccess).toBe(false);
    expect(out.makesOffer[2]).not.toHaveProperty('validThrough');
    expect(JSON.stringify(out)).not.toContain('null');
  });

  it('lists the practitioners passed in as Person references by @id, without their private fields', () => {
    const practitioner = withPrivateFields(practitionerCard());
    const out = locationJsonLd(input({ page: withPrivateFields(locationPage()), practitioners: [practitioner] }));
    expect(json(out).employee).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://lanternoak.example/practitioners/maya-chen#person',
        name: 'Maya Chen',
        honorificSuffix: 'LMT',
        url: 'https://lanternoak.example/practitioners/maya-chen',
      },
    ]);
    const text = JSON.stringify(out);
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
    expect(text).not.toContain('mindbody');
  });

  it('does not double the slash when the site URL ends with one', () => {
    expect(locationJsonLd(input({ siteUrl: `${SITE}/` })).url).toBe('https://lanternoak.example/locations/midtown');
  });
});
