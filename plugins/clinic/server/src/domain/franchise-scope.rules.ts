/**
 * Franchise scoping: a franchise owner may write offerings and bundle offerings
 * only at the locations of a franchise they own. The Strapi glue (a document
 * middleware) gathers the facts; the decisions are made here.
 */
import { readToOneInput } from './relation-input.rules';

/** Stable codes of the admin roles the plugin provisions. */
export const FRANCHISE_OWNER_ROLE_CODE = 'clinic-franchise-owner';
export const CATALOGUE_EDITOR_ROLE_CODE = 'clinic-catalogue-editor';
export const SUPER_ADMIN_ROLE_CODE = 'strapi-super-admin';

/**
 * Whether a user with these roles is held to their franchise. Roles add up in
 * Strapi, so a user who also holds an unrestricted role (super admin, catalogue
 * editor) keeps the wider rights that role grants.
 */
export function isFranchiseScoped(roleCodes: readonly string[]): boolean {
  if (!roleCodes.includes(FRANCHISE_OWNER_ROLE_CODE)) return false;
  return !roleCodes.some((code) => code === SUPER_ADMIN_ROLE_CODE || code === CATALOGUE_EDITOR_ROLE_CODE);
}

/**
 * What a write says about a `location` relation, in any shape Strapi 5's document
 * service accepts: `'docId'`, `{ documentId }`, `{ id }`, a bare id, `null`,
 * `{ connect: [...] }`, `{ set: [...] }`, `{ disconnect: [...] }`.
 * - `unchanged`: the write does not touch the relation
 * - `none`: the write leaves it empty
 * - `documentId` / `id`: the write points it at that location
 */
export type RelationTarget =
  | { kind: 'unchanged' }
  | { kind: 'none' }
  | { kind: 'documentId'; value: string }
  | { kind: 'id'; value: number }
  | { kind: 'unreadable' };

/**
 * Reads the target of a to-one relation from a write's data, as Strapi stores it
 * (relation-input.rules). `several` marks an input that names more than one
 * target: refused (400) rather than guessed.
 */
export function relationTarget(data: Record<string, unknown> | null | undefined, field: string): RelationTarget | { kind: 'several' } {
  if (!data || !Object.prototype.hasOwnProperty.call(data, field)) return { kind: 'unchanged' };
  const read = readToOneInput(data[field]);
  switch (read.kind) {
    case 'unchanged':
    case 'none':
      return read;
    case 'target':
      return read.ref;
    case 'disconnect':
      return { kind: 'none' }; // an owner may not leave an entry without location: refused whatever it disconnects
    default:
      return read.reason === 'several-targets' ? { kind: 'several' } : { kind: 'unreadable' };
  }
}

export type ScopeRefusal = 'no-location' | 'unknown-location' | 'not-your-franchise' | 'existing-not-your-franchise';

export interface ScopeFacts {
  /** Franchises the user owns (any stable id: the glue uses documentIds). */
  ownedFranchiseIds: readonly string[];
  /**
   * Franchise of each location the document is at today, one per stored version
   * (null: a version without location, or at a location without franchise).
   * Empty for a document that does not exist yet.
   */
  currentFranchiseIds: readonly (string | null)[];
  /**
   * Where the document will be after the write: a franchise id, `null` for a
   * location without franchise or no location at all, `'unknown'` when the
   * write names a location that does not exist or cannot be read.
   */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- 'unknown' names the sentinel; documentIds never take that value
  targetFranchiseId: string | null | 'unknown';
  /** Whether the document ends up without location (as opposed to a location without franchise). */
  targetHasNoLocation: boolean;
}

export type ScopeDecision = { allowed: true } | { allowed: false; reason: ScopeRefusal };

/**
 * A scoped user may only touch a document whose every stored version is at a
 * location of one of their franchises, and only leave it at such a location.
 */
export function decideFranchiseScope(facts: ScopeFacts): ScopeDecision {
  const owned = new Set(facts.ownedFranchiseIds);
  if (facts.currentFranchiseIds.some((id) => id === null || !owned.has(id))) {
    return { allowed: false, reason: 'existing-not-your-franchise' };
  }
  if (facts.targetFranchiseId === 'unknown') return { allowed: false, reason: 'unknown-location' };
  if (facts.targetHasNoLocation) return { allowed: false, reason: 'no-location' };
  if (facts.targetFranchiseId === null || !owned.has(facts.targetFranchiseId)) {
    return { allowed: false, reason: 'not-your-franchise' };
  }
  return { allowed: true };
}

export const SCOPE_REFUSAL_MESSAGES: Record<ScopeRefusal, string> = {
  'no-location': 'A franchise owner must attach one of their own locations.',
  'unknown-location': 'The location does not exist.',
  'not-your-franchise': 'This location belongs to another franchise.',
  'existing-not-your-franchise': 'This entry belongs to a location of another franchise.',
};

/**
 * Why a scoped user was refused reading an entry Strapi's role condition kept from
 * them: 'existing-not-your-franchise' when a stored version is at a location of a
 * franchise they do not own; null otherwise (no such entry, or one at no location or at
 * a location without franchise: Strapi's own refusal stands, it says no more).
 */
export function readRefusal(ownedFranchiseIds: readonly string[], versionFranchiseIds: readonly (string | null)[]): 'existing-not-your-franchise' | null {
  const owned = new Set(ownedFranchiseIds);
  return versionFranchiseIds.some((id) => id !== null && !owned.has(id)) ? 'existing-not-your-franchise' : null;
}
