/**
 * /preview?token=… — the page an editor's Preview button opens: every API call of the
 * render sends the token as `Clinic-Preview`, `previewTarget` says which page it names,
 * and that kind's page is rendered from the draft under a "Preview — not published"
 * banner. Never cached (`Cache-Control: no-store, private`, no Surrogate-Key). A token
 * the API refuses is a page of its own (preview-refusal.ts: 401 expired or forged, 403 no
 * longer allowed, 404 entry gone), never the public page; a kind the site has no page
 * for gets a short page saying so.
 */
import { loadPreviewTarget } from '../../pages';
import type { PreviewKind } from '../../__generated__/graphql';
import { previewRefusalOf, type PreviewRefusal } from '../preview-refusal';
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

const REFUSED_PAGES: Record<PreviewRefusal['reason'], { title: string; heading: string; text: string }> = {
  invalid: {
    title: 'Preview link not valid',
    heading: 'This preview link has expired or is not valid',
    text: 'Preview links work for a short time only. Press Preview again in the content manager for a new link.',
  },
  'not-allowed': {
    title: 'Preview not allowed',
    heading: 'You may no longer preview this entry',
    text: 'Your account no longer has access to this entry (for a franchise owner: the location is no longer in your franchise). Ask a catalogue editor if this is wrong.',
  },
  gone: {
    title: 'Entry not found',
    heading: 'This entry no longer exists',
    text: 'It was deleted after the preview link was made.',
  },
};

const refusedPage = ({ status, reason }: PreviewRefusal): Page => {
  const { title, heading, text } = REFUSED_PAGES[reason];
  return {
    title,
    status,
    body: (
      <>
        <h1>{heading}</h1>
        <p>{text}</p>
        <p>
          <a href="/">See all our locations</a>
        </p>
      </>
    ),
  };
};

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
      const refusal = previewRefusalOf(error);
      if (refusal) return refusedPage(refusal);
      throw error;
    }
  },
};
