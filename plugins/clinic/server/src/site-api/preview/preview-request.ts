/**
 * The site API's side of draft preview. A request with a `Clinic-Preview` header
 * (GET or POST) is a preview: its token is verified before Apollo runs (refused:
 * 401 UNAUTHENTICATED, never served as public), the previewed page is built from
 * the draft, and the answer is marked private and never cached. A request without
 * the header is an ordinary public one.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { PreviewTokenError } from '../../preview/preview-token';
import type { PreviewSession } from '../../services/preview';
import { PreviewGoneError, PreviewNoLongerAllowedError } from '../../services/preview';
import { SURROGATE_KEY_HEADER } from '../cache/surrogate-keys';

export const PREVIEW_HEADER = 'clinic-preview';
export const PREVIEW_CACHE_CONTROL = 'no-store, private';

const sessions = new AsyncLocalStorage<PreviewSession>();
/** The preview session of the request being served, if it is a preview. */
export const currentPreview = (): PreviewSession | null => sessions.getStore() ?? null;

interface KoaLike {
  headers: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  set(field: string, value: string): void;
  remove(field: string): void;
}

const refuse = (ctx: KoaLike, status: number, code: string, message: string) => {
  ctx.status = status;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.set('Cache-Control', PREVIEW_CACHE_CONTROL);
  ctx.body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
};

export const previewRequestMiddleware =
  (open: (token: string) => Promise<PreviewSession>) =>
  async (ctx: KoaLike, next: () => Promise<void>) => {
    const header = ctx.headers[PREVIEW_HEADER];
    if (header === undefined) return next();
    const token = (Array.isArray(header) ? header.join(',') : header).trim();
    let session: PreviewSession;
    try {
      session = await open(token);
    } catch (error) {
      if (error instanceof PreviewTokenError) return refuse(ctx, 401, 'UNAUTHENTICATED', `Clinic-Preview refused: ${error.message}`);
      if (error instanceof PreviewNoLongerAllowedError) return refuse(ctx, 403, 'FORBIDDEN', `Clinic-Preview refused: ${error.message}`);
      if (error instanceof PreviewGoneError) return refuse(ctx, 404, 'NOT_FOUND', error.message);
      throw error;
    }
    await sessions.run(session, next);
    // Set after Apollo wrote its own headers: a preview is one editor's view of a draft.
    ctx.set('Cache-Control', PREVIEW_CACHE_CONTROL);
    ctx.remove(SURROGATE_KEY_HEADER);
    ctx.remove('Age');
  };

/** Marks a preview's answer (`extensions.preview`) and keeps it out of every cache policy. */
export const previewApolloPlugin = <T extends { preview: PreviewSession | null }>(): ApolloServerPlugin<T> => ({
  requestDidStart: ({ contextValue }) => {
    const preview = contextValue.preview;
    if (!preview) return Promise.resolve();
    return Promise.resolve({
      didResolveOperation: ({ overallCachePolicy }) => {
        overallCachePolicy.restrict({ maxAge: 0, scope: 'PRIVATE' });
        return Promise.resolve();
      },
      willSendResponse: ({ response }) => {
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, preview: { documentId: preview.documentId, expiresAt: preview.expiresAt.toISOString() } };
        }
        return Promise.resolve();
      },
    });
  },
});

/** `previewTarget` outside a preview: the header is what makes a request a preview. */
export const notAPreview = () =>
  new GraphQLError('previewTarget answers preview requests only: send the token from the preview URL in the Clinic-Preview header.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
