/**
 * The pages one site-API request read, each with the version (build id) it read:
 * the response cache stores them beside a response, and the Surrogate-Key header
 * names them, so a change to one page invalidates only responses that contain it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PageId } from '../../read-model/page-id';

/** The version recorded for a page that did not exist when it was read (a later page with that key must invalidate). */
export const ABSENT = '-';

export class PageTrace {
  readonly pages = new Map<PageId, string>();
  record(id: PageId, version: string) {
    this.pages.set(id, version);
  }
  recordAll(versions: Record<string, string>) {
    for (const [id, version] of Object.entries(versions)) this.pages.set(id as PageId, version);
  }
}

/** The current request's trace: Apollo's response-cache plugin calls the cache without the request, this finds it. */
export const traceStorage = new AsyncLocalStorage<PageTrace>();
