/**
 * /locations/:slug — a location's page: open now and today's hours in its own time
 * zone, services with the price of each length, bundles with their saving, the
 * practitioners licensed to practise there, address and phone; JSON-LD from the API.
 */
import { loadLocationPage, practitionersOn, type LocationPage } from '../../pages';
import { serviceAnchor } from '../anchors';
import { dayName, localNow, weekRows } from '../hours';
import type { Route } from '../route';

const STATUS_TEXT: Record<LocationPage['operatingStatus'], string | null> = {
  open: null,
  coming_soon: 'Opening soon: not taking bookings yet.',
  closed: 'This location has closed permanently.',
};

function OpeningHours({ location }: { location: LocationPage }) {
  const now = localNow(location.timeZone);
  return (
    <section aria-labelledby="hours">
      <h2 id="hours">Opening hours</h2>
      <p>
        <span className={`status ${location.openNow ? 'open' : 'closed'}`}>{location.openNow ? 'Open now' : 'Closed now'}</span>{' '}
        <span>
          Local time {now.time} ({location.timeZone})
        </span>
      </p>
      <table>
        <caption className="visually-hidden">Opening hours by day, local time</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {weekRows(location.openingHours).map((row) => (
            <tr key={row.day} className={row.day === now.day ? 'today' : undefined} aria-current={row.day === now.day ? 'date' : undefined}>
              <th scope="row">
                {dayName(row.day)}
                {row.day === now.day ? ' (today)' : ''}
              </th>
              <td>{row.ranges.length ? row.ranges.map((r) => `${r.opens}–${r.closes}`).join(', ') : 'Closed'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {location.closures.length ? (
        <>
          <h3>Upcoming closures</h3>
          <ul>
            {location.closures.map((c) => (
              <li key={c.date}>
                <time dateTime={c.date}>{c.date}</time>
                {c.reason ? `: ${c.reason}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Services({ location }: { location: LocationPage }) {
  return (
    <section aria-labelledby="services">
      <h2 id="services">Services and prices</h2>
      {location.services.length === 0 ? <p>No services are offered here yet.</p> : null}
      {location.services.map(({ service, variants }) => (
        <article key={service.slug} aria-labelledby={`service-${service.slug}`}>
          <h3 id={serviceAnchor(service.slug)}>{service.name}</h3>
          {service.summary ? <p>{service.summary}</p> : null}
          <table>
            <caption className="visually-hidden">{`${service.name}: price per session length`}</caption>
            <thead>
              <tr>
                <th scope="col">Length</th>
                <th scope="col">Price</th>
              </tr>
            </thead>
            <tbody>
              {variants.map((v) => (
                <tr key={v.minutes}>
                  <th scope="row">{v.minutes} min</th>
                  <td>
                    ${v.price.amount}
                    {v.upcomingPrice && v.upcomingFrom ? ` (from ${v.upcomingFrom}: $${v.upcomingPrice.amount})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

function Bundles({ location }: { location: LocationPage }) {
  if (location.bundles.length === 0) return null;
  return (
    <section aria-labelledby="bundles">
      <h2 id="bundles">Bundles</h2>
      <ul className="cards">
        {location.bundles.map((b) => (
          <li key={b.slug}>
            <h3>{b.name}</h3>
            {b.summary ? <p>{b.summary}</p> : null}
            <ul>
              {b.items.map((item) => (
                <li key={`${item.service.slug}-${item.minutes}`}>
                  {item.count} × {item.service.name}, {item.minutes} min
                </li>
              ))}
            </ul>
            <p>
              <strong>${b.price.amount}</strong>{' '}
              {b.saving.cents > 0 ? (
                <span className="saving">
                  You save ${b.saving.amount} (${b.sumOfParts.amount} separately)
                </span>
              ) : null}
            </p>
            {b.validUntil ? <p>Offer ends {b.validUntil}.</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Practitioners({ location }: { location: LocationPage }) {
  const people = practitionersOn(location);
  const total = location.practitionerConnection.totalCount;
  return (
    <section aria-labelledby="practitioners">
      <h2 id="practitioners">Practitioners</h2>
      {people.length === 0 ? <p>No practitioner is licensed to practise here at the moment.</p> : null}
      <ul className="cards">
        {people.map(({ practitioner: p, modalities }) => (
          <li key={p.slug}>
            <h3>
              <a href={`/practitioners/${encodeURIComponent(p.slug)}`}>{p.displayName}</a>
            </h3>
            <p>{modalities.map((m) => m.name).join(', ')}</p>
            {p.languages.length ? <p>Speaks {p.languages.join(', ')}</p> : null}
            <p>{p.acceptingNewClients ? 'Accepting new clients' : 'Not taking new clients'}</p>
          </li>
        ))}
      </ul>
      {total > people.length ? <p>{`Showing ${people.length} of ${total} practitioners.`}</p> : null}
    </section>
  );
}

function Visit({ location }: { location: LocationPage }) {
  const a = location.address;
  return (
    <section aria-labelledby="visit">
      <h2 id="visit">Visit us</h2>
      <address>
        {a.street}
        <br />
        {a.city}, {a.state} {a.postalCode}
        {location.phone ? (
          <>
            <br />
            Phone: <a href={`tel:${location.phone.replace(/[^+\d]/g, '')}`}>{location.phone}</a>
          </>
        ) : null}
      </address>
    </section>
  );
}

export const locationRoute: Route = {
  path: '/locations/:slug',
  async render({ api, params }) {
    const location = await loadLocationPage(api, params.slug);
    const notice = STATUS_TEXT[location.operatingStatus];
    return {
      title: location.name,
      description: `${location.name}: services and prices, bundles, practitioners and opening hours.`,
      jsonLd: location.jsonLd,
      body: (
        <>
          <h1>{location.name}</h1>
          <p>
            {location.address.city}, {location.address.state}
            {location.franchise ? ` · ${location.franchise.name}` : ''}
          </p>
          {notice ? <p className="note">{notice}</p> : null}
          <p>
            <a href={`/search?location=${encodeURIComponent(location.slug)}`}>Search at this location</a>
          </p>
          <OpeningHours location={location} />
          <Services location={location} />
          <Bundles location={location} />
          <Practitioners location={location} />
          <Visit location={location} />
        </>
      ),
    };
  },
};
