/** /techniques/:slug — a technique: pressure, how it is done, what it is best for, when not to, and the conditions it is linked to. */
import { loadTechniquePage } from '../../pages';
import type { Route } from '../route';

const EVIDENCE: Record<string, string> = { strong: 'Strong evidence', moderate: 'Moderate evidence', limited: 'Limited evidence', emerging: 'Emerging evidence' };

export const techniqueRoute: Route = {
  path: '/techniques/:slug',
  async render({ api, params }) {
    const t = await loadTechniquePage(api, params.slug);
    return {
      title: t.name,
      description: t.bestFor ?? `${t.name}: how it is done and what it may help with.`,
      body: (
        <>
          <h1>{t.name}</h1>
          <dl>
            {t.modality ? (
              <>
                <dt>Service line</dt>
                <dd>{t.modality.name}</dd>
              </>
            ) : null}
            <dt>Pressure</dt>
            <dd>{t.pressure}</dd>
            {t.bestFor ? (
              <>
                <dt>Best for</dt>
                <dd>{t.bestFor}</dd>
              </>
            ) : null}
          </dl>
          {t.howPerformed ? (
            <section aria-labelledby="how">
              <h2 id="how">How it is done</h2>
              <p>{t.howPerformed}</p>
            </section>
          ) : null}
          {t.contraindications ? (
            <section aria-labelledby="contraindications">
              <h2 id="contraindications">When not to</h2>
              <p>{t.contraindications}</p>
            </section>
          ) : null}
          {t.conditions.length ? (
            <section aria-labelledby="conditions">
              <h2 id="conditions">Conditions it may help</h2>
              <ul>
                {t.conditions.map((c) => (
                  <li key={c.condition.slug}>
                    <a href={`/conditions/${encodeURIComponent(c.condition.slug)}`}>{c.condition.name}</a> — {EVIDENCE[c.evidence] ?? c.evidence}
                    {c.note ? `: ${c.note}` : ''}
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
