/** /conditions/:slug — a condition: its disclaimer, techniques by evidence, articles and citations; JSON-LD from the API. */
import { loadConditionPage } from '../../pages';
import type { Route } from '../route';

const EVIDENCE: Record<string, string> = { strong: 'Strong evidence', moderate: 'Moderate evidence', limited: 'Limited evidence', emerging: 'Emerging evidence' };

export const conditionRoute: Route = {
  path: '/conditions/:slug',
  async render({ api, params }) {
    const c = await loadConditionPage(api, params.slug);
    return {
      title: c.name,
      description: c.summary ?? `${c.name}: how our therapies can help.`,
      jsonLd: c.jsonLd,
      body: (
        <>
          <h1>{c.name}</h1>
          <p>{c.category}</p>
          {c.summary ? <p>{c.summary}</p> : null}
          <p className="note" role="note">
            {c.disclaimer}
          </p>
          <section aria-labelledby="techniques">
            <h2 id="techniques">Techniques that may help</h2>
            <ul>
              {c.techniques.map((t) => (
                <li key={t.technique.slug}>
                  <strong>{t.technique.name}</strong> — {EVIDENCE[t.evidence] ?? t.evidence}
                  {t.note ? `: ${t.note}` : ''}
                </li>
              ))}
            </ul>
          </section>
          {c.articles.length ? (
            <section aria-labelledby="articles">
              <h2 id="articles">Articles</h2>
              <ul>
                {c.articles.map((a) => (
                  <li key={a.slug}>
                    <strong>{a.title}</strong>
                    {a.summary ? ` — ${a.summary}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {c.citations.length ? (
            <section aria-labelledby="citations">
              <h2 id="citations">Sources</h2>
              <ol>
                {c.citations.map((s) => (
                  <li key={s.title}>
                    {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                    {s.source ? `, ${s.source}` : ''}
                    {s.year ? ` (${s.year})` : ''}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ),
    };
  },
};
