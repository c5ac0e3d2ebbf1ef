import { inputShapeProblems } from '../input-shape';
import { defaultsOf, fromStored, mergeDocument, mergeToOne, ModelLike, UNRESOLVED } from '../merge';

const item: ModelLike = {
  attributes: {
    service: { type: 'relation', relation: 'oneToOne', target: 'plugin::clinic.service' },
    minutes: { type: 'integer' },
    count: { type: 'integer', default: 1 },
  },
};
const bundle: ModelLike = {
  attributes: {
    name: { type: 'string' },
    priceRule: { type: 'enumeration', default: 'fixed' },
    items: { type: 'component', component: 'clinic.bundle-item', repeatable: true },
    validFrom: { type: 'date' },
    techniques: { type: 'relation', relation: 'manyToMany', target: 'plugin::clinic.technique' },
  },
};
const deps = {
  component: () => item,
  documentIdOf: (_target: string, id: number) => Promise.resolve(id === 7 ? 'svc7' : null),
};
const stored = fromStored(bundle, {
  id: 1, name: 'Full reset', priceRule: 'fixed', validFrom: '2026-01-01',
  items: [{ id: 11, service: { id: 7, documentId: 'svc7' }, minutes: 60, count: 3 }],
}, deps);

describe('merging a write into the stored draft', () => {
  it('keeps what the patch does not name', async () => {
    expect(await mergeDocument(bundle, stored, { name: 'Renamed' }, deps)).toMatchObject({
      name: 'Renamed', priceRule: 'fixed', items: [{ service: 'svc7', minutes: 60, count: 3 }],
    });
  });

  it('updates a component sent with its id field by field, and starts a new one from the defaults', async () => {
    const merged = await mergeDocument(bundle, stored, { items: [{ id: 11, minutes: 90 }, { service: 'svc9', minutes: 30 }] }, deps);
    expect(merged.items).toEqual([
      { id: 11, service: 'svc7', minutes: 90, count: 3 },
      { service: 'svc9', minutes: 30, count: 1 },
    ]);
  });

  it('starts a new document from the schema defaults', async () => {
    expect(await mergeDocument(bundle, defaultsOf(bundle), { name: 'New' }, deps)).toEqual({ name: 'New', priceRule: 'fixed' });
  });

  it('reads dates given as Date objects as calendar dates', async () => {
    expect((await mergeDocument(bundle, stored, { validFrom: new Date('2026-03-04T00:00:00Z') }, deps)).validFrom).toBe('2026-03-04');
  });

  it.each([
    [undefined, 'svc7'],
    [null, null],
    ['svcX', 'svcX'],
    [7, 'svc7'],
    [8, UNRESOLVED],
    [{ documentId: 'svcY' }, 'svcY'],
    [[], null],
    [['a', 'b'], UNRESOLVED], // several targets: refused by the input-shape check before any merge
    [{ connect: [{ id: 7, documentId: 'svc7' }] }, 'svc7'],
    [{ connect: [], disconnect: [{ documentId: 'svc7' }] }, null],
    [{ disconnect: [{ documentId: 'other' }] }, 'svc7'],
    [{ set: [] }, null],
    [{ nonsense: true }, UNRESOLVED],
  ])('a to-one relation given as %p holds %p', async (input, expected) => {
    expect(await mergeToOne('svc7', input, 'plugin::clinic.service', deps)).toBe(expected);
  });
});

describe('raw input checks', () => {
  const at = (data: unknown) => inputShapeProblems(bundle, data, deps).map((p: { path: string }) => p.path);
  it('refuses what would make the database or Strapi fail instead of refusing', () => {
    expect(at({ name: 'a\u0000b' })).toEqual(['name']);
    expect(at({ toString: false, items: [{ constructor: 1 }] })).toEqual(['toString', 'items.0.constructor']);
    expect(at({ techniques: [-4368022451152618], items: [{ service: { documentId: 5 } }] })).toEqual(['items.0.service', 'techniques']);
    expect(at({ name: 'ok', techniques: { connect: ['abc', 7] }, items: [{ service: 'svc7' }] })).toEqual([]);
  });
});
