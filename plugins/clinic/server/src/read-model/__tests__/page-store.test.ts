import knex, { type Knex } from 'knex';
import { dirtySince, ensurePageTable, markDirty, readMeta, readPageIfChanged, READ_MODEL_VERSION, writePages } from '../page-store';
import type { BuiltPage } from '../page.types';

const page = (key: string, body: unknown): BuiltPage => ({ kind: 'condition', key, body } as BuiltPage);

describe('page store (SQLite in memory)', () => {
  let db: Knex;
  beforeEach(async () => {
    db = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await ensurePageTable(db);
  });
  afterEach(() => db.destroy());

  it('given a build, then pages of older builds are gone and the meta row names the build', async () => {
    await writePages(db, [page('a', { v: 1 }), page('b', { v: 1 })], 'build-1');
    await writePages(db, [page('a', { v: 2 })], 'build-2');
    expect(await readPageIfChanged(db, 'condition', 'b', null)).toBeNull();
    expect(await readPageIfChanged(db, 'condition', 'a', null)).toEqual({ buildId: 'build-2', body: '{"v":2}' });
    expect(await readMeta(db)).toMatchObject({ version: READ_MODEL_VERSION, buildId: 'build-2' });
  });

  it('given the caller holds the current build, then the body is not sent again', async () => {
    await writePages(db, [page('a', { v: 1 })], 'build-1');
    expect(await readPageIfChanged(db, 'condition', 'a', 'build-1')).toEqual({ buildId: 'build-1', body: null });
  });

  it('given a duplicate key in one build, then the last one is stored instead of the upsert failing', async () => {
    await writePages(db, [page('a', { v: 1 }), page('a', { v: 2 })], 'build-1');
    expect((await readPageIfChanged(db, 'condition', 'a', null))?.body).toBe('{"v":2}');
  });

  it('a write mark survives a rebuild that started before it and is cleared by one that started after', async () => {
    await markDirty(db, '2026-11-27T10:00:05.000Z');
    await writePages(db, [page('a', {})], 'build-1', '2026-11-27T10:00:04.000Z'); // read the catalogue before the write
    expect(await dirtySince(db)).toBe('2026-11-27T10:00:05.000Z');
    await writePages(db, [page('a', {})], 'build-2', '2026-11-27T10:00:06.000Z');
    expect(await dirtySince(db)).toBeNull();
  });

  it('given a rebuild that started earlier finishes last, then it is dropped and the newer pages stay', async () => {
    expect(await writePages(db, [page('a', { v: 'new' })], 'build-new', '2026-11-27T10:00:10.000Z')).toBe(true);
    expect(await writePages(db, [page('a', { v: 'old' })], 'build-old', '2026-11-27T10:00:09.000Z')).toBe(false);
    expect((await readPageIfChanged(db, 'condition', 'a', null))?.body).toBe('{"v":"new"}');
  });
});
