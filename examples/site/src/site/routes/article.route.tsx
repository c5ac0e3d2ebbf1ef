/**
 * /articles/:slug — an article: summary, key takeaways, body, its questions and answers
 * (each at the anchor the search links a question to: faqAnchor) and what it is about;
 * JSON-LD from the API.
 */
import { loadArticlePage } from '../../pages';
import { faqAnchor } from '../anchors';
import { ArticleBody } from '../article-body';
import type { Route } from '../route';

export const articleRoute: Route = {
  path: '/articles/:slug',
  async render({ api, params }) {
    const a = await loadArticlePage(api, params.slug);
    const about = [
      ...a.conditions.map((c) => ({ key: `c-${c.slug}`, href: `/conditions/${encodeURIComponent(c.slug)}`, name: c.name })),
      ...a.services.map((s) => ({ key: `s-${s.slug}`, href: `/services/${encodeURIComponent(s.slug)}`, name: s.name })),
      ...a.techniques.map((t) => ({ key: `t-${t.slug}`, href: `/techniques/${encodeURIComponent(t.slug)}`, name: t.name })),
    ];
    return {
      title: a.title,
      description: a.summary ?? a.title,
      jsonLd: a.jsonLd,
      body: (
        <>
          <h1>{a.title}</h1>
          <p>
            {a.author ? (
              <>
                By <a href={`/practitioners/${encodeURIComponent(a.author.slug)}`}>{a.author.displayName}</a>,{' '}
              </>
            ) : null}
            <time dateTime={a.publishedAt}>{a.publishedAt.slice(0, 10)}</time>
          </p>
          {a.summary ? <p>{a.summary}</p> : null}
          {a.keyTakeaways.length ? (
            <section aria-labelledby="takeaways">
              <h2 id="takeaways">Key takeaways</h2>
              <ul>
                {a.keyTakeaways.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <ArticleBody text={a.body} />
          {a.faqs.length ? (
            <section aria-labelledby="faqs">
              <h2 id="faqs">Questions</h2>
              {a.faqs.map((f) => (
                <section key={f.slug} aria-labelledby={faqAnchor(f.question)}>
                  <h3 id={faqAnchor(f.question)}>{f.question}</h3>
                  <p>{f.answer}</p>
                </section>
              ))}
            </section>
          ) : null}
          {about.length ? (
            <section aria-labelledby="about">
              <h2 id="about">About</h2>
              <ul>
                {about.map((x) => (
                  <li key={x.key}>
                    <a href={x.href}>{x.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ),
    };
  },
};
