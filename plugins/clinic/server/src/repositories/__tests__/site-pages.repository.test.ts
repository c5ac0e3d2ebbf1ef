import knex, { type Knex } from 'knex';
import { dependentsOf, ensurePageTable, readMeta, readPageIfChanged, READ_MODEL_VERSION, writePageSet } from '../site-pages.repository';
import type { PageId } from '../../read-model/page-id';
import type { BuiltPage } from '../../read-model/page.types';

const page = (key: string, body: unknown): BuiltPage => ({ kind: 'condition', key, body } as BuiltPage);
const write = (db: Knex, pages: BuiltPage[], buildId: string, removed: PageId[] = [], deps = new Map<PageId, string[]>()) =>
  db.transaction((trx) => writePageSet(trx, { pages, removed, deps, buildId }));

describe('page store (SQLite in memory)', () => {
  let db: Knex;
  beforeEach(async () => {
    db = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await ensurePageTable(db);
  });
  afterEach(() => db.destroy());

  it('given a removed page, then it is gone, the others stay and the meta row names the build', async () => {
    await write(db, [page('a', { v: 1 }), page('b', { v: 1 })], 'build-1');
    await write(db, [page('a', { v: 2 })], 'build-2', ['condition:b']);
    expect(await readPageIfChanged(db, 'condition', 'b', null)).toBeNull();
    expect(await readPageIfChanged(db, 'condition', 'a', null)).toEqual({ buildId: 'build-2', body: '{"v":2}' });
    expect(await readMeta(db)).toMatchObject({ version: READ_MODEL_VERSION, buildId: 'build-2' });
  });

  it('given a page built again with the same JSON, then it keeps its build and no new build is named', async () => {
    await write(db, [page('a', { v: 1 }), page('b', { v: 1 })], 'build-1');
    const result = await write(db, [page('a', { v: 1 }), page('b', { v: 2 })], 'build-2');
    expect(result.written).toEqual(['condition:b']);
    expect((await readPageIfChanged(db, 'condition', 'a', null))?.buildId).toBe('build-1');
    const unchanged = await write(db, [page('a', { v: 1 })], 'build-3');
    expect(unchanged).toEqual({ written: [], removed: [] });
    expect((await readMeta(db))?.buildId).toBe('build-2');
  });

  it('given the caller holds the current build, then the body is not sent again', async () => {
    await write(db, [page('a', { v: 1 })], 'build-1');
    expect(await readPageIfChanged(db, 'condition', 'a', 'build-1')).toEqual({ buildId: 'build-1', body: null });
  });

  it('given a duplicate key in one build, then the last one is stored instead of the upsert failing', async () => {
    await write(db, [page('a', { v: 1 }), page('a', { v: 2 })], 'build-1');
    expect((await readPageIfChanged(db, 'condition', 'a', null))?.body).toBe('{"v":2}');
  });

  it('the dependency index is replaced for the pages built and dropped for the pages removed', async () => {
    await write(db, [page('a', {}), page('b', {})], 'build-1', [], new Map<PageId, string[]>([['condition:a', ['service:s1', 'service:s2']], ['condition:b', ['service:s2']]]));
    expect(await dependentsOf(db, ['service:s2'])).toEqual(new Map([['service:s2', ['condition:a', 'condition:b']]]));
    await write(db, [page('a', { v: 2 })], 'build-2', ['condition:b'], new Map<PageId, string[]>([['condition:a', ['service:s1']]]));
    expect(await dependentsOf(db, ['service:s1', 'service:s2'])).toEqual(new Map([['service:s1', ['condition:a']]]));
  });
});
