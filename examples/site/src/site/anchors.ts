/**
 * In-page anchors the site links to. A FAQ search hit carries its question and its
 * article's slug (not the FAQ's own slug), so the article page and the search page
 * both derive the question's anchor from its text.
 */
export const faqAnchor = (question: string) =>
  `faq-${
    question
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'question'
  }`;

/** A service's block on a location page (location.route.tsx gives its heading this id). */
export const serviceAnchor = (service: string) => `service-${service}`;
