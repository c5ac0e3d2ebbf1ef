/**
 * Which document writes can change a public page. Pure: the document middleware
 * asks it before recording a change, so a draft save records nothing, rebuilds
 * nothing and invalidates nothing.
 */
export type WriteAction = 'create' | 'update' | 'delete' | 'publish' | 'unpublish' | 'discardDraft' | 'clone' | (string & {});

export interface WriteInput {
  action: WriteAction;
  /** Whether the type has draft & publish (its public version changes only on publish). */
  draftAndPublish: boolean;
  /** The Document Service call's `status` parameter (`published` publishes on create/update). */
  status?: unknown;
}

export const reachesPublicPages = ({ action, draftAndPublish, status }: WriteInput): boolean => {
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return true;
  if (action !== 'create' && action !== 'update' && action !== 'clone') return false; // discardDraft: the draft only
  // A type without drafts is public as soon as it is written; one with drafts only when the write publishes it.
  return !draftAndPublish || status === 'published';
};
