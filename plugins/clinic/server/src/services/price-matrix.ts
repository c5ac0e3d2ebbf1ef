import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  cellEdits, cellKey, isFranchiseScoped, localTimeIn, matrixCell, matrixFilterOptions, offeringKey, planChanges,
  type ApplyBody, type CellRefusal, type ChangePlan, type ChangesBody, type MatrixQuery, type PlanOffering,
} from '../domain';
import { priceMatrixRepository, type MatrixOfferingRow } from '../repositories/price-matrix.repository';
import { franchiseScopeRepository } from '../repositories/franchise-scope.repository';
import { toCents } from '../domain/money';

const OFFERING = 'plugin::clinic.offering';

/** The admin user of the request, as the admin auth strategy sets it. */
export interface MatrixUser {
  id: number | string;
  roles?: { code: string }[];
}

const scopedUser = (user: MatrixUser) => isFranchiseScoped((user.roles ?? []).map((r) => r.code));

/** Refusals as Strapi error details: one entry per cell, keyed `location|service|minutes`, naming the field. */
const cellErrors = (refusals: readonly CellRefusal[]) =>
  refusals.map((r) => ({
    path: ['cells', cellKey(r.cell), r.field],
    message: r.message,
    name: r.code === 'not-your-franchise' ? 'PolicyError' : 'ValidationError',
    cell: r.cell,
    field: r.field,
    code: r.code,
    change: r.change,
  }));

/** A refused batch: 403 when a cell is another franchise's, 400 otherwise; every refused cell listed. */
const refusedBatch = (refusals: readonly CellRefusal[]) => {
  const details = { errors: cellErrors(refusals) };
  const message = `${refusals.length} cell(s) refused; nothing was written`;
  return refusals.some((r) => r.code === 'not-your-franchise') ? new errors.PolicyError(message, details) : new errors.ValidationError(message, details);
};

/** The refusal of a write the document middlewares refused after all, mapped back onto its cells. */
function refusalsOfWrite(error: any, write: ChangePlan['writes'][number]): CellRefusal[] | null {
  const name = error?.name;
  if (name !== 'ValidationError' && name !== 'PolicyError' && name !== 'ForbiddenError') return null;
  const details: { path?: (string | number)[]; message?: string }[] = error.details?.errors ?? [];
  const forbidden = name !== 'ValidationError';
  const entries = details.length > 0 ? details : [{ path: [], message: error.message }];
  return entries.map((d) => {
    const path = (d.path ?? []).map(String);
    const row = path[0] === 'priceOverrides' ? write.priceOverrides[Number(path[1])] : undefined;
    const cell = write.cells.find((c) => c.minutes === row?.minutes) ?? write.cells[0];
    const field = forbidden ? 'location' : path[2] === 'minutes' ? 'minutes' : path[2] === 'effectiveFrom' ? 'effectiveFrom' : 'price';
    return { cell: { location: cell.location, service: cell.service, minutes: cell.minutes }, change: cell.change, field, code: forbidden ? 'not-your-franchise' : 'invalid-value', message: d.message ?? error.message };
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = priceMatrixRepository(strapi);
  const now = (): Date => strapi.plugin('clinic').service('clock').now();
  const dayIn = (at: Date, timeZone: string) => localTimeIn(at, timeZone).date;

  /** Everything the plan needs about the cells a body names, read in the open transaction when there is one. */
  const planFor = async (body: ChangesBody, user: MatrixUser): Promise<ChangePlan> => {
    const edits = cellEdits(body);
    const at = now();
    const [locations, services] = await Promise.all([
      repo.locationsById(edits.map((e) => e.location)),
      repo.services({ documentIds: edits.map((e) => e.service) }),
    ]);
    const owned = scopedUser(user) ? new Set(await franchiseScopeRepository(strapi).ownedFranchiseIds(user.id)) : null;
    const drafts = (await repo.offeringsAt(locations.map((l) => l.documentId), services.map((s) => s.documentId))).filter((o) => !o.published);
    const offerings = new Map<string, PlanOffering[]>();
    for (const o of drafts) {
      const key = offeringKey(o.location, o.service);
      offerings.set(key, [...(offerings.get(key) ?? []), { documentId: o.documentId, available: o.available, priceOverrides: o.priceOverrides }]);
    }
    return planChanges({
      edits,
      locations: new Map(locations.map((l) => [l.documentId, {
        documentId: l.documentId,
        name: l.name,
        today: dayIn(at, l.timeZone),
        // Judged on the franchise of the location as stored, whatever the body says.
        writable: owned === null || (l.franchise !== null && owned.has(l.franchise.documentId)),
      }])),
      services: new Map(services.map((s) => [s.documentId, s])),
      offerings,
    });
  };

  const summary = (plan: ChangePlan) => ({ changes: plan.changes, unchanged: plan.unchanged, skipped: plan.skipped });

  return {
    /** A page of locations (rows) × services and lengths (columns), each cell its price in effect today at the location. */
    async matrix(query: MatrixQuery, user: MatrixUser) {
      const services = await repo.services({ modality: query.modality, slug: query.service });
      const { rows, total } = await repo.locationPage(
        { franchise: query.franchise, region: query.region, state: query.state, ownedBy: scopedUser(user) ? user.id : undefined },
        query.page,
        query.pageSize,
      );
      const columns = services.flatMap((s) =>
        [...new Map(s.variants.map((v) => [v.minutes, v])).values()]
          .sort((a, b) => a.minutes - b.minutes)
          .map((v) => ({ service: { documentId: s.documentId, slug: s.slug, name: s.name, modality: s.modality }, minutes: v.minutes, basePriceCents: toCents(v.basePrice, 'basePrice') })),
      );
      const offerings = rows.length > 0 && services.length > 0 ? await repo.offeringsAt(rows.map((r) => r.documentId), services.map((s) => s.documentId)) : [];
      const byKey = new Map<string, { draft?: MatrixOfferingRow; published?: MatrixOfferingRow }>();
      for (const o of offerings) {
        const key = offeringKey(o.location, o.service);
        const entry = byKey.get(key) ?? {};
        // Several offerings of one service at one location: the first (oldest) is shown, as the site does.
        if (o.published) entry.published ??= o;
        else entry.draft ??= o;
        byKey.set(key, entry);
      }
      const at = now();
      return {
        columns,
        rows: rows.map((location) => {
          const today = dayIn(at, location.timeZone);
          return {
            location: { ...location, today },
            cells: columns.map((col) => {
              const entry = byKey.get(offeringKey(location.documentId, col.service.documentId)) ?? {};
              const cell = (o?: MatrixOfferingRow) => matrixCell({ minutes: col.minutes, basePrice: col.basePriceCents / 100, offering: o ?? null, day: today });
              const draft = cell(entry.draft);
              const published = cell(entry.published);
              const same = JSON.stringify(draft) === JSON.stringify(published);
              return { service: col.service.documentId, offering: entry.draft?.documentId ?? null, ...draft, unpublished: !same, published: same ? null : published };
            }),
          };
        }),
        pageInfo: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
      };
    },

    /** What the filter pickers offer this user: franchises, regions and states of the locations they see; modalities and services. */
    async options(user: MatrixUser) {
      const [locations, services] = await Promise.all([repo.locationFacets({ ownedBy: scopedUser(user) ? user.id : undefined }), repo.services()]);
      return matrixFilterOptions(locations, services);
    },

    /** What the body would change, cell by cell, and what it would refuse. Writes nothing. */
    async preview(body: ChangesBody, user: MatrixUser) {
      const plan = await planFor(body, user);
      return { ...summary(plan), refusals: cellErrors(plan.refusals) };
    },

    /**
     * All or nothing, in one transaction: the plan is made from what the transaction
     * reads, a refusal anywhere throws before any write, and each offering is written
     * through the Document Service (`update`, with `status: 'published'` in publish mode, so validation, franchise scope, entry titles and
     * the read model's change log run as for any write); a write refused there rolls
     * everything back and names its cells.
     */
    async apply(body: ApplyBody, user: MatrixUser) {
      return strapi.db.transaction(async ({ trx }) => {
        // Before anything is read: a concurrent batch at one of these locations finishes first.
        await repo.lockLocations(trx, cellEdits(body).map((e) => e.location));
        const plan = await planFor(body, user);
        if (plan.refusals.length > 0) throw refusedBatch(plan.refusals);
        const documents = strapi.documents(OFFERING as any);
        for (const write of plan.writes) {
          try {
            // One call that saves the draft and publishes it (status 'published'): one pass of the middlewares, not two.
            const status = body.mode === 'publish' ? 'published' : 'draft';
            await documents.update({ documentId: write.documentId, data: { priceOverrides: write.priceOverrides } as any, status });
          } catch (error) {
            const refusals = refusalsOfWrite(error, write);
            if (refusals) throw refusedBatch(refusals);
            throw error;
          }
        }
        return { mode: body.mode, ...summary(plan), offeringsWritten: plan.writes.length };
      });
    },
  };
};
