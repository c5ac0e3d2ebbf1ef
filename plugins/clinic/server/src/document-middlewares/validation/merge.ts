/**
 * A write as the document it would produce: the stored draft with the write's
 * fragment merged in, in the plain shape the validation schemas read
 * (components as objects, to-one relations as documentIds). Strapi's own
 * semantics are followed: a component sent with the id of a stored one updates
 * it field by field, one sent without an id replaces it; a relation accepts a
 * documentId, an id, { documentId } / { id }, a list, or { connect, disconnect, set }.
 */
import { readToOneInput, RelationRef } from '../../domain/relation-input.rules';

export interface Attribute {
  type: string;
  component?: string;
  repeatable?: boolean;
  relation?: string;
  target?: string;
  mappedBy?: string;
  default?: unknown;
}

export interface ModelLike {
  attributes: Record<string, Attribute>;
}

export interface MergeDeps {
  /** The model of a component uid (e.g. 'clinic.bundle-item'). */
  component(uid: string): ModelLike;
  /** documentId of the row `id` of `target`, or null when there is none. */
  documentIdOf(target: string, id: number): Promise<string | null>;
}

type Doc = Record<string, unknown>;

const TO_ONE = new Set(['oneToOne', 'manyToOne', 'morphToOne']);

/** The to-one relations a validator may read (to-many relations and media are not validated). */
export const isToOne = (a: Attribute) => a.type === 'relation' && TO_ONE.has(a.relation ?? '');

const isObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A value that names no document: validators report "does not exist" for it, and
 * Strapi itself would refuse the write.
 */
export const UNRESOLVED = 'unresolved-relation';

async function documentIdOf(ref: RelationRef, target: string, deps: MergeDeps): Promise<string> {
  if (ref.kind === 'documentId') return ref.value;
  return (await deps.documentIdOf(target, ref.value)) ?? UNRESOLVED;
}

/** The documentId a to-one relation holds after the write (read as Strapi stores it: relation-input.rules). */
export async function mergeToOne(current: string | null, input: unknown, target: string, deps: MergeDeps): Promise<string | null> {
  const read = readToOneInput(input);
  switch (read.kind) {
    case 'unchanged':
      return current;
    case 'none':
      return null;
    case 'target':
      return documentIdOf(read.ref, target, deps);
    case 'disconnect':
      for (const ref of read.refs) if ((await documentIdOf(ref, target, deps)) === current) return null;
      return current;
    default:
      return UNRESOLVED; // refused by the input-shape check before it gets here
  }
}

/** A stored row (with populated components and to-one relations) in the validation shape. */
export function fromStored(model: ModelLike, row: Doc | null | undefined, deps: MergeDeps): Doc {
  const doc: Doc = {};
  if (!row) return doc;
  if (row.id !== undefined) doc.id = row.id;
  for (const [name, attr] of Object.entries(model.attributes)) {
    const value = row[name];
    if (attr.type === 'component') {
      const sub = deps.component(attr.component as string);
      doc[name] = attr.repeatable
        ? (Array.isArray(value) ? value : []).map((item) => fromStored(sub, item as Doc, deps))
        : isObject(value) ? fromStored(sub, value, deps) : null;
    } else if (isToOne(attr)) {
      doc[name] = isObject(value) && typeof value.documentId === 'string' ? value.documentId : null;
    } else if (attr.type !== 'relation' && attr.type !== 'media' && attr.type !== 'dynamiczone') {
      doc[name] = value === undefined ? null : value;
    }
  }
  return doc;
}

/** The schema defaults Strapi fills in on creation (of a document or of a new component). */
export function defaultsOf(model: ModelLike): Doc {
  const doc: Doc = {};
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (attr.default !== undefined && typeof attr.default !== 'function') doc[name] = attr.default;
  }
  return doc;
}

const scalarOf = (attr: Attribute, value: unknown) =>
  attr.type === 'date' && value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

async function mergeComponent(model: ModelLike, stored: Doc | undefined, input: unknown, deps: MergeDeps): Promise<unknown> {
  if (!isObject(input)) return input; // not an object: left for the schema to refuse
  const base = stored && input.id !== undefined && input.id === stored.id ? stored : defaultsOf(model);
  return mergeDocument(model, base, input, deps);
}

/** `stored` (from fromStored) with `data` (a write's fragment) merged in. */
export async function mergeDocument(model: ModelLike, stored: Doc, data: unknown, deps: MergeDeps): Promise<Doc> {
  const input = isObject(data) ? data : {};
  const doc: Doc = { ...stored };
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in input)) continue;
    const value = input[name];
    if (attr.type === 'component') {
      const sub = deps.component(attr.component as string);
      if (value === null) doc[name] = attr.repeatable ? [] : null;
      else if (!attr.repeatable) doc[name] = await mergeComponent(sub, (stored[name] as Doc | null) ?? undefined, value, deps);
      else if (!Array.isArray(value)) doc[name] = value;
      else {
        const before = (Array.isArray(stored[name]) ? stored[name] : []) as Doc[];
        doc[name] = await Promise.all(
          value.map((item) => mergeComponent(sub, isObject(item) ? before.find((b) => b.id === item.id) : undefined, item, deps)),
        );
      }
    } else if (isToOne(attr)) {
      doc[name] = await mergeToOne((stored[name] as string | null) ?? null, value, attr.target as string, deps);
    } else if (attr.type !== 'relation' && attr.type !== 'media' && attr.type !== 'dynamiczone') {
      doc[name] = scalarOf(attr, value);
    }
  }
  return doc;
}
