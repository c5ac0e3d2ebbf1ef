/**
 * Issue 11 leftovers: the search index must not stay stale for ever when it misses a
 * page message (Redis away for a while, a subscriber reconnecting, instances without
 * Redis). Another instance's rebuild is played here as that instance's write to the
 * read model's table (a page changed, a page removed, the build named in the meta
 * row) with no message reaching this app: its search shows the change within the
 * catch-up interval (SITE_SEARCH_CATCH_UP_MS), and the restored rows again after.
 */
import { db, closeDb } from '../helpers/db';
import { eventually, site } from '../helpers/site-api';

const PAGES = 'clinic_site_pages';
const SERVICE = 'deep-tissue-massage';
const TECHNIQUE = 'trigger-point';
/** A word nothing in the demo chain holds. */
const WORD = 'quokkaquill';

const SEARCH = `query ($query: String!) { search(query: $query, page: { limit: 50 }) { items { kind title slug } } }`;
const hits = async (query: string) => {
  const res = await site<{ search: { items: { kind: string; title: string; slug: string }[] } }>(SEARCH, { query });
  expect(res.errors).toBeUndefined();
  return res.data!.search.items.map((h) => `${h.kind}:${h.slug}:${h.title}`);
};

interface Row {
  kind: string;
  key: string;
  body: string;
  build_id: string;
}
const row = async (kind: string, key: string) => (await db()(PAGES).where({ kind, key }).first()) as Row | undefined;

/** What another instance's rebuild leaves in the table: the rows, and the meta row naming its build. */
const writeAsAnotherInstance = async (buildId: string, change: (trx: ReturnType<typeof db>) => Promise<void>) => {
  await db().transaction(async (trx) => {
    await change(trx);
    const meta = JSON.parse((await trx(PAGES).where({ kind: 'meta', key: 'build' }).first()).body) as Record<string, unknown>;
    await trx(PAGES).where({ kind: 'meta', key: 'build' }).update({ body: JSON.stringify({ ...meta, buildId }), build_id: buildId });
  });
};

describe('the search index catches up on page changes whose message it missed', () => {
  let service: Row;
  let technique: Row;
  let meta: Row;

  beforeAll(async () => {
    service = (await row('service', SERVICE))!;
    technique = (await row('technique', TECHNIQUE))!;
    meta = (await row('meta', 'build'))!;
    expect([service, technique, meta].every(Boolean)).toBe(true);
  });

  afterAll(async () => {
    // The rows as they were, whatever the test reached.
    await db().transaction(async (trx) => {
      for (const r of [service, technique, meta]) await trx(PAGES).insert(r).onConflict(['kind', 'key']).merge(['body', 'build_id']);
    });
    await closeDb();
  });

  it('finds a renamed page and loses a removed one, then shows them restored', async () => {
    const renamed = `Deep Tissue ${WORD[0].toUpperCase()}${WORD.slice(1)} Massage`;
    const originalName = (JSON.parse(service.body) as { name: string }).name;
    const techniqueName = (JSON.parse(technique.body) as { name: string }).name;
    expect(await hits(WORD)).toEqual([]);
    expect(await hits(techniqueName)).toContain(`TECHNIQUE:${TECHNIQUE}:${techniqueName}`);

    const missed = `missed-${Date.now()}`;
    await writeAsAnotherInstance(missed, async (trx) => {
      await trx(PAGES).where({ kind: 'service', key: SERVICE }).update({ body: JSON.stringify({ ...JSON.parse(service.body), name: renamed }), build_id: missed });
      await trx(PAGES).where({ kind: 'technique', key: TECHNIQUE }).delete();
    });
    const found = await eventually(() => hits(WORD), (h) => h.length > 0, 20_000);
    expect(found).toEqual([`SERVICE:${SERVICE}:${renamed}`]);
    expect(await hits(techniqueName)).not.toContain(`TECHNIQUE:${TECHNIQUE}:${techniqueName}`);

    // Restored by a later build, again with no message.
    await writeAsAnotherInstance(`restored-${Date.now()}`, async (trx) => {
      await trx(PAGES).insert([service, technique]).onConflict(['kind', 'key']).merge(['body', 'build_id']);
    });
    expect(await eventually(() => hits(WORD), (h) => h.length === 0, 20_000)).toEqual([]);
    expect(await hits(techniqueName)).toContain(`TECHNIQUE:${TECHNIQUE}:${techniqueName}`);
    expect(await hits(originalName)).toContain(`SERVICE:${SERVICE}:${originalName}`);
  }, 60_000);
});
