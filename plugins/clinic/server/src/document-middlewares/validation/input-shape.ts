/**
 * Checks of a write's raw input that must run before anything touches the
 * database, because a malformed value would make the database fail (a 500)
 * rather than refuse: NUL bytes in text (PostgreSQL rejects them) and relation
 * references that cannot be ids (not a positive 32-bit integer, or not a
 * documentId / { id } / { documentId } / { connect, disconnect, set }), and
 * keys named like Object.prototype members ("toString", "constructor"), which
 * Strapi's content-API input check lets through and its entity validator then
 * crashes on (found by test/validation/random-payloads.test.ts); data nested
 * deeper than MAX_INPUT_DEPTH. Relations are read as Strapi will store them
 * (domain/relation-input.rules.ts): a to-one relation naming more than one
 * target is refused, and so is a write through the inverse side of a
 * one-to-many relation (location.offerings): its links are set, and validated,
 * on the other side (each offering's location).
 */
import { problem, Problem } from '../../domain';
import { changesToMany, isInverseSide, readToOneInput } from '../../domain/relation-input.rules';
import type { MergeDeps, ModelLike } from './merge';
import { isToOne } from './merge';

const MAX_ID = 2_147_483_647;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function badReference(ref: unknown): boolean {
  if (typeof ref === 'string') return ref.length === 0 || ref.length > 64;
  if (typeof ref === 'number') return !Number.isInteger(ref) || ref < 1 || ref > MAX_ID;
  if (isObject(ref)) {
    if ('documentId' in ref) return typeof ref.documentId !== 'string' || badReference(ref.documentId);
    if ('id' in ref) return badReference(ref.id);
  }
  return true;
}

function relationProblem(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(badReference);
  if (isObject(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    return ['connect', 'disconnect', 'set'].some((k) => {
      const list = value[k];
      if (list === undefined) return false;
      return Array.isArray(list) ? list.some(badReference) : badReference(list);
    });
  }
  return badReference(value);
}

/** How deep a write's data may nest (JSON fields included); deeper is refused before any recursive code sees it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * NUL bytes in text and nesting deeper than MAX_INPUT_DEPTH, walked with an
 * explicit stack: a recursive walk overflows the call stack (RangeError, a 500)
 * on a JSON value nested thousands of levels deep.
 */
function textAndDepthProblems(data: Record<string, unknown>, out: Problem[]) {
  const stack: { value: unknown; path: string; depth: number; field: string }[] = Object.entries(data).map(([k, v]) => ({ value: v, path: k, depth: 1, field: k }));
  const tooDeep = new Set<string>();
  while (stack.length > 0) {
    const { value, path, depth, field } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) out.push(problem(path, 'invalid-value', 'must not contain NUL characters'));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_INPUT_DEPTH) {
      if (!tooDeep.has(field)) out.push(problem(field, 'invalid-value', `is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`));
      tooDeep.add(field);
      continue;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [k, v] of entries) stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1, field });
  }
}

const shortName = (uid: string | undefined) => (uid ?? '').replace(/^.*\./, '').replace(/-/g, ' ');

export function inputShapeProblems(model: ModelLike, data: unknown, deps: Pick<MergeDeps, 'component'>, base = ''): Problem[] {
  const out: Problem[] = [];
  if (!isObject(data)) return out;
  if (base === '') textAndDepthProblems(data, out);
  const at = (name: string) => (base ? `${base}.${name}` : name);
  for (const key of Object.keys(data)) {
    if (key in Object.prototype && !Object.prototype.hasOwnProperty.call(model.attributes, key)) {
      out.push(problem(at(key), 'invalid-value', 'is not a field of this type'));
    }
  }
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const toOne = isToOne(attr) ? readToOneInput(value) : null;
    if (toOne?.kind === 'refused') {
      out.push(problem(at(name), 'invalid-value', toOne.message));
    } else if (isInverseSide(attr) && changesToMany(value)) {
      out.push(problem(at(name), 'read-only', `is set on each linked ${shortName(attr.target)} (its ${attr.mappedBy}), not here`));
    } else if (!toOne && attr.type === 'relation' && relationProblem(value)) {
      out.push(problem(at(name), 'invalid-value', 'must reference documents by documentId (or id), e.g. "abc123" or { "connect": ["abc123"] }'));
    } else if (attr.type === 'component') {
      const sub = deps.component(attr.component as string);
      if (Array.isArray(value)) value.forEach((item, i) => out.push(...inputShapeProblems(sub, item, deps, at(`${name}.${i}`))));
      else out.push(...inputShapeProblems(sub, value, deps, at(name)));
    }
  }
  return out;
}
