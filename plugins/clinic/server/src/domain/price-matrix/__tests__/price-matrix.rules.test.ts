import fc from 'fast-check';
import { applyOperation, percentOf } from '../price-operation.rules';
import { matrixCell } from '../matrix-cell.rules';
import { cellKey, foldRows, planChanges, type CellEdit, type PlanInput, type PlanOffering } from '../change-plan.rules';
import { cellEdits, changesBodySchema, matrixQuerySchema } from '../matrix-request.schema';
import { effectiveVariants, type PriceOverride } from '../../pricing.rules';

const TODAY = '2026-12-02';
const massage = { documentId: 'svc-massage', name: 'Therapeutic massage', variants: [{ minutes: 30, basePrice: 55 }, { minutes: 60, basePrice: 95 }, { minutes: 90, basePrice: 135 }] };
const location = (documentId: string, writable = true) => ({ documentId, name: `Clinic ${documentId}`, today: TODAY, writable });

const input = (edits: CellEdit[], offerings: Record<string, PlanOffering[]>, locations = [location('buckhead'), location('decatur')]): PlanInput => ({
  edits,
  locations: new Map(locations.map((l) => [l.documentId, l])),
  services: new Map([[massage.documentId, massage]]),
  offerings: new Map(Object.entries(offerings)),
});
const offering = (documentId: string, priceOverrides: PriceOverride[] = [], available = true): PlanOffering => ({ documentId, available, priceOverrides });
const edit = (over: Partial<CellEdit>): CellEdit => ({
  location: 'buckhead', service: massage.documentId, minutes: 60, operation: { kind: 'add', amountCents: 500 }, effectiveFrom: null, change: 0, ...over,
});

describe('Given a percentage change', () => {
  it('when the change falls on half a cent, then it rounds away from zero', () => {
    expect(percentOf(5, 1000)).toBe(1); // 0.5 cent
    expect(applyOperation(5, { kind: 'add-percent', basisPoints: 1000 })).toEqual({ ok: true, priceCents: 6 });
    expect(applyOperation(5, { kind: 'subtract-percent', basisPoints: 1000 })).toEqual({ ok: true, priceCents: 4 });
    expect(applyOperation(9500, { kind: 'add-percent', basisPoints: 1050 })).toEqual({ ok: true, priceCents: 10498 }); // 997.5 -> 998
  });

  it('property: minus a percentage never goes below zero, and plus then minus the same amount is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000 }), (cents, bp) => {
        const down = applyOperation(cents, { kind: 'subtract-percent', basisPoints: bp });
        expect(down.ok && down.priceCents !== 'base' && down.priceCents >= 0 && down.priceCents <= cents).toBe(true);
        const up = applyOperation(cents, { kind: 'add', amountCents: bp });
        const back = up.ok && up.priceCents !== 'base' ? applyOperation(up.priceCents, { kind: 'subtract', amountCents: bp }) : null;
        expect(back).toEqual({ ok: true, priceCents: cents });
      }),
    );
  });

  it('property: the result is the exact product rounded to the nearest cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }), (cents, bp) => {
        const exact = (cents * bp) / 10_000;
        expect(Math.abs(percentOf(cents, bp) - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('Given a matrix cell', () => {
  it('when the location has no offering, a switched-off one, an override or none, then the source says so', () => {
    const at = (offering: PlanOffering | null) => matrixCell({ minutes: 60, basePrice: 95, offering, day: TODAY });
    expect(at(null)).toMatchObject({ priceCents: null, source: 'not-offered', basePriceCents: 9500 });
    expect(at(offering('o'))).toMatchObject({ priceCents: 9500, source: 'base', overridden: false });
    expect(at(offering('o', [{ minutes: 60, price: 105 }]))).toMatchObject({ priceCents: 10500, source: 'override', overridden: true });
    expect(at(offering('o', [{ minutes: 60, price: 105 }], false))).toMatchObject({ priceCents: 10500, source: 'unavailable', overridden: true });
  });

  it('when a change is scheduled, then the price before its day is today’s and it is shown as upcoming; from its day it is the price', () => {
    const o = offering('o', [{ minutes: 60, price: 105 }, { minutes: 60, price: 110, effectiveFrom: '2027-01-01' }]);
    expect(matrixCell({ minutes: 60, basePrice: 95, offering: o, day: '2026-12-31' })).toMatchObject({ priceCents: 10500, upcoming: { priceCents: 11000, from: '2027-01-01' } });
    expect(matrixCell({ minutes: 60, basePrice: 95, offering: o, day: '2027-01-01' })).toMatchObject({ priceCents: 11000, upcoming: null });
  });
});

describe('Given a batch of price changes', () => {
  it('when Georgia’s 60-minute price goes up $5, then each changed cell is listed with before and after, and one write per offering', () => {
    const plan = planChanges(input([edit({}), edit({ location: 'decatur' })], {
      'buckhead|svc-massage': [offering('o-b', [{ minutes: 60, price: 105 }, { minutes: 90, price: 150 }])],
      'decatur|svc-massage': [offering('o-d')],
    }));

    expect(plan.refusals).toEqual([]);
    expect(plan.changes.map((c) => [c.cell.location, c.before, c.after])).toEqual([
      ['buckhead', { priceCents: 10500, source: 'override' }, { priceCents: 11000, source: 'override' }],
      ['decatur', { priceCents: 9500, source: 'base' }, { priceCents: 10000, source: 'override' }],
    ]);
    expect(plan.writes.map((w) => [w.documentId, w.priceOverrides])).toEqual([
      ['o-b', [{ minutes: 60, price: 110, effectiveFrom: null }, { minutes: 90, price: 150, effectiveFrom: null }]],
      ['o-d', [{ minutes: 60, price: 100, effectiveFrom: null }]],
    ]);
  });

  it('when a reset meets a cell at base, then it is unchanged and nothing is written', () => {
    const plan = planChanges(input([edit({ location: 'decatur', operation: { kind: 'reset' } })], { 'decatur|svc-massage': [offering('o-d')] }));
    expect(plan).toMatchObject({ changes: [], unchanged: [{ location: 'decatur', minutes: 60 }], writes: [] });
  });

  it('when one cell would go negative, then that cell is refused, naming the price', () => {
    const plan = planChanges(input([edit({ operation: { kind: 'subtract', amountCents: 20_000 } })], { 'buckhead|svc-massage': [offering('o-b')] }));
    expect(plan.refusals).toEqual([expect.objectContaining({ cell: { location: 'buckhead', service: 'svc-massage', minutes: 60 }, field: 'price', code: 'negative-amount' })]);
    expect(plan.writes).toEqual([]);
  });

  it('when a length the service lacks, a foreign location, an unknown location or a cell named twice is asked for, then each is refused by field', () => {
    const plan = planChanges(input(
      [edit({ minutes: 45 }), edit({ location: 'savannah' }), edit({ location: 'nowhere' }), edit({}), edit({ change: 1 })],
      { 'buckhead|svc-massage': [offering('o-b')], 'savannah|svc-massage': [offering('o-s')] },
      [location('buckhead'), location('savannah', false)],
    ));
    expect(plan.refusals.map((r) => [r.cell.location, r.field, r.code, r.change])).toEqual([
      ['buckhead', 'minutes', 'unknown-variant', 0],
      ['savannah', 'location', 'not-your-franchise', 0],
      ['nowhere', 'location', 'not-found', 0],
      ['buckhead', 'cell', 'conflict', 1],
    ]);
  });

  it('when a location has no offering of the service, then its cell is skipped, not refused', () => {
    const plan = planChanges(input([edit({})], {}));
    expect(plan).toMatchObject({ skipped: [{ cell: { location: 'buckhead' }, reason: 'not-offered' }], refusals: [], writes: [] });
  });

  it('when a change is scheduled, then today’s price stays, a dated row is written, and before/after are the prices on that day', () => {
    const plan = planChanges(input([edit({ operation: { kind: 'set', priceCents: 12000 }, effectiveFrom: '2027-01-01' })], {
      'buckhead|svc-massage': [offering('o-b', [{ minutes: 60, price: 105 }])],
    }));
    expect(plan.changes).toEqual([expect.objectContaining({ effectiveFrom: '2027-01-01', before: { priceCents: 10500, source: 'override' }, after: { priceCents: 12000, source: 'override' } })]);
    expect(plan.writes[0].priceOverrides).toEqual([{ minutes: 60, price: 105, effectiveFrom: null }, { minutes: 60, price: 120, effectiveFrom: '2027-01-01' }]);
  });

  it('when the scheduled day has already come at the location, then the change applies now', () => {
    const plan = planChanges(input([edit({ operation: { kind: 'set', priceCents: 12000 }, effectiveFrom: TODAY })], { 'buckhead|svc-massage': [offering('o-b')] }));
    expect(plan.writes[0].priceOverrides).toEqual([{ minutes: 60, price: 120, effectiveFrom: null }]);
  });

  it('property: the written rows give every named cell its new price and every other length its old price, today and on the day', () => {
    const rowArb = fc.record({
      minutes: fc.constantFrom(30, 60, 90),
      price: fc.integer({ min: 0, max: 50_000 }).map((c) => c / 100),
      effectiveFrom: fc.option(fc.constantFrom('2026-11-01', '2026-12-02', '2027-01-01', '2027-02-01'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 6 }), fc.constantFrom(30, 60, 90), fc.integer({ min: 0, max: 50_000 }), fc.option(fc.constantFrom('2027-01-01', '2027-03-01'), { nil: null }),
        (stored, minutes, priceCents, effectiveFrom) => {
          // Stored data passed validation: one row per length and day.
          const unique = [...new Map(stored.map((r) => [`${r.minutes}|${r.effectiveFrom}`, r])).values()];
          const o = offering('o', unique);
          const plan = planChanges(input([edit({ minutes, operation: { kind: 'set', priceCents }, effectiveFrom })], { 'buckhead|svc-massage': [o] }));
          expect(plan.refusals).toEqual([]);
          const written = plan.writes[0]?.priceOverrides ?? unique;
          const priceOn = (rows: PriceOverride[], m: number, day: string) => effectiveVariants({ variants: massage.variants, offering: { available: true, priceOverrides: rows }, day }).find((v) => v.minutes === m)!.priceCents;
          for (const day of [TODAY, '2027-01-01', '2027-02-15', '2027-03-01']) {
            for (const m of [30, 60, 90]) {
              const named = m === minutes && (effectiveFrom === null || day >= effectiveFrom) && !(effectiveFrom === null && unique.some((r) => r.minutes === m && r.effectiveFrom && r.effectiveFrom > TODAY && r.effectiveFrom <= day)) && !(effectiveFrom !== null && unique.some((r) => r.minutes === m && r.effectiveFrom && r.effectiveFrom > effectiveFrom && r.effectiveFrom <= day));
              expect(priceOn(written, m, day)).toBe(named ? priceCents : priceOn(unique, m, day));
            }
          }
        }),
    );
  });

  it('foldRows keeps the row in effect as the undated one and every future row', () => {
    expect(foldRows([{ minutes: 60, price: 90 }, { minutes: 60, price: 100, effectiveFrom: '2026-11-01' }, { minutes: 60, price: 110, effectiveFrom: '2027-01-01' }], TODAY)).toEqual([
      { minutes: 60, cents: 10000, from: null },
      { minutes: 60, cents: 11000, from: '2027-01-01' },
    ]);
  });
});

describe('Given the request schemas', () => {
  it('when a query has an unknown filter or a page too large, then the field is named', () => {
    const bad = matrixQuerySchema.safeParse({ franchize: 'x', pageSize: '500' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.') || i.code)).toEqual(expect.arrayContaining(['pageSize', 'unrecognized_keys']));
    expect(matrixQuerySchema.parse({ state: 'GA' })).toEqual({ state: 'GA', page: 1, pageSize: 50 });
  });

  it('when a body names locations and lengths, then one edit per cell comes out, with cents and basis points', () => {
    const body = changesBodySchema.parse({ changes: [{ locations: ['a', 'b'], variants: [{ service: 's', minutes: 60 }], operation: { kind: 'add-percent', percent: 2.5 } }] });
    expect(cellEdits(body).map((e) => [cellKey(e), e.operation])).toEqual([
      ['a|s|60', { kind: 'add-percent', basisPoints: 250 }],
      ['b|s|60', { kind: 'add-percent', basisPoints: 250 }],
    ]);
  });

  it('when a price has 3 decimals, a location is an object or a reset is dated, then each is refused by path', () => {
    const paths = (body: unknown) => changesBodySchema.safeParse(body).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ changes: [{ locations: ['a'], variants: [{ service: 's', minutes: 60 }], operation: { kind: 'set', price: '1.234' } }] })).toEqual(['changes.0.operation.price']);
    expect(paths({ changes: [{ locations: [{ connect: ['a'] }], variants: [{ service: 's', minutes: 60 }], operation: { kind: 'reset' } }] })).toEqual(['changes.0.locations.0']);
    expect(paths({ changes: [{ locations: ['a'], variants: [{ service: 's', minutes: 60 }], operation: { kind: 'reset' }, effectiveFrom: '2027-01-01' }] })).toEqual(['changes.0.effectiveFrom']);
  });
});
