/**
 * What a batch of price-matrix changes does: every cell it changes (before and
 * after), the cells it leaves as they are, the cells it skips, the refusals per
 * cell, and the offerings to write with their new price rows. Pure: the glue loads
 * the locations, services and offerings the batch names and writes the result.
 *
 * A change with an `effectiveFrom` after the location's day is scheduled: it adds a
 * dated row and leaves today's price alone. One on or before that day applies now.
 * Every write folds rows whose day has come into the undated row (the price in
 * effect stays the same), so an offering keeps at most one undated row and its
 * future changes per length.
 */
import { compareDates, type IsoDate } from '../dates';
import { Cents, fromCents, toCents } from '../money';
import { overrideIndexOn, validatePriceOverrides, type PriceOverride, type ServiceVariant } from '../pricing.rules';
import { applyOperation, type PriceOperation } from './price-operation.rules';

export interface CellRef {
  location: string;
  service: string;
  minutes: number;
}

export interface PlanLocation {
  documentId: string;
  name: string;
  /** The location's calendar day now (its time zone). */
  today: IsoDate;
  /** Whether the requester may change this location's prices (franchise scope). */
  writable: boolean;
}

export interface PlanService {
  documentId: string;
  name: string;
  variants: readonly ServiceVariant[];
}

export interface PlanOffering {
  documentId: string;
  available: boolean;
  priceOverrides: readonly PriceOverride[];
}

export interface CellEdit extends CellRef {
  operation: PriceOperation;
  effectiveFrom: IsoDate | null;
  /** Index of the change in the request, for the error's place. */
  change: number;
}

export interface PlanInput {
  edits: readonly CellEdit[];
  locations: ReadonlyMap<string, PlanLocation>;
  services: ReadonlyMap<string, PlanService>;
  /** Offerings by `location|service` (documentIds), as stored: several when the data holds duplicates. */
  offerings: ReadonlyMap<string, readonly PlanOffering[]>;
}

export type PriceSource = 'base' | 'override' | 'unavailable';
export interface PricePoint {
  priceCents: Cents;
  source: PriceSource;
}

export interface CellChange {
  cell: CellRef;
  locationName: string;
  serviceName: string;
  /** The day the new price applies from; null: now. */
  effectiveFrom: IsoDate | null;
  before: PricePoint;
  after: PricePoint;
}

export type RefusalField = 'location' | 'service' | 'minutes' | 'price' | 'effectiveFrom' | 'cell';
export interface CellRefusal {
  cell: CellRef;
  change: number;
  field: RefusalField;
  code: string;
  message: string;
}

export interface OfferingWrite {
  documentId: string;
  location: string;
  service: string;
  priceOverrides: { minutes: number; price: number; effectiveFrom: IsoDate | null }[];
  /** The cells of this write (and the change naming each), to name them when the write is refused after all. */
  cells: (CellRef & { change: number })[];
}

export interface ChangePlan {
  changes: CellChange[];
  unchanged: CellRef[];
  skipped: { cell: CellRef; reason: 'not-offered' }[];
  refusals: CellRefusal[];
  writes: OfferingWrite[];
}

export const cellKey = (c: CellRef) => `${c.location}|${c.service}|${c.minutes}`;
export const offeringKey = (location: string, service: string) => `${location}|${service}`;
const cellOf = (e: CellRef): CellRef => ({ location: e.location, service: e.service, minutes: e.minutes });

interface Row {
  minutes: number;
  cents: Cents;
  from: IsoDate | null;
}

/** The rows as they stand today: the row in effect becomes the undated one, past and shadowed rows go. */
export function foldRows(rows: readonly PriceOverride[], today: IsoDate): Row[] {
  const result: Row[] = [];
  const lengths = [...new Set(rows.map((r) => r.minutes))];
  for (const minutes of lengths) {
    const now = overrideIndexOn(rows, minutes, today);
    if (now !== -1) result.push({ minutes, cents: toCents(rows[now].price, 'price'), from: null });
    const future = new Map<IsoDate, Row>();
    for (const r of rows) {
      const from = r.effectiveFrom ?? null;
      if (r.minutes !== minutes || from === null || compareDates(from, today) <= 0 || future.has(from)) continue;
      future.set(from, { minutes, cents: toCents(r.price, 'price'), from });
    }
    result.push(...future.values());
  }
  return result;
}

const asOverrides = (rows: readonly Row[]): PriceOverride[] => rows.map((r) => ({ minutes: r.minutes, price: fromCents(r.cents), effectiveFrom: r.from }));

function priceOn(rows: readonly Row[], minutes: number, day: IsoDate, baseCents: Cents, available: boolean): PricePoint {
  const overrides = asOverrides(rows);
  const i = overrideIndexOn(overrides, minutes, day);
  const source: PriceSource = !available ? 'unavailable' : i === -1 ? 'base' : 'override';
  return { priceCents: i === -1 ? baseCents : rows[i].cents, source };
}

function upsert(rows: Row[], minutes: number, from: IsoDate | null, cents: Cents | 'base'): Row[] {
  const rest = rows.filter((r) => !(r.minutes === minutes && r.from === from));
  return cents === 'base' ? rest : [...rest, { minutes, cents, from }];
}

const byMinutesThenDay = (a: Row, b: Row) =>
  a.minutes - b.minutes || (a.from === null ? -1 : b.from === null ? 1 : compareDates(a.from, b.from));

/** Refusals that need no price arithmetic: unknown or foreign location, unknown service or length, a cell named twice. */
function admissionRefusal(edit: CellEdit, input: PlanInput, seen: Set<string>, day: IsoDate | null): CellRefusal | null {
  const refuse = (field: RefusalField, code: string, message: string): CellRefusal => ({ cell: cellOf(edit), change: edit.change, field, code, message });
  const location = input.locations.get(edit.location);
  if (!location) return refuse('location', 'not-found', 'no such location');
  if (!location.writable) return refuse('location', 'not-your-franchise', 'This location belongs to another franchise.');
  const service = input.services.get(edit.service);
  if (!service) return refuse('service', 'not-found', 'no such service');
  if (!service.variants.some((v) => v.minutes === edit.minutes)) {
    const known = [...new Set(service.variants.map((v) => v.minutes))].sort((a, b) => a - b).join(', ') || 'none';
    return refuse('minutes', 'unknown-variant', `${service.name} has no ${edit.minutes}-minute variant (lengths: ${known})`);
  }
  const key = `${cellKey(edit)}|${day ?? 'now'}`;
  if (seen.has(key)) return refuse('cell', 'conflict', day ? `this cell is changed twice from ${day}` : 'this cell is changed twice');
  seen.add(key);
  if ((input.offerings.get(offeringKey(edit.location, edit.service)) ?? []).length > 1) {
    return refuse('cell', 'duplicate', `${location.name} has several offerings of ${service.name}: merge them first`);
  }
  return null;
}

export function planChanges(input: PlanInput): ChangePlan {
  const plan: ChangePlan = { changes: [], unchanged: [], skipped: [], refusals: [], writes: [] };
  const seen = new Set<string>();
  const admitted = new Map<string, { edit: CellEdit; day: IsoDate | null }[]>();
  for (const edit of input.edits) {
    const location = input.locations.get(edit.location);
    // A day that has come at the location (its own calendar) is no schedule: the change applies now.
    const day = location && edit.effectiveFrom && compareDates(edit.effectiveFrom, location.today) > 0 ? edit.effectiveFrom : null;
    const refusal = admissionRefusal(edit, input, seen, day);
    if (refusal) {
      plan.refusals.push(refusal);
      continue;
    }
    const key = offeringKey(edit.location, edit.service);
    if ((input.offerings.get(key) ?? []).length === 0) {
      plan.skipped.push({ cell: cellOf(edit), reason: 'not-offered' });
      continue;
    }
    admitted.set(key, [...(admitted.get(key) ?? []), { edit, day }]);
  }

  for (const [key, edits] of admitted) {
    const [offering] = input.offerings.get(key)!;
    const { edit: first } = edits[0];
    const location = input.locations.get(first.location)!;
    const service = input.services.get(first.service)!;
    const base = new Map(service.variants.map((v) => [v.minutes, toCents(v.basePrice, 'basePrice')]));
    const original = foldRows(offering.priceOverrides, location.today);
    let rows = original;
    const results: { edit: CellEdit; day: IsoDate | null }[] = [];
    // Changes that apply now first, then scheduled ones by day: a scheduled change builds on the price it follows.
    const ordered = [...edits].sort((a, b) => (a.day === null ? -1 : b.day === null ? 1 : compareDates(a.day, b.day)));
    let refused = false;
    for (const { edit, day } of ordered) {
      const current = priceOn(rows, edit.minutes, day ?? location.today, base.get(edit.minutes)!, true);
      const result = applyOperation(current.priceCents, edit.operation);
      if (!result.ok) {
        plan.refusals.push({ cell: cellOf(edit), change: edit.change, field: 'price', code: result.problem.code, message: result.problem.message });
        refused = true;
        continue;
      }
      rows = upsert(rows, edit.minutes, day, result.priceCents);
      results.push({ edit, day });
    }
    if (refused) continue;
    rows = [...rows].sort(byMinutesThenDay);
    // The same rules as every write of an offering, on the rows that will be stored.
    const problems = validatePriceOverrides(service.variants, asOverrides(rows));
    for (const p of problems) {
      const row = rows[Number(p.path.split('.')[1])];
      const edit = results.find((r) => r.edit.minutes === row?.minutes)?.edit ?? first;
      plan.refusals.push({ cell: cellOf(edit), change: edit.change, field: p.path.endsWith('.minutes') ? 'minutes' : 'price', code: p.code, message: p.message });
    }
    if (problems.length > 0) continue;

    let changed = false;
    for (const { edit, day } of results) {
      const onDay = day ?? location.today;
      const baseCents = base.get(edit.minutes)!;
      const before = priceOn(original, edit.minutes, onDay, baseCents, offering.available);
      const after = priceOn(rows, edit.minutes, onDay, baseCents, offering.available);
      const overriddenBefore = overrideIndexOn(asOverrides(original), edit.minutes, onDay) !== -1;
      const overriddenAfter = overrideIndexOn(asOverrides(rows), edit.minutes, onDay) !== -1;
      if (before.priceCents === after.priceCents && before.source === after.source && overriddenBefore === overriddenAfter) {
        plan.unchanged.push(cellOf(edit));
        continue;
      }
      changed = true;
      plan.changes.push({ cell: cellOf(edit), locationName: location.name, serviceName: service.name, effectiveFrom: day, before, after });
    }
    if (changed) {
      plan.writes.push({
        documentId: offering.documentId,
        location: first.location,
        service: first.service,
        priceOverrides: rows.map((r) => ({ minutes: r.minutes, price: fromCents(r.cents), effectiveFrom: r.from })),
        cells: results.map((r) => ({ ...cellOf(r.edit), change: r.edit.change })),
      });
    }
  }
  return plan;
}
