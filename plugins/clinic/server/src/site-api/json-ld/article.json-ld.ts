/**
 * An article page as a schema.org Article. Decision: Article rather than
 * MedicalWebPage, because Article is what search engines read headline, author
 * and dates from, and MedicalWebPage's one extra, `lastReviewed`, would claim a
 * medical review the catalogue does not record. The conditions it is about are
 * linked by their @id; FAQs form an FAQPage that is part of the article.
 */
import type { ArticleLeaf, FAQPage, Question, WithContext } from 'schema-dts';
import type { FaqRecord } from '../../read-model/catalogue.types';
import type { ArticlePage } from '../../read-model/page.types';
import { compact, nodeId, opt, pageUrl, personRef, SCHEMA_CONTEXT } from './shared';

export interface ArticleJsonLdInput {
  page: ArticlePage;
  siteUrl: string;
}

export function articleJsonLd({ page, siteUrl }: ArticleJsonLdInput): WithContext<ArticleLeaf> {
  const url = pageUrl.article(siteUrl, page.slug);
  return compact<WithContext<ArticleLeaf>>({
    '@context': SCHEMA_CONTEXT,
    '@type': 'Article',
    '@id': nodeId.article(siteUrl, page.slug),
    headline: page.title,
    description: opt(page.summary),
    url,
    mainEntityOfPage: url,
    author: page.author ? personRef(page.author, siteUrl) : undefined,
    datePublished: page.publishedAt,
    dateModified: page.updatedAt,
    about: page.conditions.map((c) => ({
      '@type': 'MedicalCondition' as const,
      '@id': nodeId.condition(siteUrl, c.slug),
      name: c.name,
      url: pageUrl.condition(siteUrl, c.slug),
    })),
    mentions: page.techniques.map((t) => ({
      '@type': 'MedicalTherapy' as const,
      name: t.name,
      url: pageUrl.technique(siteUrl, t.slug),
    })),
    hasPart: page.faqs.length > 0 ? faqPage(page.faqs, `${url}#faq`) : undefined,
  });
}

function faqPage(faqs: FaqRecord[], id: string): FAQPage {
  return {
    '@type': 'FAQPage',
    '@id': id,
    mainEntity: faqs.map(
      (f): Question => ({
        '@type': 'Question',
        name: f.question,
        acceptedAnswer: { '@type': 'Answer', text: f.answer },
      }),
    ),
  };
}
