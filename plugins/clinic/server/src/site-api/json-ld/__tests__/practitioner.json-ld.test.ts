import { practitionerJsonLd, type PractitionerJsonLdInput } from '..';
import { chiropractic, licence, locationSummary, practitionerPage, PRIVATE_MARKERS, SITE, withPrivateFields } from './fixtures';

const input = (o: Partial<PractitionerJsonLdInput> = {}): PractitionerJsonLdInput => {
  const page = practitionerPage();
  return { page, siteUrl: SITE, licences: [licence()], locations: page.locations, ...o };
};
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('practitionerJsonLd', () => {
  it('is a Person (never Physician) with @id, name, photo, bio and the places they work by @id', () => {
    const out = json(practitionerJsonLd(input()));
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toBe('Person');
    expect(out['@id']).toBe('https://lanternoak.example/practitioners/maya-chen#person');
    expect(out.name).toBe('Maya Chen');
    expect(out.honorificSuffix).toBe('LMT');
    expect(out.image).toBe('https://cdn.example/maya.jpg');
    expect(out.description).toBe('Maya focuses on sports recovery.');
    expect(out.worksFor).toEqual([{ '@id': 'https://lanternoak.example/locations/midtown#clinic' }]);
    expect(out.knowsLanguage).toEqual(['en', 'es']);
    expect(out.knowsAbout).toEqual(['Massage therapy', 'Sports recovery', 'Trigger point therapy']);
  });

  it('states each practising licence as a credential valid in the named state, with its board, dates and verification link', () => {
    const out = json(practitionerJsonLd(input()));
    expect(out.hasCredential).toEqual([
      {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'license',
        name: 'LMT licence MT-12345',
        identifier: 'MT-12345',
        recognizedBy: { '@type': 'Organization', name: 'Georgia Board of Massage Therapy' },
        validIn: { '@type': 'AdministrativeArea', name: 'Georgia' },
        dateCreated: '2024-11-01',
        expires: '2026-10-31',
        url: 'https://verify.sos.ga.gov/verification/MT-12345',
      },
    ]);
  });

  it('derives job title and occupation with its NUCC taxonomy code from the licence types', () => {
    const licences = [licence(), licence({ type: 'DC', number: 'DC-9', state: 'FL', board: 'Florida Board of Chiropractic Medicine' })];
    const out = json(practitionerJsonLd(input({ licences, page: practitionerPage({ modalities: [chiropractic] }) })));
    expect(out.jobTitle).toEqual(['Licensed Massage Therapist', 'Doctor of Chiropractic']);
    expect(out.hasOccupation.map((o: { occupationalCategory: { codeValue: string } }) => o.occupationalCategory.codeValue)).toEqual([
      '225700000X',
      '111N00000X',
    ]);
    expect(out.hasOccupation[1]).toEqual({
      '@type': 'Occupation',
      name: 'Doctor of Chiropractic',
      occupationalCategory: {
        '@type': 'CategoryCode',
        codeValue: '111N00000X',
        inCodeSet: { '@type': 'CategoryCodeSet', name: 'NUCC Health Care Provider Taxonomy', url: 'https://taxonomy.nucc.org/' },
      },
      occupationLocation: [{ '@type': 'AdministrativeArea', name: 'Florida' }],
    });
    expect(out.hasCredential[1].validIn.name).toBe('Florida');
  });

  it('never publishes an expired or suspended licence, even when the caller passes one', () => {
    const licences = [licence({ status: 'expired', number: 'OLD-1' }), licence({ status: 'suspended', number: 'SUS-2' }), licence({ status: 'expiring' })];
    const out = json(practitionerJsonLd(input({ licences })));
    expect(out.hasCredential.map((c: { identifier: string }) => c.identifier)).toEqual(['MT-12345']);
    expect(JSON.stringify(out)).not.toMatch(/OLD-1|SUS-2/);
  });

  it('with no practising licence and nothing optional, has no title, credentials, workplaces or nulls', () => {
    const page = practitionerPage({ photoUrl: null, bio: null, credentialsSuffix: null, languages: [] });
    const out = json(practitionerJsonLd(input({ page, licences: [], locations: [] })));
    for (const key of ['jobTitle', 'hasOccupation', 'hasCredential', 'worksFor', 'image', 'description', 'knowsLanguage']) {
      expect(out).not.toHaveProperty(key);
    }
    expect(JSON.stringify(out)).not.toContain('null');
  });

  it('copies only public fields: no email, notes, private phone, booking ids or licence bookkeeping', () => {
    const page = withPrivateFields(practitionerPage({ locations: [withPrivateFields(locationSummary())] }));
    const text = JSON.stringify(practitionerJsonLd(input({ page, licences: [withPrivateFields(licence())] })));
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
    expect(text).not.toMatch(/mindbody|staff-7|verifiedAt|acceptingNewClients|yearsExperience/);
  });
});
