import fc from 'fast-check';
import { changesToMany, readToOneInput, RelationRef } from '../relation-input.rules';

/**
 * A model of what Strapi 5.54 stores on a to-one relation for an input, per action,
 * from @strapi/core's document-service relation transform (map-relation.js,
 * xto-one.js) and what was seen on the database: a plain reference wins over any
 * list beside it; a list or `set` keeps its last entry; `connect` stores all its
 * entries on create and the first on update; a `set` (even empty) is applied alone.
 */
function strapiStores(value: unknown, action: 'create' | 'update', current: string[]): string[] {
  const key = (entry: unknown): string => {
    if (typeof entry === 'number') return `id:${entry}`;
    if (typeof entry === 'string') return /^\d+$/.test(entry) ? `id:${Number(entry)}` : `doc:${entry}`;
    const o = entry as { documentId?: string; id?: number };
    return o.documentId ? `doc:${o.documentId}` : `id:${o.id}`;
  };
  const list = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
  if (value === undefined) return current;
  if (value === null) return [];
  if (Array.isArray(value)) return value.length === 0 ? [] : [key(value[value.length - 1])];
  if (typeof value !== 'object') return [key(value)];
  const o = value as Record<string, unknown>;
  if ('documentId' in o || 'id' in o) return [key(o)];
  if (o.set) return list(o.set).slice(-1).map(key); // toAssocs in @strapi/database: set alone, connect ignored
  const disconnected = new Set(list(o.disconnect).map(key));
  let stored = current.filter((k) => !disconnected.has(k));
  const connect = list(o.connect).map(key);
  if (connect.length > 0) stored = action === 'create' ? connect : [connect[0]];
  return stored;
}

const asKey = (ref: RelationRef) => (ref.kind === 'id' ? `id:${ref.value}` : `doc:${ref.value}`);

const documentId = fc.stringMatching(/^[a-z][a-z0-9]{5,23}$/);
const rowId = fc.integer({ min: 1, max: 100_000 });
const entry = fc.oneof(documentId, rowId, rowId.map(String), documentId.map((d) => ({ documentId: d })), rowId.map((id) => ({ id })),
  documentId.map((d) => ({ documentId: d, locale: null, position: { end: true } })));
const entries = fc.array(entry, { maxLength: 3 });
const relationInput = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  entry,
  entries,
  fc.record({ connect: entries, disconnect: entries }, { requiredKeys: [] }),
  fc.record({ set: entries, connect: entries, disconnect: entries }, { requiredKeys: [] }),
  fc.record({ connect: entry }),
  fc.tuple(documentId, entries).map(([d, connect]) => ({ documentId: d, connect })),
  fc.tuple(rowId, entries).map(([id, connect]) => ({ id, connect })),
);

describe('Given any relation input Strapi accepts for a to-one relation', () => {
  it('when it is read, then what it says (one target, none, unchanged) is what Strapi stores on create and on update alike', () => {
    fc.assert(
      fc.property(relationInput, (value) => {
        const read = readToOneInput(value);
        const current = ['doc:current'];
        const create = strapiStores(value, 'create', []);
        const update = strapiStores(value, 'update', current);
        if (read.kind === 'target') {
          expect(create).toEqual([asKey(read.ref)]);
          expect(update).toEqual([asKey(read.ref)]);
        } else if (read.kind === 'none') {
          expect(create).toEqual([]);
          expect(update).toEqual([]);
        } else if (read.kind === 'unchanged') {
          expect(update).toEqual(current);
        } else if (read.kind === 'disconnect') {
          expect(update).toEqual(read.refs.some((r) => asKey(r) === 'doc:current') ? [] : current);
        }
      }),
    );
  });

  it('when it names two targets in any shape, then it is refused as several targets', () => {
    fc.assert(
      fc.property(entry, entry, fc.constantFrom('connect', 'set', 'list', 'plain+connect', 'set+connect'), (a, b, shape) => {
        const value =
          shape === 'connect' ? { connect: [a, b] }
          : shape === 'set' ? { set: [a, b] }
          : shape === 'list' ? [a, b]
          : shape === 'set+connect' ? { set: [a], connect: [b] }
          : { documentId: 'plain1', connect: [b] };
        expect(readToOneInput(value)).toMatchObject({ kind: 'refused', reason: 'several-targets' });
      }),
    );
  });
});

describe('Given single references', () => {
  it.each([
    ['a documentId', 'abc123', { kind: 'documentId', value: 'abc123' }],
    ['a row id', 7, { kind: 'id', value: 7 }],
    ['a numeric string (a row id for Strapi)', '7', { kind: 'id', value: 7 }],
    ['{ documentId } with "7" (a documentId inside the object)', { documentId: '7' }, { kind: 'documentId', value: '7' }],
    ['{ documentId, id } (documentId first)', { documentId: 'abc', id: 9 }, { kind: 'documentId', value: 'abc' }],
    ['a single connect object', { connect: { documentId: 'c' } }, { kind: 'documentId', value: 'c' }],
  ])('when it is %s, then the target is read', (_, value, ref) => {
    expect(readToOneInput(value)).toEqual({ kind: 'target', ref });
  });

  it.each([
    ['a string Strapi would parse as a number ("12abc")', '12abc'],
    ['zero', 0],
    ['a fraction', 1.5],
    ['an id beyond 32 bits', 2 ** 31],
    ['an object without any reference', { name: 'x' }],
    ['a boolean', true],
    ['a nested list in connect', { connect: [['a']] }],
  ])('when it is %s, then it is refused as unreadable', (_, value) => {
    expect(readToOneInput(value)).toMatchObject({ kind: 'refused', reason: 'unreadable' });
  });

  it.each([
    ['an empty set beside a connect (Strapi applies the set: none)', { set: [], connect: ['a'] }],
    ['a set beside a connect', { set: ['a'], connect: ['b'] }],
  ])('when it is %s, then it is refused rather than read either way', (_, value) => {
    expect(readToOneInput(value)).toMatchObject({ kind: 'refused', reason: 'several-targets' });
  });
});

describe('Given a to-many input on the inverse side', () => {
  it.each([
    ['absent', undefined, false],
    ['empty connect and disconnect (the admin panel, untouched)', { connect: [], disconnect: [] }, false],
    ['set to nothing', { set: [] }, true],
    ['a disconnect', { disconnect: ['a'] }, true],
    ['a connect', { connect: ['a'] }, true],
    ['a plain list', [], true],
    ['null', null, true],
  ])('when it is %s, then it changes the links: %s', (_, value, changes) => {
    expect(changesToMany(value)).toBe(changes);
  });
});
