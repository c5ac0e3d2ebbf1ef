/**
 * Checks of a write's raw input that must run before anything touches the
 * database, because a malformed value would make the database fail (a 500)
 * rather than refuse: NUL bytes in text (PostgreSQL rejects them) and relation
 * references that cannot be ids (not a positive 32-bit integer, or not a
 * documentId / { id } / { documentId } / { connect, disconnect, set }), and
 * keys named like Object.prototype members ("toString", "constructor"), which
 * Strapi's content-API input check lets through and its entity validator then
 * crashes on (found by test/validation/random-payloads.test.ts).
 */
import { problem, Problem } from '../../domain';
import type { MergeDeps, ModelLike } from './merge';

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

function nulBytes(value: unknown, path: string, out: Problem[]) {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(problem(path, 'invalid-value', 'must not contain NUL characters'));
  } else if (Array.isArray(value)) value.forEach((v, i) => nulBytes(v, path ? `${path}.${i}` : String(i), out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) nulBytes(v, path ? `${path}.${k}` : k, out);
}

export function inputShapeProblems(model: ModelLike, data: unknown, deps: Pick<MergeDeps, 'component'>, base = ''): Problem[] {
  const out: Problem[] = [];
  if (!isObject(data)) return out;
  if (base === '') nulBytes(data, '', out);
  const at = (name: string) => (base ? `${base}.${name}` : name);
  for (const key of Object.keys(data)) {
    if (key in Object.prototype && !Object.prototype.hasOwnProperty.call(model.attributes, key)) {
      out.push(problem(at(key), 'invalid-value', 'is not a field of this type'));
    }
  }
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    if (attr.type === 'relation' && relationProblem(value)) {
      out.push(problem(at(name), 'invalid-value', 'must reference documents by documentId (or id), e.g. "abc123" or { "connect": ["abc123"] }'));
    } else if (attr.type === 'component') {
      const sub = deps.component(attr.component as string);
      if (Array.isArray(value)) value.forEach((item, i) => out.push(...inputShapeProblems(sub, item, deps, at(`${name}.${i}`))));
      else out.push(...inputShapeProblems(sub, value, deps, at(name)));
    }
  }
  return out;
}
