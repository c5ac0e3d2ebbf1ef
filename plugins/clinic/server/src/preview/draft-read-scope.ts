/**
 * Reads of a verified preview: the published-only document middleware pins every
 * read made while serving a public request to published, and the site API's
 * preview requests are public requests. Only the preview service enters this
 * scope, after the token was verified, to load the one document's draft.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<{ documentId: string }>();

export const readingVerifiedPreview = <T>(documentId: string, work: () => Promise<T>): Promise<T> => scope.run({ documentId }, work);

/** The document whose draft a verified preview may read in this call chain, if any. */
export const verifiedPreviewDocument = (): string | null => scope.getStore()?.documentId ?? null;
