import { LinkButton } from '@strapi/design-system';
import { Page, adminApi, type StrapiApp } from '@strapi/strapi/admin';
import * as React from 'react';
import { Link, useParams, type RouteObject } from 'react-router-dom';

/**
 * A franchise owner who opens another franchise's offering or bundle offering by URL. The
 * server refuses it (403, `details.code` below, admin-roles/content-manager-scope.ts); the
 * content manager 5.54's edit view answers any error of its document request with its
 * generic "Whoops! Something went wrong" page and offers no way to say more. So the edit
 * route's page is wrapped: when that refusal comes back for the entry in the URL, the
 * page shows Strapi's own "no permission" page with the server's reason and a way back
 * to the list, in place of the edit view. Anything else is the edit view as Strapi has it.
 */
export const FOREIGN_ENTRY_CODE = 'existing-not-your-franchise';

/** The refusals seen, by `${model}/${documentId}`: what the edit route's wrapper reads. */
const refusals = new Map<string, string>();
const listeners = new Set<() => void>();
const keyOf = (model: string, documentId: string) => `${model}/${documentId}`;
const setRefusal = (key: string, message: string | null) => {
  if (message === null) refusals.delete(key);
  else refusals.set(key, message);
  listeners.forEach((listener) => listener());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

interface DocumentArgs {
  model?: string;
  documentId?: string;
}
interface QueryApi {
  queryFulfilled: Promise<unknown>;
}
interface DocumentQuery {
  onQueryStarted?: (arg: DocumentArgs, api: QueryApi) => unknown;
}
/** The part of RTK Query's `enhanceEndpoints` used here; `adminApi`'s own type knows none of the content manager's endpoints. */
interface Enhanceable {
  enhanceEndpoints(options: { endpoints: Record<string, (definition: DocumentQuery | undefined) => void> }): unknown;
}

/** The server's franchise refusal of a document request, as the admin's fetch rejects it; null for anything else. */
export const foreignEntryMessage = (rejected: unknown): string | null => {
  const error = (rejected as { error?: { status?: number; message?: unknown; details?: { code?: unknown } } } | null)?.error;
  if (error?.status !== 403 || error.details?.code !== FOREIGN_ENTRY_CODE || typeof error.message !== 'string') return null;
  return error.message;
};

const noteRefusals = (definition: DocumentQuery | undefined) => {
  if (!definition) return; // another content-manager version: the browser test says so
  const started = definition.onQueryStarted;
  definition.onQueryStarted = async (arg, api) => {
    const theirs = started?.(arg, api);
    const { model, documentId } = arg;
    if (model?.startsWith('plugin::clinic.') && documentId) {
      try {
        await api.queryFulfilled;
      } catch (rejected) {
        const message = foreignEntryMessage(rejected);
        if (message) setRefusal(keyOf(model, documentId), message);
      }
    }
    await theirs;
  };
};

const ForeignEntryNotice = ({ slug, message }: { slug: string; message: string }) => (
  <>
    <Page.Title>Not your franchise&apos;s entry</Page.Title>
    <Page.NoPermissions
      content={message}
      action={
        <LinkButton tag={Link} variant="secondary" to={`/content-manager/collection-types/${slug}`}>
          Back to the list
        </LinkButton>
      }
    />
  </>
);

/** The edit route's page, or the notice when the server refused the entry in the URL as another franchise's. */
const withForeignEntryNotice = (EditPage: React.ComponentType): React.ComponentType => {
  const Guarded = () => {
    const { slug = '', id = '' } = useParams();
    const key = keyOf(slug, id);
    const message = React.useSyncExternalStore(subscribe, () => refusals.get(key) ?? null);
    // Asked again on the next visit: the entry may have moved to the user's franchise since.
    React.useEffect(() => () => setRefusal(key, null), [key]);
    return message ? <ForeignEntryNotice slug={slug} message={message} /> : <EditPage />;
  };
  Guarded.displayName = 'ForeignEntryGuard';
  return Guarded;
};

const EDIT_ROUTE = ':collectionType/:slug/:id';

/** Call once from the plugin's bootstrap: the content manager's routes and endpoints exist by then, the router is not built yet. */
export const explainForeignEntries = (router: StrapiApp['router']): void => {
  (adminApi as unknown as Enhanceable).enhanceEndpoints({ endpoints: { getDocument: noteRefusals } });
  const guardEditRoute = (child: RouteObject): RouteObject =>
    child.path === EDIT_ROUTE && child.Component ? { ...child, Component: withForeignEntryNotice(child.Component) } : child;
  router.addRoute((routes: RouteObject[]) =>
    routes.map((route): RouteObject => (route.path === 'content-manager/*' && !route.index ? { ...route, children: route.children?.map(guardEditRoute) } : route)),
  );
};
