import type { Core } from '@strapi/strapi';
import type { MergeDeps, ModelLike } from '../document-middlewares/validation/merge';
import { isToOne } from '../document-middlewares/validation/merge';

type Uid = any;
type Row = Record<string, any>;

/** Only plausible ids reach a query: PostgreSQL fails (500) on a NUL byte in a text parameter. */
const isDocumentId = (value: string) => /^[A-Za-z0-9_-]{1,64}$/.test(value);

/** Reads the validation needs, straight from the database (never through the Document Service: no middleware recursion). */
export const documentsRepository = (strapi: Core.Strapi) => {
  const model = (uid: string): ModelLike => strapi.getModel(uid as Uid);
  const hasDraftAndPublish = (uid: string) => Boolean((strapi.getModel(uid as Uid) as any)?.options?.draftAndPublish);

  /** Components fully, to-one relations (also inside components) as their documentId. */
  const populateOf = (m: ModelLike): Record<string, unknown> => {
    const populate: Record<string, unknown> = {};
    for (const [name, attr] of Object.entries(m.attributes)) {
      if (attr.type === 'component') {
        const inner = populateOf(model(attr.component as string));
        populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
      } else if (isToOne(attr)) {
        populate[name] = { select: ['id', 'documentId'] };
      }
    }
    return populate;
  };

  /** The draft of a document (the only version of a type without draft and publish). */
  const findDraft = async (uid: string, documentId: string): Promise<Row | null> => {
    const where: Row = { documentId };
    if (hasDraftAndPublish(uid)) where.publishedAt = null;
    return strapi.db.query(uid).findOne({ where, populate: populateOf(model(uid)) });
  };

  const deps: MergeDeps = {
    component: (uid) => model(uid),
    async documentIdOf(target, id) {
      const row = await strapi.db.query(target).findOne({ where: { id }, select: ['documentId'] });
      return row?.documentId ?? null;
    },
  };

  /** Variant lengths by service documentId (the draft's when there is one: the latest edit). */
  const serviceMinutes = async (ids: string[]): Promise<Map<string, number[]>> => {
    const result = new Map<string, number[]>();
    const documentIds = ids.filter(isDocumentId);
    if (documentIds.length === 0) return result;
    const rows: Row[] = await strapi.db.query('plugin::clinic.service').findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId', 'publishedAt'],
      populate: { variants: true },
    });
    rows.sort((a, b) => (a.publishedAt === null ? 1 : 0) - (b.publishedAt === null ? 1 : 0)); // drafts last: they win
    for (const row of rows) result.set(row.documentId, (row.variants ?? []).map((v: Row) => Number(v.minutes)));
    return result;
  };

  const bundleBounds = async (documentId: string) => {
    if (!isDocumentId(documentId)) return null;
    const rows: Row[] = await strapi.db.query('plugin::clinic.bundle').findMany({
      where: { documentId },
      select: ['minPrice', 'maxPrice', 'publishedAt'],
    });
    const row = rows.find((r) => r.publishedAt === null) ?? rows[0];
    return row ? { minPrice: row.minPrice, maxPrice: row.maxPrice } : null;
  };

  /**
   * Whether another document of the type uses the slug, as a draft or published.
   * The draft and published versions of the same document share it.
   */
  const slugTaken = async (uid: string, slug: string, documentId?: string): Promise<boolean> => {
    const where: Row = { slug };
    if (documentId) where.documentId = { $ne: documentId };
    return (await strapi.db.query(uid).count({ where })) > 0;
  };

  /** Whether any version of a document exists (a documentId that cannot be one does not). */
  const documentExists = async (uid: string, documentId: string): Promise<boolean> =>
    isDocumentId(documentId) && (await strapi.db.query(uid).count({ where: { documentId } })) > 0;

  return { model, hasDraftAndPublish, findDraft, deps, serviceMinutes, bundleBounds, slugTaken, documentExists };
};

export type DocumentsRepository = ReturnType<typeof documentsRepository>;
