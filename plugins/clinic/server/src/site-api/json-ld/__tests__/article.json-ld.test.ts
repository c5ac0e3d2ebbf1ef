import { articleJsonLd } from '..';
import { articlePage, practitionerCard, PRIVATE_MARKERS, SITE, withPrivateFields } from './fixtures';

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('articleJsonLd', () => {
  it('is an Article with headline, description, dates and its author as a Person reference', () => {
    const out = json(articleJsonLd({ page: articlePage(), siteUrl: SITE }));
    expect(out['@context']).toBe('https://schema.org');
    expect(out['@type']).toBe('Article');
    expect(out['@id']).toBe('https://lanternoak.example/articles/back-pain-basics#article');
    expect(out.headline).toBe('Back pain basics');
    expect(out.description).toBe('What helps, and what the evidence says.');
    expect(out.datePublished).toBe('2026-02-01T10:00:00.000Z');
    expect(out.dateModified).toBe('2026-03-05T08:30:00.000Z');
    expect(out.author).toEqual({
      '@type': 'Person',
      '@id': 'https://lanternoak.example/practitioners/maya-chen#person',
      name: 'Maya Chen',
      honorificSuffix: 'LMT',
      url: 'https://lanternoak.example/practitioners/maya-chen',
    });
  });

  it('is about its conditions, linked by the same @id as the condition pages', () => {
    const out = json(articleJsonLd({ page: articlePage(), siteUrl: SITE }));
    expect(out.about).toEqual([
      {
        '@type': 'MedicalCondition',
        '@id': 'https://lanternoak.example/conditions/low-back-pain#condition',
        name: 'Low back pain',
        url: 'https://lanternoak.example/conditions/low-back-pain',
      },
    ]);
  });

  it('includes an FAQPage of questions with accepted answers when the article has FAQs', () => {
    const out = json(articleJsonLd({ page: articlePage(), siteUrl: SITE }));
    expect(out.hasPart).toEqual({
      '@type': 'FAQPage',
      '@id': 'https://lanternoak.example/articles/back-pain-basics#faq',
      mainEntity: [{ '@type': 'Question', name: 'How often should I book?', acceptedAnswer: { '@type': 'Answer', text: 'Weekly at first.' } }],
    });
  });

  it('has no FAQPage without FAQs and no author when none is set', () => {
    const out = json(articleJsonLd({ page: articlePage({ faqs: [], author: null }), siteUrl: SITE }));
    expect(out).not.toHaveProperty('hasPart');
    expect(out).not.toHaveProperty('author');
    expect(JSON.stringify(out)).not.toContain('FAQPage');
  });

  it('never copies the body, the author’s private fields or booking ids', () => {
    const page = withPrivateFields(articlePage({ author: withPrivateFields(practitionerCard()) }));
    const text = JSON.stringify(articleJsonLd({ page, siteUrl: SITE }));
    for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
    expect(text).not.toMatch(/Long text|mindbody|staff-7/);
  });
});
