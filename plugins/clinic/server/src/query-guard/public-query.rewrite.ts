/**
 * What a public read may ask of the database, checked and rewritten on the query Strapi
 * built from it (strapi.get('query-params').transform's output: `where`, `orderBy`,
 * `populate`), the one step REST, /graphql root queries and /graphql relation fields share.
 *
 * Why a rewrite: types without draft & publish (licence, franchise, modality) link to the
 * draft rows of their relations as well as the published ones, and a filter through a
 * relation is a SQL join that Strapi's published-only status does not reach. So every
 * step of a filter into a type with drafts is joined with "this row is the published
 * version": a draft row then behaves exactly like no row at all. Sorting through a
 * relation is refused (an ORDER BY over joined rows cannot be pinned the same way).
 */
import { refuse, type QueryLimits } from './query-problem';

export interface ModelAttribute {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
}

export interface Model {
  uid: string;
  modelType?: string;
  attributes: Record<string, ModelAttribute>;
  options?: { draftAndPublish?: boolean };
}

export interface RewriteContext {
  getModel: (uid: string) => Model | undefined;
  limits: QueryLimits;
  /** A filter on an attribute whose public value is computed (licenceStatus): the where that stands for it. */
  computedFilter?: (model: Model, key: string, value: unknown, path: string[]) => Record<string, unknown> | undefined;
  /** Why an attribute may not be sorted on, if it may not. */
  unsortable?: (model: Model, key: string) => string | undefined;
}

type Where = Record<string, unknown>;

const ATTRIBUTE_OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte',
  '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
  '$contains', '$notContains', '$containsi', '$notContainsi',
]);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);
const PRESENCE_OPERATORS = new Set(['$null', '$notNull']);
const RELATIONAL = new Set(['relation', 'media', 'component', 'dynamiczone']);
const ID_KEYS = new Set(['id', 'documentId']);
const PUBLISHED: Where = { publishedAt: { $notNull: true } };

export const hasDrafts = (model: Model | undefined) => model?.options?.draftAndPublish === true;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;

const checkDepth = (depth: number, path: string[], ctx: RewriteContext) => {
  if (depth > ctx.limits.maxDepth) refuse(path, `nests deeper than ${ctx.limits.maxDepth} levels`);
};

const checkList = (value: unknown[], path: string[], ctx: RewriteContext) => {
  if (value.length > ctx.limits.maxListLength) refuse(path, `lists more than ${ctx.limits.maxListLength} values`);
};

const checkPrimitive = (value: unknown, path: string[], ctx: RewriteContext) => {
  if (!isPrimitive(value)) refuse(path, 'must be a single value (a string, number, boolean or null)');
  if (typeof value === 'string' && value.length > ctx.limits.maxStringLength) {
    refuse(path, `is longer than ${ctx.limits.maxStringLength} characters`);
  }
};

/** A value compared with one column: a value, a list of values, or operators on values. */
const checkAttributeValue = (value: unknown, path: string[], depth: number, ctx: RewriteContext): void => {
  checkDepth(depth, path, ctx);
  if (Array.isArray(value)) {
    checkList(value, path, ctx);
    value.forEach((item, i) => checkPrimitive(item, [...path, String(i)], ctx));
    return;
  }
  if (!isRecord(value)) return checkPrimitive(value, path, ctx);
  const keys = Object.keys(value);
  if (keys.length === 0) refuse(path, 'needs an operator such as $eq');
  for (const key of keys) {
    const operand = value[key];
    const at = [...path, key];
    if (key === '$not') checkAttributeValue(operand, at, depth + 1, ctx);
    else if (PRESENCE_OPERATORS.has(key)) {
      if (typeof operand !== 'boolean') refuse(at, 'must be true or false');
    } else if (LIST_OPERATORS.has(key)) {
      const list = Array.isArray(operand) ? operand : [operand];
      checkList(list, at, ctx);
      if (key === '$between' && list.length !== 2) refuse(at, '$between takes two values: [from, to]');
      list.forEach((item, i) => checkPrimitive(item, [...at, String(i)], ctx));
    } else if (ATTRIBUTE_OPERATORS.has(key)) {
      checkPrimitive(operand, at, ctx);
    } else {
      refuse(at, key.startsWith('$') ? `unknown operator ${key}` : `unknown operator ${key} (operators start with $)`);
    }
  }
};

const onlyOperators = (value: Record<string, unknown>) => Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));

/** The where of one step through a relation (or component) to `target`. */
const relationWhere = (value: unknown, target: Model, path: string[], depth: number, ctx: RewriteContext): Where => {
  let inner: Where;
  if (!isRecord(value) || (onlyOperators(value) && !('$and' in value) && !('$or' in value) && !('$not' in value))) {
    // `{ relation: 5 }`, `{ relation: [1, 2] }`, `{ relation: { $in: [...] } }` compare the target's id.
    checkAttributeValue(value, path, depth, ctx);
    inner = { id: value };
  } else {
    inner = rewriteWhere(value, target, path, depth, ctx);
  }
  if (!hasDrafts(target)) return inner;
  // Plain field conditions take the pin beside them, not `{ $and: [inner, published] }`:
  // Strapi 5.54's query builder kept only the last of two relation steps on one level
  // whose where was a lone $and (test/public-filters-combined.test.ts). Conditions
  // with operators ($or, $not…) keep the $and, which Strapi reads right on its own.
  const plain = Object.keys(inner).every((key) => !key.startsWith('$') && key !== 'publishedAt');
  return plain ? { ...inner, ...PUBLISHED } : { $and: [inner, PUBLISHED] };
};

/** Checks a filter against `model` and pins every step into a type with drafts to published rows. */
export const rewriteWhere = (where: unknown, model: Model, path: string[], depth: number, ctx: RewriteContext): Where => {
  checkDepth(depth, path, ctx);
  if (Array.isArray(where)) {
    checkList(where, path, ctx);
    return { $and: where.map((sub, i) => rewriteWhere(sub, model, [...path, String(i)], depth + 1, ctx)) };
  }
  if (!isRecord(where)) return refuse(path, 'must be an object of fields and operators');
  const out: Where = {};
  for (const [key, value] of Object.entries(where)) {
    const at = [...path, key];
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) refuse(at, `${key} takes a list of filters`);
      const list = value as unknown[];
      checkList(list, at, ctx);
      out[key] = list.map((sub, i) => rewriteWhere(sub, model, [...at, String(i)], depth + 1, ctx));
      continue;
    }
    if (key === '$not') {
      out[key] = rewriteWhere(value, model, at, depth + 1, ctx);
      continue;
    }
    if (key.startsWith('$')) refuse(at, `${key} cannot be used here: only $and, $or and $not combine filters on fields`);
    const attribute = model.attributes[key];
    if ((!attribute && !ID_KEYS.has(key)) || attribute?.private) refuse(at, `unknown field ${key}`);
    if (attribute && RELATIONAL.has(attribute.type)) {
      const targetUid = attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : attribute.target;
      const target = targetUid ? ctx.getModel(targetUid) : undefined;
      if (!target || attribute.type === 'dynamiczone') refuse(at, `cannot filter on ${key}`);
      const step = relationWhere(value, target as Model, at, depth + 1, ctx);
      // Several conditions on one relation stay separate joins' conditions, as Strapi would apply them.
      if (out[key] !== undefined) out.$and = [...((out.$and as unknown[]) ?? []), { [key]: step }];
      else out[key] = step;
      continue;
    }
    const computed = ctx.computedFilter?.(model, key, value, at);
    if (computed) {
      out.$and = [...((out.$and as unknown[]) ?? []), computed];
      continue;
    }
    checkAttributeValue(value, at, depth + 1, ctx);
    out[key] = value;
  }
  return out;
};

const ORDERS = new Set(['asc', 'desc']);

/** Sorts on the model's own fields only. */
export const checkOrderBy = (orderBy: unknown, model: Model, path: string[], ctx: RewriteContext): void => {
  const entries = Array.isArray(orderBy) ? orderBy : [orderBy];
  checkList(entries, path, ctx);
  for (const entry of entries) {
    if (typeof entry === 'string') continue;
    if (!isRecord(entry)) refuse(path, 'must name a field and asc or desc');
    for (const [key, order] of Object.entries(entry as Record<string, unknown>)) {
      const attribute = model.attributes[key];
      if ((!attribute && !ID_KEYS.has(key)) || attribute?.private) refuse(path, `unknown field "${key}"`);
      if (attribute && RELATIONAL.has(attribute.type)) {
        refuse(path, `sorting through the relation "${key}" is not allowed: sort on the type's own fields`);
      }
      const why = ctx.unsortable?.(model, key);
      if (why) refuse(path, why);
      if (typeof order !== 'string' || !ORDERS.has(order.toLowerCase())) refuse(path, `the order of "${key}" must be asc or desc`);
    }
  }
};

const relationalTarget = (model: Model, key: string, path: string[], ctx: RewriteContext): Model => {
  const attribute = model.attributes[key];
  if (!attribute || attribute.private || !RELATIONAL.has(attribute.type)) return refuse(path, `"${key}" is not a relation or component of ${model.uid}`);
  const uid = attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : attribute.target;
  const target = uid ? ctx.getModel(uid) : undefined;
  if (!target) return refuse(path, `"${key}" cannot be populated`);
  return target;
};

/** Checks a populate tree and rewrites the filters inside it (each relative to its own target). */
export const rewritePopulate = (populate: unknown, model: Model, path: string[], depth: number, ctx: RewriteContext): unknown => {
  checkDepth(depth, path, ctx);
  if (populate === true || populate === undefined || populate === null) return populate;
  if (Array.isArray(populate)) {
    checkList(populate, path, ctx);
    for (const entry of populate) {
      if (typeof entry !== 'string') refuse(path, 'must list relation names');
      const segments = (entry as string).split('.');
      if (depth + segments.length > ctx.limits.maxDepth) refuse(path, `nests deeper than ${ctx.limits.maxDepth} levels`);
      let current = model;
      for (const segment of segments) {
        if (segment === '*') break;
        current = relationalTarget(current, segment, path, ctx);
      }
    }
    return populate;
  }
  if (!isRecord(populate)) return refuse(path, 'must be a relation name, a list of them or an object');
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(populate)) {
    const at = [...path, key];
    const target = relationalTarget(model, key, at, ctx);
    if (!isRecord(sub)) {
      out[key] = sub;
      continue;
    }
    const next: Record<string, unknown> = { ...sub };
    if (sub.where !== undefined) next.where = rewriteWhere(sub.where, target, [...at, 'filters'], depth + 1, ctx);
    if (sub.orderBy !== undefined) checkOrderBy(sub.orderBy, target, [...at, 'sort'], ctx);
    if (sub.populate !== undefined) next.populate = rewritePopulate(sub.populate, target, [...at, 'populate'], depth + 1, ctx);
    if (sub.on !== undefined) refuse([...at, 'on'], 'fragments are not used by this catalogue');
    out[key] = next;
  }
  return out;
};

/**
 * Bounds on the parameters as sent, before Strapi converts them: the REST query parser
 * turns a list longer than its array limit into an object keyed by index, which Strapi's
 * conversion would then drop silently (a filter ignored rather than refused).
 */
export const checkRawBounds = (value: unknown, path: string[], depth: number, ctx: Pick<RewriteContext, 'limits'>): void => {
  const limits = ctx.limits;
  if (depth > limits.maxDepth + 1) refuse(path, `nests deeper than ${limits.maxDepth} levels`);
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) refuse(path, `is longer than ${limits.maxStringLength} characters`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > limits.maxListLength) refuse(path, `lists more than ${limits.maxListLength} values`);
    value.forEach((item, i) => checkRawBounds(item, [...path, String(i)], depth + 1, ctx));
    return;
  }
  if (!isRecord(value)) return;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k)) && keys.length > limits.maxListLength) {
    refuse(path, `lists more than ${limits.maxListLength} values`);
  }
  if (keys.length > limits.maxListLength * 10) refuse(path, `has more than ${limits.maxListLength * 10} keys`);
  for (const key of keys) checkRawBounds(value[key], [...path, key], depth + 1, ctx);
};
