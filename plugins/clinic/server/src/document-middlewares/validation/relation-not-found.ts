/**
 * Strapi refuses a relation to a document that does not exist (or is of another
 * type) while it writes, with "Document with id "…", locale "…" not found" and
 * empty details. This names the field that holds that documentId, so the refusal
 * carries details.errors[].path like every other one, at no extra query.
 */
import { problem, Problem } from '../../domain';
import type { MergeDeps, ModelLike } from './merge';
import { toValidationError } from './to-validation-error';

const NOT_FOUND = /^Document with id "(.*)", locale "[^"]*" not found$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const shortName = (uid: string | undefined) => (uid ?? '').replace(/^.*\./, '').replace(/-/g, ' ');
type Candidate = Problem & { target: string };

function pathsHolding(model: ModelLike, data: unknown, documentId: string, deps: Pick<MergeDeps, 'component'>, base: string, out: Candidate[]) {
  if (!isObject(data)) return;
  for (const [name, attr] of Object.entries(model.attributes)) {
    if (!(name in data)) continue;
    const path = base ? `${base}.${name}` : name;
    const value = data[name];
    if (attr.type === 'relation' && JSON.stringify(value ?? null).includes(JSON.stringify(documentId))) {
      out.push({ ...problem(path, 'not-found', `no ${shortName(attr.target)} with documentId "${documentId}"`), target: attr.target ?? '' });
    } else if (attr.type === 'component') {
      const sub = deps.component(attr.component as string);
      if (Array.isArray(value)) value.forEach((item, i) => pathsHolding(sub, item, documentId, deps, `${path}.${i}`, out));
      else pathsHolding(sub, value, documentId, deps, path, out);
    }
  }
}

/**
 * The error with the field named, or the error itself when it is not Strapi's
 * relation "not found". When the documentId appears under several fields (a
 * service's documentId sent as the location and as the service), the fields whose
 * target type holds it are not the culprit (a query, on this error path only).
 */
export async function withRelationPath(
  error: unknown,
  model: ModelLike,
  data: unknown,
  deps: Pick<MergeDeps, 'component'>,
  exists: (target: string, documentId: string) => Promise<boolean>,
): Promise<unknown> {
  const e = error as { name?: string; message?: string; details?: { errors?: unknown } } | null;
  if (e?.name !== 'ValidationError' || typeof e.message !== 'string' || Array.isArray(e.details?.errors)) return error;
  const match = NOT_FOUND.exec(e.message);
  if (!match) return error;
  const candidates: Candidate[] = [];
  pathsHolding(model, data, match[1], deps, '', candidates);
  let culprits = candidates;
  if (candidates.length > 1) {
    const found = await Promise.all(candidates.map((c) => exists(c.target, match[1])));
    culprits = candidates.filter((_, i) => !found[i]);
  }
  const problems: Problem[] = culprits.map(({ path, code, message }) => ({ path, code, message }));
  return problems.length > 0 ? toValidationError(problems) : error;
}
