import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { problem, Problem } from '../domain';
import { SLUG_PATTERN, validateDocument, ValidationContext } from '../domain/validation';
import { documentsRepository, DocumentsRepository } from '../repositories/documents.repository';
import { defaultsOf, fromStored, mergeDocument } from './validation/merge';
import { toValidationError } from './validation/to-validation-error';
import { inputShapeProblems } from './validation/input-shape';
import { withRelationPath } from './validation/relation-not-found';
import { boundsProblems, removedMinutes, removedVariantProblems } from '../domain/dependents.rules';
import { dependentsRepository, DependentsRepository } from '../repositories/dependents.repository';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Params = Record<string, any>;

/**
 * The one place every write of a clinic type is validated, whichever channel it
 * comes from (admin panel, REST, GraphQL, seeding): the Document Service.
 * It runs before the write, so a refused write leaves nothing behind.
 *
 * - create: the data, complete when it is published at once (or the type has no drafts);
 * - update: the stored draft with the data merged in (a patch is judged by its result);
 * - publish: the draft as it stands, complete;
 * - clone: the source draft with the data merged in, as a new document.
 * delete, unpublish and discardDraft write nothing new (discardDraft restores a
 * published version, which was validated when published).
 */
export const validateWrites = (strapi: Core.Strapi): Middleware => {
  let repo: DocumentsRepository | null = null;
  let dependents: DependentsRepository | null = null;
  return async (context, next) => {
    if (!context.uid.startsWith('plugin::clinic.')) return next();
    repo ??= documentsRepository(strapi);
    const params = ((context as any).params ?? {}) as Params;
    // A delete of a document that does not exist: 404 (Strapi's REST delete answered 204).
    if (context.action === 'delete' && typeof params.documentId === 'string' && !(await repo.documentExists(context.uid, params.documentId))) {
      throw new errors.NotFoundError(`No ${context.uid.slice('plugin::clinic.'.length)} with documentId "${params.documentId.slice(0, 64)}"`);
    }
    if (!['create', 'update', 'publish', 'clone'].includes(context.action)) return next();
    const shape = inputShapeProblems(repo.model(context.uid), params.data, repo.deps);
    if (shape.length > 0) throw toValidationError(shape);
    const checked = await mergedWrite(repo, context.uid, context.action, params);
    if (checked) {
      const problems = await problemsOf(repo, context.uid, checked);
      if (problems.length === 0) problems.push(...(await dependentsProblems((dependents ??= dependentsRepository(strapi)), context.uid, params, checked)));
      if (problems.length > 0) throw toValidationError(problems);
    }
    try {
      return await next();
    } catch (error) {
      throw await withRelationPath(error, repo.model(context.uid), params.data, repo.deps, repo.documentExists);
    }
  };
};

interface MergedWrite {
  doc: Record<string, unknown>;
  /** The document the result belongs to (absent for a new one). */
  documentId?: string;
  /** The stored draft before an update (absent for create, clone and publish). */
  before?: Record<string, unknown>;
  complete: boolean;
}

async function mergedWrite(repo: DocumentsRepository, uid: string, action: string, params: Params): Promise<MergedWrite | null> {
  const model = repo.model(uid);
  const drafts = repo.hasDraftAndPublish(uid);
  const publishing = !drafts || params.status === 'published';
  if (action === 'create') {
    return { doc: await mergeDocument(model, defaultsOf(model), params.data, repo.deps), complete: publishing };
  }
  if (typeof params.documentId !== 'string') return null; // Strapi answers for a malformed call
  const stored = await repo.findDraft(uid, params.documentId);
  if (!stored) return null; // not found: Strapi's own answer
  const base = fromStored(model, stored, repo.deps);
  if (action === 'publish') return { doc: base, documentId: params.documentId, complete: true };
  const doc = await mergeDocument(model, base, params.data, repo.deps);
  if (action === 'clone') return { doc, complete: !drafts };
  return { doc, documentId: params.documentId, before: base, complete: publishing };
}

const minutesOf = (variants: unknown): number[] =>
  Array.isArray(variants) ? variants.map((v: { minutes?: unknown } | null) => Number(v?.minutes)).filter(Number.isInteger) : [];

/**
 * Writes on a document others depend on (domain/dependents.rules): a service
 * losing a variant length in use, a bundle whose bounds exclude a bundle
 * offering's price. Only when the write touches those fields.
 */
async function dependentsProblems(repo: DependentsRepository, uid: string, params: Params, write: MergedWrite): Promise<Problem[]> {
  if (!write.documentId) return [];
  const data = (params.data ?? {}) as Params;
  if (uid === 'plugin::clinic.service' && write.before && 'variants' in data) {
    const removed = removedMinutes(minutesOf(write.before.variants), minutesOf(write.doc.variants));
    return removedVariantProblems(await repo.usesOfServiceMinutes(write.documentId, removed));
  }
  if (uid === 'plugin::clinic.bundle' && (!write.before || 'minPrice' in data || 'maxPrice' in data)) {
    const { minPrice, maxPrice } = write.doc as { minPrice?: number | string | null; maxPrice?: number | string | null };
    if (minPrice == null || maxPrice == null) return [];
    return boundsProblems({ minPrice, maxPrice }, await repo.bundleOfferingsOutside(write.documentId, minPrice, maxPrice));
  }
  return [];
}

async function problemsOf(repo: DocumentsRepository, uid: string, write: MergedWrite): Promise<Problem[]> {
  const type = uid.slice('plugin::clinic.'.length);
  const ctx = await contextFor(repo, type, write.doc);
  const problems = validateDocument(type, write.doc, ctx, { complete: write.complete });
  const slug = write.doc.slug;
  if (typeof slug === 'string' && SLUG_PATTERN.test(slug) && (await repo.slugTaken(uid, slug, write.documentId))) {
    problems.push(problem('slug', 'duplicate', `"${slug}" is already used by another ${type}`));
  }
  return problems;
}

/** Loads what the type's cross-document rules read. */
async function contextFor(repo: DocumentsRepository, type: string, doc: Record<string, unknown>): Promise<ValidationContext> {
  const serviceIds: string[] = [];
  if (type === 'offering' && typeof doc.service === 'string') serviceIds.push(doc.service);
  if (type === 'bundle' && Array.isArray(doc.items)) {
    for (const item of doc.items) if (typeof item?.service === 'string') serviceIds.push(item.service);
  }
  const bundle = type === 'bundle-offering' && typeof doc.bundle === 'string' ? await repo.bundleBounds(doc.bundle) : null;
  return { serviceMinutes: await repo.serviceMinutes([...new Set(serviceIds)]), bundle };
}
