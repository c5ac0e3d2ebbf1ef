import { needsCatchUp, staleEntries } from '../catch-up';

describe('the search index catching up on missed page changes', () => {
  it('reads again the pages stored under another build or not indexed, and drops those no longer stored', () => {
    const indexed = new Map([
      ['service:a', 'b1'],
      ['service:b', 'b1'],
      ['article:c', 'b2'],
    ]);
    const stored = new Map([
      ['service:a', 'b1'],
      ['service:b', 'b3'],
      ['location:d', 'b3'],
    ]);
    expect(staleEntries(indexed, stored)).toEqual({ reload: ['location:d', 'service:b'], removed: ['article:c'] });
    expect(staleEntries(stored, stored)).toEqual({ reload: [], removed: [] });
  });

  it('compares pages when the stored build was never followed, and not when it was (on the same subscription)', () => {
    const state = { syncedBuild: 'b1', syncedEpoch: 1, followed: new Set(['b2']) };
    expect(needsCatchUp(state, 'b1', 1)).toBe(false);
    expect(needsCatchUp(state, 'b2', 1)).toBe(false);
    // Another instance's build whose message never came (Redis away, or no Redis).
    expect(needsCatchUp(state, 'b3', 1)).toBe(true);
    expect(needsCatchUp(state, null, 1)).toBe(false);
  });

  it('without a subscription, compares pages for any new build, even one it followed itself (another instance may have built before it)', () => {
    // No Redis: instance Y built b2 unheard, then this instance built and followed b3.
    const state = { syncedBuild: 'b1', syncedEpoch: 0, followed: new Set(['b3']) };
    expect(needsCatchUp(state, 'b3', 0, false)).toBe(true);
    expect(needsCatchUp(state, 'b3', 0, true)).toBe(false);
    expect(needsCatchUp(state, 'b1', 0, false)).toBe(false);
    expect(needsCatchUp(state, null, 0, false)).toBe(false);
  });

  it('compares pages after the subscription broke, even for a build it followed later', () => {
    const state = { syncedBuild: 'b1', syncedEpoch: 1, followed: new Set(['b3']) };
    // b2's message was lost while the subscriber reconnected; b3's arrived after it.
    expect(needsCatchUp(state, 'b3', 3)).toBe(true);
    expect(needsCatchUp(state, 'b1', 2)).toBe(true);
  });
});
