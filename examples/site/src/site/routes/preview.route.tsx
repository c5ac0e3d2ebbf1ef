/**
 * /preview?token=… — the page an editor's Preview button opens: every API call of the
 * render sends the token as `Clinic-Preview`, `previewTarget` says which page it names,
 * and that kind's page is rendered from the draft under a "Preview — not published"
 * banner. Never cached (`Cache-Control: no-store, private`, no Surrogate-Key). A token
 * the API refuses (UNAUTHENTICATED: expired, forged, altered…) is the 401 page, never
 * the public page; a kind the site has no page for gets a short page saying so.
 */
import { SiteApiRequestError } from '../../client';
import { loadPreviewTarget } from '../../pages';
import type { PreviewKind } from '../../__generated__/graphql';
import type { Page, Route, RouteContext } from '../route';
import { articleRoute } from './article.route';
import { conditionRoute } from './condition.route';
import { locationRoute } from './location.route';
import { practitionerRoute } from './practitioner.route';
import { serviceRoute } from './service.route';
import { techniqueRoute } from './technique.route';

/** The site's page for each kind a token can name (a site without one of these pages leaves it out: noPageFor answers). */
const PAGE_OF: Partial<Record<PreviewKind, Route>> = {
  LOCATION: locationRoute,
  PRACTITIONER: practitionerRoute,
  CONDITION: conditionRoute,
  SERVICE: serviceRoute,
  TECHNIQUE: techniqueRoute,
  ARTICLE: articleRoute,
};

const KIND_NAME: Record<PreviewKind, string> = {
  LOCATION: 'location',
  PRACTITIONER: 'practitioner',
  CONDITION: 'condition',
  SERVICE: 'service',
  ARTICLE: 'article',
  TECHNIQUE: 'technique',
};

const refusedPage = (): Page => ({
  title: 'Preview link not valid',
  status: 401,
  body: (
    <>
      <h1>This preview link has expired or is not valid</h1>
      <p>Preview links work for a short time only. Press Preview again in the content manager for a new link.</p>
      <p>
        <a href="/">See all our locations</a>
      </p>
    </>
  ),
});

const noPageFor = (kind: PreviewKind, slug: string): Page => ({
  title: `Preview of a ${KIND_NAME[kind]}`,
  body: (
    <>
      <h1>{`Preview of a ${KIND_NAME[kind]}`}</h1>
      <p>
        {`This site has no page for a ${KIND_NAME[kind]}, so the draft of “${slug}” cannot be shown here. `}
        The site API serves it with this preview link to a site that has such a page.
      </p>
    </>
  ),
});

const isRefusal = (error: unknown) => error instanceof SiteApiRequestError && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

export const previewRoute: Route = {
  path: '/preview',
  cache: 'no-store',
  apiHeaders: (url) => ({ 'Clinic-Preview': url.searchParams.get('token') ?? '' }),
  async render(ctx: RouteContext) {
    try {
      const target = await loadPreviewTarget(ctx.api);
      const route = PAGE_OF[target.kind];
      const page = route ? await route.render({ ...ctx, params: { slug: target.slug } }) : noPageFor(target.kind, target.slug);
      return {
        ...page,
        title: `Preview: ${page.title}`,
        banner: (
          <>
            Preview — not published. Link valid until <time dateTime={target.expiresAt}>{target.expiresAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')}</time>.
          </>
        ),
      };
    } catch (error) {
      if (isRefusal(error)) return refusedPage();
      throw error;
    }
  },
};
