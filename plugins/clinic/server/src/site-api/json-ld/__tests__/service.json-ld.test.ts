import { serviceJsonLd } from '..';
import { locationSummary, PRIVATE_MARKERS, sauna, servicePage, SITE, withPrivateFields } from './fixtures';

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('serviceJsonLd', () => {
  it('is a MedicalTherapy that is also a Service when its modality needs a licence, with @id and url', () => {
    const out = json(serviceJsonLd({ page: servicePage(), siteUrl: SITE }));
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toEqual(['MedicalTherapy', 'Service']);
    expect(out['@id']).toBe('https://lanternoak.example/services/swedish-massage#service');
    expect(out.url).toBe('https://lanternoak.example/services/swedish-massage');
    expect(out.description).toBe('Long, flowing strokes.');
    expect(out).not.toHaveProperty('relevantSpecialty');
  });

  it('offers one Offer per variant at the base price, available at the locations offering it', () => {
    const out = json(serviceJsonLd({ page: servicePage(), siteUrl: SITE }));
    const places = [{ '@id': 'https://lanternoak.example/locations/midtown#clinic' }, { '@id': 'https://lanternoak.example/locations/decatur#clinic' }];
    expect(out.offers).toEqual([
      { '@type': 'Offer', name: 'Swedish Massage (60 min)', price: '90.00', priceCurrency: 'USD', availableAtOrFrom: places },
      { '@type': 'Offer', name: 'Swedish Massage (90 min)', price: '130.50', priceCurrency: 'USD', availableAtOrFrom: places },
    ]);
    expect(out.provider).toEqual(places);
  });

  it('does not name a permanently closed location as a place it is available', () => {
    const page = servicePage({ locations: [locationSummary(), locationSummary({ slug: 'old-town', operatingStatus: 'closed' })] });
    expect(JSON.stringify(serviceJsonLd({ page, siteUrl: SITE }))).not.toContain('old-town');
  });

  it('is a plain Service for an unlicensed modality, and gives Physiotherapy as the specialty of physical therapy', () => {
    expect(serviceJsonLd({ page: servicePage({ modality: sauna }), siteUrl: SITE })['@type']).toBe('Service');
    const pt = servicePage({ modality: { slug: 'pt', name: 'Physical therapy', summary: null, requiredLicenceType: 'PT' } });
    expect(json(serviceJsonLd({ page: pt, siteUrl: SITE })).relevantSpecialty).toBe('https://schema.org/Physiotherapy');
  });

  it('copies no private or booking fields and writes no nulls', () => {
    const page = withPrivateFields(servicePage({ summary: null, booking: { system: 'jane', externalId: 'svc-42' } }));
    const text = JSON.stringify(serviceJsonLd({ page, siteUrl: SITE }));
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
    expect(text).not.toMatch(/svc-42|null/);
  });
});
