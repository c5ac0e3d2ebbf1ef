/** / — every location by name, SITE_LOCATIONS_PER_PAGE a page (default 10); "Next page" follows the connection's endCursor (`?after=`). */
import { loadLocationsIndex } from '../../pages';
import type { Route } from '../route';

export const homeRoute: Route = {
  path: '/',
  async render({ api, url, settings }) {
    const after = url.searchParams.get('after');
    const page = await loadLocationsIndex(api, after, settings.locationsPerPage);
    return {
      title: 'Our locations',
      description: 'Find a Lantern Oak Wellness location: hours, services and prices.',
      body: (
        <>
          <h1>Our locations</h1>
          <p>{`${page.totalCount} locations`}</p>
          <ul className="cards">
            {page.edges.map(({ node: l }) => (
              <li key={l.slug}>
                <h2>
                  <a href={`/locations/${encodeURIComponent(l.slug)}`}>{l.name}</a>
                </h2>
                <p>
                  {l.address.street}, {l.address.city}, {l.address.state} {l.address.postalCode}
                </p>
                <p>
                  {l.operatingStatus === 'open' ? (
                    <span className={`status ${l.openNow ? 'open' : 'closed'}`}>{l.openNow ? 'Open now' : 'Closed now'}</span>
                  ) : (
                    <span className="status closed">{l.operatingStatus === 'coming_soon' ? 'Opening soon' : 'Closed permanently'}</span>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <nav aria-label="Pages">
            {after ? <a href="/">First page</a> : null}
            {after && page.pageInfo.hasNextPage ? ' · ' : null}
            {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? <a href={`/?after=${encodeURIComponent(page.pageInfo.endCursor)}`}>Next page</a> : null}
          </nav>
        </>
      ),
    };
  },
};
