/**
 * /search?q=…&kinds=…&location=…&after=… — site search: a labelled form, the hits best
 * first (kind, title linking to its page or the anchor that shows it, the snippet with its matches in <mark>), the
 * hit count per kind as filter links, and "Next page" through searchConnection's
 * endCursor. No query: the form alone. Input the site or the API refuses
 * (BAD_USER_INPUT: too many words, an unknown kind, a broken cursor): the form with the
 * message, status 400. An unknown location is the 404 page (NOT_FOUND).
 */
import { z } from 'zod';
import { SiteApiRequestError } from '../../client';
import { searchSite, type SearchHit, type SearchResults } from '../../pages';
import type { SearchKind } from '../../__generated__/graphql';
import { faqAnchor, serviceAnchor } from '../anchors';
import { highlightSegments } from '../highlight';
import type { Page, Route } from '../route';

const KINDS = ['CONDITION', 'TECHNIQUE', 'SERVICE', 'PRACTITIONER', 'ARTICLE', 'FAQ', 'LOCATION'] as const satisfies readonly SearchKind[];

const KIND_LABEL: Record<SearchKind, { one: string; many: string }> = {
  CONDITION: { one: 'Condition', many: 'Conditions' },
  TECHNIQUE: { one: 'Technique', many: 'Techniques' },
  SERVICE: { one: 'Service', many: 'Services' },
  PRACTITIONER: { one: 'Practitioner', many: 'Practitioners' },
  ARTICLE: { one: 'Article', many: 'Articles' },
  FAQ: { one: 'Question', many: 'Questions' },
  LOCATION: { one: 'Location', many: 'Locations' },
};

const page = (prefix: string, slug: string) => `/${prefix}/${encodeURIComponent(slug)}`;

/**
 * Where a hit links: its page; a question, its anchor on its article's page; a
 * service in a search at one location, its block (and local price) on that location's page.
 */
const hitHref = (hit: SearchHit, location: string | undefined): string => {
  switch (hit.kind) {
    case 'CONDITION':
      return page('conditions', hit.slug);
    case 'TECHNIQUE':
      return page('techniques', hit.slug);
    case 'SERVICE':
      return location ? `${page('locations', location)}#${serviceAnchor(hit.slug)}` : page('services', hit.slug);
    case 'PRACTITIONER':
      return page('practitioners', hit.slug);
    case 'ARTICLE':
      return page('articles', hit.slug);
    case 'FAQ':
      return `${page('articles', hit.slug)}#${faqAnchor(hit.title)}`;
    case 'LOCATION':
      return page('locations', hit.slug);
  }
};

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** The page's own input (the URL): q, kinds (repeated or comma-separated), location, after. */
const SearchParams = z.object({
  q: z.string().trim().default(''),
  kinds: z.array(z.enum(KINDS, { error: (issue) => `kinds: "${String(issue.input)}" is not one of ${KINDS.join(', ')}` })),
  location: optional,
  after: optional,
});
type SearchParams = z.infer<typeof SearchParams>;

const readParams = (url: URL) =>
  SearchParams.safeParse({
    q: url.searchParams.get('q') ?? undefined,
    kinds: url.searchParams
      .getAll('kinds')
      .flatMap((k) => k.split(','))
      .map((k) => k.trim().toUpperCase())
      .filter(Boolean),
    location: url.searchParams.get('location') ?? undefined,
    after: url.searchParams.get('after') ?? undefined,
  });

/** The URL of a search: the same query and location, other kinds or cursor. */
const searchHref = (p: { q: string; location?: string; kinds?: readonly SearchKind[]; after?: string | null }) => {
  const qs = new URLSearchParams({ q: p.q });
  if (p.kinds?.length) qs.set('kinds', p.kinds.join(','));
  if (p.location) qs.set('location', p.location);
  if (p.after) qs.set('after', p.after);
  return `/search?${qs.toString()}`;
};

function SearchForm({ q, location }: { q: string; location?: string }) {
  return (
    <form role="search" action="/search" method="get" aria-label="Search the site">
      <label htmlFor="q">{location ? `Search at this location (${location})` : 'Search conditions, services, practitioners and articles'}</label>{' '}
      <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />{' '}
      {location ? <input type="hidden" name="location" value={location} /> : null}
      <button type="submit">Search</button>
    </form>
  );
}

function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <p className="snippet">
      {highlightSegments(hit.snippet.text, hit.snippet.highlights).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}

function Facets({ params, results }: { params: SearchParams; results: SearchResults }) {
  const all = results.facets.reduce((n, f) => n + f.count, 0);
  const only = params.kinds.length === 1 ? params.kinds[0] : undefined;
  return (
    <nav aria-label="Filter by kind">
      <ul className="facets">
        <li>
          <a href={searchHref({ q: params.q, location: params.location })} aria-current={params.kinds.length === 0 ? 'page' : undefined}>
            {`All (${all})`}
          </a>
        </li>
        {results.facets
          .filter((f) => f.count > 0)
          .map((f) => (
            <li key={f.kind}>
              <a href={searchHref({ q: params.q, location: params.location, kinds: [f.kind] })} aria-current={only === f.kind ? 'page' : undefined}>
                {`${KIND_LABEL[f.kind].many} (${f.count})`}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

function Results({ params, results }: { params: SearchParams; results: SearchResults }) {
  const { pageInfo } = results;
  return (
    <>
      <p>{`${results.total} ${results.total === 1 ? 'result' : 'results'} for “${params.q}”${params.location ? ` at ${params.location}` : ''}`}</p>
      <Facets params={params} results={results} />
      {results.edges.length === 0 ? <p>Nothing matches. Try fewer or other words.</p> : null}
      <ol className="hits">
        {results.edges.map(({ node: hit }) => {
          return (
            <li key={`${hit.kind}-${hit.slug}-${hit.title}`}>
              <p className="kind">{KIND_LABEL[hit.kind].one}</p>
              <h2>
                <a href={hitHref(hit, params.location)}>{hit.title}</a>
              </h2>
              <Snippet hit={hit} />
            </li>
          );
        })}
      </ol>
      <nav aria-label="Pages">
        {params.after ? <a href={searchHref({ ...params, after: null })}>First page</a> : null}
        {params.after && pageInfo.hasNextPage ? ' · ' : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? <a href={searchHref({ ...params, after: pageInfo.endCursor })}>Next page</a> : null}
      </nav>
    </>
  );
}

const refused = (q: string, location: string | undefined, message: string): Page => ({
  title: 'Search',
  status: 400,
  body: (
    <>
      <h1>Search</h1>
      <SearchForm q={q} location={location} />
      <p className="note" role="alert">
        {message}
      </p>
    </>
  ),
});

export const searchRoute: Route = {
  path: '/search',
  async render({ api, url }) {
    const parsed = readParams(url);
    if (!parsed.success) {
      return refused(url.searchParams.get('q') ?? '', url.searchParams.get('location') ?? undefined, parsed.error.issues.map((i) => i.message).join('; '));
    }
    const params = parsed.data;
    const form = <SearchForm q={params.q} location={params.location} />;
    if (!params.q) return { title: 'Search', body: <><h1>Search</h1>{form}</> };
    let results: SearchResults;
    try {
      results = await searchSite(api, params.q, params);
    } catch (error) {
      const bad = error instanceof SiteApiRequestError ? error.errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT') : [];
      if (bad.length) return refused(params.q, params.location, bad.map((e) => e.message).join('; '));
      throw error;
    }
    return {
      title: `Search: ${params.q}`,
      body: (
        <>
          <h1>Search</h1>
          {form}
          <Results params={params} results={results} />
        </>
      ),
    };
  },
};
