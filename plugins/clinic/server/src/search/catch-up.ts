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
  /** Builds whose change reached the index as a message since then. */
  followed: ReadonlySet<string>;
}

/**
 * Whether the index must compare every page: the stored build is one it has not
 * seen, or the subscription broke since the last comparison (a message may have
 * been lost, even for a build seen later). A build the index followed, on an
 * unbroken subscription, needs nothing. Not subscribed (no Redis, or Redis away),
 * other instances' builds never arrive, so a build it followed proves nothing about
 * the ones before it: any new stored build is compared.
 */
export const needsCatchUp = (state: CatchUpState, storedBuild: string | null, epoch: number, subscribed = true) => {
  if (epoch !== state.syncedEpoch) return true;
  if (storedBuild === null || storedBuild === state.syncedBuild) return false;
  return !subscribed || !state.followed.has(storedBuild);
};
