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

  it('compares pages for any build it has not compared, even one it followed (an unheard build before it is masked by it)', () => {
    const state = { syncedBuild: 'b1', syncedEpoch: 1 };
    expect(needsCatchUp(state, 'b1', 1)).toBe(false);
    // Instance Y built b2 unheard, then this instance built and followed b3: the meta row says b3.
    expect(needsCatchUp(state, 'b3', 1)).toBe(true);
    expect(needsCatchUp(state, null, 1)).toBe(false);
  });

  it('compares pages after the subscription broke, even for the build it last compared', () => {
    const state = { syncedBuild: 'b1', syncedEpoch: 1 };
    expect(needsCatchUp(state, 'b1', 2)).toBe(true);
    expect(needsCatchUp(state, 'b3', 3)).toBe(true);
  });
});
