/**
 * The search index's catch-up after lost page messages (Redis down for a while, a
 * subscriber reconnecting, no Redis between instances): what the index holds is
 * compared with the build id of every stored page, and only the pages that differ
 * are read again. Plain TypeScript: the service reads the versions, this decides.
 */

/** Pages to read again (stored under another build, or not indexed yet) and pages to drop (no longer stored). */
export const staleEntries = <Id extends string>(indexed: ReadonlyMap<Id, string>, stored: ReadonlyMap<Id, string>) => {
  const reload: Id[] = [];
  const removed: Id[] = [];
  for (const [id, version] of stored) if (indexed.get(id) !== version) reload.push(id);
  for (const id of indexed.keys()) if (!stored.has(id)) removed.push(id);
  return { reload: reload.sort(), removed: removed.sort() };
};

export interface CatchUpState {
  /** The read model's build (meta row) when the index last compared every page, or loaded them all. */
  syncedBuild: string | null;
  /** The subscription epoch then (page-versions: a reconnect starts a new one; messages may be lost between). */
  syncedEpoch: number;
}

/**
 * Whether the index must compare every page: the stored build is not the one it last
 * compared (or loaded), or the subscription broke since. A build the index followed
 * proves nothing about the builds before it — one whose message never came (no Redis,
 * Redis away, a message lost) is overwritten in the meta row by the next build, this
 * instance's own included — so any new build is compared: one read of every indexed
 * page's build id, and only the differing pages are read again.
 */
export const needsCatchUp = (state: CatchUpState, storedBuild: string | null, epoch: number) => {
  if (epoch !== state.syncedEpoch) return true;
  return storedBuild !== null && storedBuild !== state.syncedBuild;
};
