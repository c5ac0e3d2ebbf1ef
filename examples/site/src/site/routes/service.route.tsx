/** /services/:slug — a service: its lengths and base prices, techniques and the locations offering it (each links to its price there); JSON-LD from the API. */
import { loadServicePage } from '../../pages';
import type { Route } from '../route';

export const serviceRoute: Route = {
  path: '/services/:slug',
  async render({ api, params }) {
    const s = await loadServicePage(api, params.slug);
    return {
      title: s.name,
      description: s.summary ?? `${s.name}: lengths, prices and where to book.`,
      jsonLd: s.jsonLd,
      body: (
        <>
          <h1>{s.name}</h1>
          <p>{s.modality.name}</p>
          {s.summary ? <p>{s.summary}</p> : null}
          <section aria-labelledby="lengths">
            <h2 id="lengths">Lengths and base prices</h2>
            <ul>
              {s.variants.map((v) => (
                <li key={v.minutes}>{`${v.minutes} min — from $${v.basePrice.amount}`}</li>
              ))}
            </ul>
            <p className="note">Each location sets its own price: see it on the location&apos;s page.</p>
          </section>
          {s.techniques.length ? (
            <section aria-labelledby="techniques">
              <h2 id="techniques">Techniques</h2>
              <ul>
                {s.techniques.map((t) => (
                  <li key={t.slug}>
                    <a href={`/techniques/${encodeURIComponent(t.slug)}`}>{t.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="locations">
            <h2 id="locations">Where it is offered</h2>
            {s.locations.length ? (
              <ul>
                {s.locations.map((l) => (
                  <li key={l.slug}>
                    <a href={`/locations/${encodeURIComponent(l.slug)}#service-${encodeURIComponent(s.slug)}`}>{l.name}</a>
                    {` — ${l.address.city}, ${l.address.state}`}
                  </li>
                ))}
              </ul>
            ) : (
              <p>No location offers it at the moment.</p>
            )}
          </section>
        </>
      ),
    };
  },
};
