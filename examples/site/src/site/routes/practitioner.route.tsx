/** /practitioners/:slug — a practitioner: bio, languages, specialties, licences and where they practise; JSON-LD from the API. */
import { loadPractitionerPage } from '../../pages';
import type { Route } from '../route';

export const practitionerRoute: Route = {
  path: '/practitioners/:slug',
  async render({ api, params }) {
    const p = await loadPractitionerPage(api, params.slug);
    return {
      title: p.displayName,
      description: `${p.displayName}: specialties, licences and the locations where they practise.`,
      jsonLd: p.jsonLd,
      body: (
        <>
          <h1>{p.displayName}</h1>
          {p.bio ? <p>{p.bio}</p> : null}
          <dl>
            {p.yearsExperience !== null ? (
              <>
                <dt>Experience</dt>
                <dd>{p.yearsExperience} years</dd>
              </>
            ) : null}
            <dt>Languages</dt>
            <dd>{p.languages.length ? p.languages.join(', ') : 'English'}</dd>
            <dt>New clients</dt>
            <dd>{p.acceptingNewClients ? 'Accepting new clients' : 'Not taking new clients'}</dd>
          </dl>
          {p.specialties.length ? (
            <section aria-labelledby="specialties">
              <h2 id="specialties">Specialties</h2>
              <ul>
                {p.specialties.map((s) => (
                  <li key={s.slug}>{s.name}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.techniques.length ? (
            <section aria-labelledby="techniques">
              <h2 id="techniques">Techniques</h2>
              <ul>
                {p.techniques.map((t) => (
                  <li key={t.slug}>{t.name}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="locations">
            <h2 id="locations">Where to book</h2>
            <ul>
              {p.locations.map(({ location: l, modalities }) => (
                <li key={l.slug}>
                  <a href={`/locations/${encodeURIComponent(l.slug)}`}>{l.name}</a> ({l.address.city}, {l.address.state}) — {modalities.map((m) => m.name).join(', ')}
                </li>
              ))}
            </ul>
          </section>
          {p.licences.length ? (
            <section aria-labelledby="licences">
              <h2 id="licences">Licences</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Licence</th>
                    <th scope="col">Number</th>
                    <th scope="col">State</th>
                    <th scope="col">Expires</th>
                  </tr>
                </thead>
                <tbody>
                  {p.licences.map((l) => (
                    <tr key={`${l.state}-${l.number}`}>
                      <th scope="row">{l.verificationUrl ? <a href={l.verificationUrl}>{l.type}</a> : l.type}</th>
                      <td>{l.number}</td>
                      <td>{l.state}</td>
                      <td>{l.expiresOn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      ),
    };
  },
};
