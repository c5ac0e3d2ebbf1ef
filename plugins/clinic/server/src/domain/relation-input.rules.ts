/**
 * What a write's relation input will store, read the way Strapi 5's Document
 * Service reads it (core/dist/services/document-service/transform/relations:
 * map-relation.js and xto-one.js), so that the rules judge the stored target and
 * not a guess from the shape:
 *
 * - an object carrying `documentId` or `id` is a plain reference: any `connect`,
 *   `set` or `disconnect` beside it is ignored by Strapi (documentId before id);
 * - a string is a documentId, unless `parseInt` reads a number from it: then it
 *   is an entity (row) id; a number is an entity id;
 * - `{ set, connect, disconnect }` lists (a single entry counts as a list of one);
 *   when `set` is there (even empty), the database layer applies it alone;
 * - a to-one relation keeps the last entry of a plain list or of `set`, but
 *   several entries in `connect` are stored as several links on create and as the
 *   first on update.
 *
 * Because the last two points make the stored target depend on the action, a
 * to-one input that names more than one target (or a plain reference beside a
 * list) is refused rather than interpreted: the result is then one target,
 * none, a disconnect, or unchanged, the same whichever action Strapi performs.
 */

export type RelationRef = { kind: 'documentId'; value: string } | { kind: 'id'; value: number };

export type ToOneInput =
  | { kind: 'unchanged' }
  | { kind: 'none' }
  | { kind: 'target'; ref: RelationRef }
  /** Empty when the current target is among `refs`, unchanged otherwise. */
  | { kind: 'disconnect'; refs: RelationRef[] }
  | { kind: 'refused'; reason: 'several-targets' | 'unreadable'; message: string };

const MAX_ID = 2_147_483_647;
const OPS = ['connect', 'disconnect', 'set'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOps = (v: Record<string, unknown>) => OPS.some((k) => Boolean(v[k]));
const isPlainRef = (v: Record<string, unknown>) => 'id' in v || 'documentId' in v;

export const SEVERAL_TARGETS_MESSAGE = 'relates to one document: name exactly one (one documentId, or one entry in connect or set)';
export const UNREADABLE_MESSAGE = 'must reference documents by documentId (or id), e.g. "abc123" or { "connect": ["abc123"] }';

/** The reference one entry names, or null when it names none Strapi could resolve. */
export function refOf(value: unknown): RelationRef | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= MAX_ID ? { kind: 'id', value } : null;
  if (typeof value === 'string') {
    if (value.length === 0 || value.length > 64) return null;
    if (!Number.isNaN(parseInt(value, 10))) return /^\d+$/.test(value) ? refOf(Number(value)) : null; // Strapi reads "12abc" as the id 12abc
    return { kind: 'documentId', value };
  }
  if (isObject(value)) {
    if (value.documentId) {
      const documentId = value.documentId;
      return typeof documentId === 'string' && documentId.length <= 64 ? { kind: 'documentId', value: documentId } : null;
    }
    if ('id' in value && value.id !== undefined && value.id !== null) return refOf(value.id);
  }
  return null;
}

/** A value that is a list in Strapi's reading (undefined and null stay absent). */
const listOf = (value: unknown): unknown[] | null => {
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? (value as unknown[]) : [value];
};

function refsOf(entries: unknown[]): RelationRef[] | null {
  const refs: RelationRef[] = [];
  for (const entry of entries) {
    const ref = refOf(entry);
    if (!ref) return null;
    refs.push(ref);
  }
  return refs;
}

const refused = (reason: 'several-targets' | 'unreadable'): ToOneInput => ({
  kind: 'refused',
  reason,
  message: reason === 'several-targets' ? SEVERAL_TARGETS_MESSAGE : UNREADABLE_MESSAGE,
});

/** What a to-one relation holds after a write whose data carries `value` for it (undefined: not in the data). */
export function readToOneInput(value: unknown): ToOneInput {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'none' };
  if (Array.isArray(value)) {
    if (value.length > 1) return refused('several-targets');
    if (value.length === 0) return { kind: 'none' };
    const ref = refOf(value[0]);
    return ref ? { kind: 'target', ref } : refused('unreadable');
  }
  if (isObject(value)) {
    if (isPlainRef(value)) {
      if (hasOps(value)) return refused('several-targets');
      const ref = refOf(value);
      return ref ? { kind: 'target', ref } : refused('unreadable');
    }
    if (!hasOps(value)) return refused('unreadable');
    const set = listOf(value.set);
    const connect = listOf(value.connect);
    const disconnect = listOf(value.disconnect);
    if (set) {
      // Strapi's database layer applies `set` alone and ignores connect and disconnect beside it.
      if (connect && connect.length > 0) return refused('several-targets');
      const targets = refsOf(set);
      if (!targets) return refused('unreadable');
      if (targets.length > 1) return refused('several-targets');
      return targets.length === 1 ? { kind: 'target', ref: targets[0] } : { kind: 'none' };
    }
    const targets = refsOf(connect ?? []);
    const disconnected = refsOf(disconnect ?? []);
    if (!targets || !disconnected) return refused('unreadable');
    if (targets.length > 1) return refused('several-targets');
    if (targets.length === 1) return { kind: 'target', ref: targets[0] };
    return disconnected.length > 0 ? { kind: 'disconnect', refs: disconnected } : { kind: 'unchanged' };
  }
  const ref = refOf(value);
  return ref ? { kind: 'target', ref } : refused('unreadable');
}

/**
 * Whether a to-many input would change the stored links: anything but absent or
 * lists that are all empty (the admin panel sends `{ connect: [], disconnect: [] }`
 * for a relation it did not touch).
 */
export function changesToMany(value: unknown): boolean {
  if (value === undefined) return false;
  if (isObject(value) && !isPlainRef(value) && (value.set === undefined || value.set === null) && OPS.some((k) => k in value)) {
    return OPS.some((k) => {
      const list = listOf(value[k]);
      return list !== null && list.length > 0;
    });
  }
  return true;
}

/** A one-to-many relation whose links belong to the other side (the to-one it is mapped by). */
export const isInverseSide = (attr: { type: string; relation?: string; mappedBy?: string }) =>
  attr.type === 'relation' && attr.relation === 'oneToMany' && typeof attr.mappedBy === 'string';
