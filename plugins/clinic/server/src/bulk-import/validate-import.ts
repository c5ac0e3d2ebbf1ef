/**
 * Validates an import up front with the rules every Document Service write passes
 * (document-middlewares/validate-writes.ts): the input-shape checks, the type's
 * schema and domain rules on the document as it would be stored (schema defaults
 * filled in, published, so complete), slug and key uniqueness, and references
 * that name a document of the import or of the catalogue. Rows whose key the
 * catalogue already holds are not written again (an import is idempotent), so they
 * are counted, not validated. Pure: the catalogue's facts come in as data.
 */
import { problem, type Problem } from '../domain';
import { validateDocument, type ValidationContext } from '../domain/validation';
import { inputShapeProblems } from '../document-middlewares/validation/input-shape';
import { defaultsOf, isToOne, mergeDocument, type Attribute, type MergeDeps, type ModelLike } from '../document-middlewares/validation/merge';
import { keyFieldsOf, keyOf } from './import-keys';
import type { Refusal } from './import-report';

export interface ImportGroup {
  /** Content type, singular name ("location"). Groups are written in order: a row may name rows of earlier groups. */
  type: string;
  /** Documents as the Document Service would take them, except that relations hold keys of their targets. */
  rows: Record<string, unknown>[];
}

export interface Bounds {
  minPrice: number | string;
  maxPrice: number | string;
}

/** What the rules need from the catalogue as it is before the import. */
export interface KnownCatalogue {
  has(type: string, key: string): boolean;
  /** Variant lengths of stored services, by service key (slug). */
  serviceMinutes: ReadonlyMap<string, readonly number[]>;
  /** Price bounds of stored bundles, by bundle key (slug). */
  bundleBounds: ReadonlyMap<string, Bounds>;
}

export interface ImportModels {
  /** The schema of a content type by singular name. */
  model(type: string): ModelLike;
  component(uid: string): ModelLike;
}

export interface PlannedRow {
  type: string;
  key: string;
  data: Record<string, unknown>;
}

export interface ImportPlan {
  refusals: Refusal[];
  /** The rows to write, by type, in data-set order. */
  write: Map<string, PlannedRow[]>;
  /** Rows whose document exists already, by type. */
  existing: Record<string, number>;
}

export const typeOfTarget = (target: string | undefined) => (target ?? '').replace(/^plugin::clinic\./, '');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRelation = (a: Attribute) => a.type === 'relation' && !a.mappedBy;

interface Reference {
  path: string;
  type: string;
  key: unknown;
}

/** The relation values of a row (also inside components), with their paths. */
function referencesOf(model: ModelLike, data: Record<string, unknown>, models: ImportModels, base = ''): Reference[] {
  const out: Reference[] = [];
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in data)) continue;
    const path = base ? `${base}.${name}` : name;
    const value = data[name];
    if (isRelation(attr) && value !== null && value !== undefined) {
      const type = typeOfTarget(attr.target);
      if (isToOne(attr)) out.push({ path, type, key: value });
      else if (Array.isArray(value)) value.forEach((key, i) => out.push({ path: `${path}.${i}`, type, key }));
      else out.push({ path, type, key: value });
    } else if (attr.type === 'component' && value) {
      const sub = models.component(attr.component as string);
      if (Array.isArray(value)) value.forEach((item, i) => isObject(item) && out.push(...referencesOf(sub, item, models, `${path}.${i}`)));
      else if (isObject(value)) out.push(...referencesOf(sub, value, models, path));
    }
  }
  return out;
}

/** The row with every relation key replaced by a stand-in documentId, which is what the rules read. */
function withStandIns(model: ModelLike, data: Record<string, unknown>, models: ImportModels, standIn: (type: string, key: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    if (isRelation(attr)) {
      const type = typeOfTarget(attr.target);
      if (typeof value === 'string') out[name] = standIn(type, value);
      else if (Array.isArray(value)) out[name] = (value as unknown[]).map((k) => (typeof k === 'string' ? standIn(type, k) : k));
    } else if (attr.type === 'component' && value) {
      const sub = models.component(attr.component as string);
      out[name] = Array.isArray(value)
        ? (value as unknown[]).map((item) => (isObject(item) ? withStandIns(sub, item, models, standIn) : item))
        : isObject(value) ? withStandIns(sub, value, models, standIn) : value;
    }
  }
  return out;
}

const minutesOf = (variants: unknown): number[] =>
  Array.isArray(variants) ? variants.map((v) => Number((v as { minutes?: unknown } | null)?.minutes)).filter(Number.isInteger) : [];

const STEP = 500;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every row's problems, and what to write, in one pass over the data set in its order.
 * Every 500 rows it reports how many are done and yields to the event loop (a large
 * import validates for a minute; the process keeps answering meanwhile).
 */
export async function planImport(
  groups: readonly ImportGroup[],
  known: KnownCatalogue,
  models: ImportModels,
  onRows: (done: number) => void = () => undefined,
): Promise<ImportPlan> {
  let done = 0;
  const refusals: Refusal[] = [];
  const write = new Map<string, PlannedRow[]>();
  const existing: Record<string, number> = {};
  /** Keys of the import's rows so far, valid or not (a refused row is reported once, not again in each row naming it). */
  const seen = new Map<string, Map<string, number>>();
  const standIns = new Map<string, string>();
  const standIn = (type: string, key: string) => {
    const k = `${type}\u0000${key}`;
    let id = standIns.get(k);
    if (!id) standIns.set(k, (id = `ref${standIns.size + 1}`));
    return id;
  };
  const serviceMinutes = new Map<string, readonly number[]>();
  for (const [key, minutes] of known.serviceMinutes) serviceMinutes.set(standIn('service', key), minutes);
  const bundleBounds = new Map<string, Bounds>();
  for (const [key, bounds] of known.bundleBounds) bundleBounds.set(standIn('bundle', key), bounds);
  const deps: MergeDeps = { component: (uid) => models.component(uid), documentIdOf: () => Promise.resolve(null) };
  const exists = (type: string, key: string) => seen.get(type)?.has(key) || known.has(type, key);

  for (const { type, rows } of groups) {
    const model = models.model(type);
    const keys = seen.get(type) ?? new Map<string, number>();
    seen.set(type, keys);
    const planned = write.get(type) ?? [];
    write.set(type, planned);
    for (const [i, data] of rows.entries()) {
      const row = i + 1;
      if (++done % STEP === 0) {
        onRows(done);
        await yieldToEventLoop();
      }
      const key = keyOf(type, data);
      const refuse = (problems: Problem[]) => {
        for (const p of problems) refusals.push({ type, key, row, path: p.path, message: p.message });
      };
      if (key && known.has(type, key)) {
        existing[type] = (existing[type] ?? 0) + 1;
        continue;
      }
      const problems: Problem[] = [];
      const keyField = keyFieldsOf(type)[0];
      if (key && keys.has(key)) problems.push(problem(keyField, 'duplicate', `"${key}" is also row ${keys.get(key)} of this import`));
      else if (key) keys.set(key, row);
      for (const name of Object.keys(data)) {
        if (!Object.prototype.hasOwnProperty.call(model.attributes, name)) problems.push(problem(name, 'invalid-value', 'is not a field of this type'));
      }
      const refPaths = new Set<string>();
      for (const ref of referencesOf(model, data, models)) {
        if (typeof ref.key !== 'string' || ref.key === '') {
          problems.push(problem(ref.path, 'invalid-value', `must name a ${ref.type} by its key (slug)`));
        } else if (!exists(ref.type, ref.key)) {
          problems.push(problem(ref.path, 'not-found', `no ${ref.type} "${ref.key}" in this import (before this row) or in the catalogue`));
        } else continue;
        refPaths.add(ref.path);
      }
      const input = withStandIns(model, data, models, standIn);
      const shape = inputShapeProblems(model, input, deps);
      if (shape.length === 0) {
        const doc = await mergeDocument(model, defaultsOf(model), input, deps);
        const ctx: ValidationContext = { serviceMinutes, bundle: typeof doc.bundle === 'string' ? bundleBounds.get(doc.bundle) ?? null : null };
        // A reference already reported as missing is not reported again as "does not exist".
        problems.push(...validateDocument(type, doc, ctx, { complete: true }).filter((p) => !refPaths.has(p.path)));
      } else {
        problems.push(...shape);
      }
      // Later rows are judged against this one as the import gives it (a refused service's lengths still explain its offerings).
      if (type === 'service' && key) serviceMinutes.set(standIn('service', key), minutesOf(data.variants));
      if (type === 'bundle' && key && data.minPrice != null && data.maxPrice != null) {
        bundleBounds.set(standIn('bundle', key), { minPrice: data.minPrice as number, maxPrice: data.maxPrice as number });
      }
      if (!key && !problems.some((p) => keyFieldsOf(type).includes(p.path))) {
        problems.push(problem(keyField, 'required', `is required (an import names each ${type} by ${keyFieldsOf(type).join(' + ')})`));
      }
      if (problems.length > 0) refuse(problems);
      else planned.push({ type, key: key as string, data });
    }
  }
  return { refusals, write, existing };
}
