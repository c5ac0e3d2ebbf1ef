/**
 * A condition page as a schema.org MedicalCondition. Linked techniques are its
 * possible treatments, with the evidence strength stated in their description.
 * A MedicalCondition cannot carry `citation` (a CreativeWork property), so the
 * citations sit on the condition's own page, given as `mainEntityOfPage`.
 */
import type { CreativeWork, MedicalConditionLeaf, MedicalTherapy, WithContext } from 'schema-dts';
import type { Evidence } from '../../read-model/catalogue.types';
import type { ConditionPage } from '../../read-model/page.types';
import { compact, nodeId, opt, pageUrl, SCHEMA_CONTEXT } from './shared';

export interface ConditionJsonLdInput {
  page: ConditionPage;
  siteUrl: string;
}

const EVIDENCE_TEXT: Record<Evidence, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  emerging: 'Emerging evidence',
};

export function conditionJsonLd({ page, siteUrl }: ConditionJsonLdInput): WithContext<MedicalConditionLeaf> {
  const url = pageUrl.condition(siteUrl, page.slug);
  return compact<WithContext<MedicalConditionLeaf>>({
    '@context': SCHEMA_CONTEXT,
    '@type': 'MedicalCondition',
    '@id': nodeId.condition(siteUrl, page.slug),
    name: page.name,
    description: opt(page.summary),
    url,
    possibleTreatment: page.techniques.map((link) => treatment(link, siteUrl)),
    subjectOf: page.articles.map(
      (a): CreativeWork => ({ '@type': 'Article', '@id': nodeId.article(siteUrl, a.slug), headline: a.title, url: pageUrl.article(siteUrl, a.slug) }),
    ),
    mainEntityOfPage: {
      '@type': 'MedicalWebPage',
      '@id': `${url}#page`,
      url,
      name: page.name,
      citation: page.citations.map(citation),
    },
  });
}

function treatment(link: ConditionPage['techniques'][number], siteUrl: string): MedicalTherapy {
  const evidence = `${EVIDENCE_TEXT[link.evidence]} for ${link.technique.name}.`;
  return {
    '@type': 'MedicalTherapy',
    name: link.technique.name,
    url: pageUrl.technique(siteUrl, link.technique.slug),
    description: link.note ? `${evidence} ${link.note}` : evidence,
  };
}

const citation = (c: ConditionPage['citations'][number]): CreativeWork => ({
  '@type': 'CreativeWork',
  name: c.title,
  publisher: c.source ? { '@type': 'Organization', name: c.source } : undefined,
  datePublished: c.year === null ? undefined : String(c.year),
  url: opt(c.url),
});
