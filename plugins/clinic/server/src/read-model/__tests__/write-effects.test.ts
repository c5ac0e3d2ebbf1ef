import { reachesPublicPages } from '../write-effects';

describe('reachesPublicPages', () => {
  it.each([
    ['update', true, undefined, false],
    ['create', true, undefined, false],
    ['clone', true, undefined, false],
    ['discardDraft', true, undefined, false],
    ['update', true, 'published', true],
    ['create', true, 'published', true],
    ['publish', true, undefined, true],
    ['unpublish', true, undefined, true],
    ['delete', true, undefined, true],
    ['update', false, undefined, true],
    ['create', false, undefined, true],
    ['delete', false, undefined, true],
    ['findMany', false, undefined, false],
  ] as const)('%s on a type with drafts=%s (status %s) reaches public pages: %s', (action, draftAndPublish, status, expected) => {
    expect(reachesPublicPages({ action, draftAndPublish, status })).toBe(expected);
  });
});
