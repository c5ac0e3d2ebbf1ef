import { conditionJsonLd } from '..';
import { conditionPage, PRIVATE_MARKERS, SITE, withPrivateFields } from './fixtures';

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('conditionJsonLd', () => {
  it('is a MedicalCondition with @id, url and its summary as description', () => {
    const out = json(conditionJsonLd({ page: conditionPage(), siteUrl: SITE }));
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toBe('MedicalCondition');
    expect(out['@id']).toBe('https://lanternoak.example/conditions/low-back-pain#condition');
    expect(out.url).toBe('https://lanternoak.example/conditions/low-back-pain');
    expect(out.description).toBe('Pain between the ribs and the hips.');
  });

  it('lists each linked technique as a possible treatment stating the evidence strength and note', () => {
    const out = json(conditionJsonLd({ page: conditionPage(), siteUrl: SITE }));
    expect(out.possibleTreatment).toEqual([
      {
        '@type': 'MedicalTherapy',
        name: 'Trigger point therapy',
        url: 'https://lanternoak.example/techniques/trigger-point',
        description: 'Moderate evidence for Trigger point therapy. Short-term relief.',
      },
      {
        '@type': 'MedicalTherapy',
        name: 'Effleurage',
        url: 'https://lanternoak.example/techniques/effleurage',
        description: 'Limited evidence for Effleurage.',
      },
    ]);
  });

  it('links its articles by @id and cites its sources on its page, leaving out unknown year, publisher and url', () => {
    const out = json(conditionJsonLd({ page: conditionPage(), siteUrl: SITE }));
    expect(out.subjectOf).toEqual([
      {
        '@type': 'Article',
        '@id': 'https://lanternoak.example/articles/back-pain-basics#article',
        headline: 'Back pain basics',
        url: 'https://lanternoak.example/articles/back-pain-basics',
      },
    ]);
    expect(out.mainEntityOfPage['@type']).toBe('MedicalWebPage');
    expect(out.mainEntityOfPage.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Massage for low-back pain',
        publisher: { '@type': 'Organization', name: 'Cochrane Database of Systematic Reviews' },
        datePublished: '2015',
        url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
      },
      { '@type': 'CreativeWork', name: 'Clinic notes on back care' },
    ]);
  });

  it('without techniques, articles or citations has no empty lists, and copies no private fields', () => {
    const page = withPrivateFields(conditionPage({ techniques: [], articles: [], citations: [], summary: null }));
    const out = json(conditionJsonLd({ page, siteUrl: SITE }));
    expect(out).not.toHaveProperty('possibleTreatment');
    expect(out).not.toHaveProperty('subjectOf');
    expect(out).not.toHaveProperty('description');
    expect(out.mainEntityOfPage).not.toHaveProperty('citation');
    const text = JSON.stringify(out);
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
  });
});
