import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import type { PageId } from '../../../read-model/page-id';
import { ABSENT } from '../page-trace';
import { createPageVersions, MAX_LISTED_PAGES, PAGES_CHANNEL } from '../page-versions';

/** Just what page versions use of ioredis: subscribe, publish and connection events. */
class FakeRedis extends EventEmitter {
  published: string[] = [];
  subscribe() {
    return Promise.resolve(1);
  }
  publish(_channel: string, message: string) {
    this.published.push(message);
    return Promise.resolve(1);
  }
}

const A = 'location:buckhead' as PageId;
const B = 'service:deep-tissue' as PageId;

const setup = (withRedis: boolean) => {
  const stored = new Map<PageId, string>([[A, 'b1'], [B, 'b1']]);
  const reads: PageId[][] = [];
  const publisher = new FakeRedis();
  const subscriber = new FakeRedis();
  let clock = 0;
  const versions = createPageVersions({
    redis: withRedis ? { publisher: publisher as unknown as Redis, subscriber: subscriber as unknown as Redis } : null,
    readVersions: (ids) => {
      reads.push(ids);
      return Promise.resolve(new Map(ids.filter((id) => stored.has(id)).map((id) => [id, stored.get(id)!])));
    },
    onError: (e) => {
      throw e;
    },
    trustMs: 1000,
    now: () => clock,
  });
  return { stored, reads, publisher, subscriber, versions, tick: (ms: number) => (clock += ms) };
};
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('page versions', () => {
  it('checks an unknown page once against the database, then trusts it while subscribed', async () => {
    const { versions, reads } = setup(true);
    await settle();
    expect(await versions.current({ [A]: 'b1' })).toBe(true);
    expect(await versions.current({ [A]: 'b1' })).toBe(true);
    expect(reads).toEqual([[A]]);
  });

  it('a page another instance rebuilt is no longer current; the others stay current without a read', async () => {
    const { versions, subscriber, reads } = setup(true);
    await settle();
    await versions.current({ [A]: 'b1', [B]: 'b1' });
    subscriber.emit('message', PAGES_CHANNEL, JSON.stringify({ buildId: 'b2', written: [A], removed: [] }));
    expect(await versions.current({ [A]: 'b1' })).toBe(false);
    expect(await versions.current({ [A]: 'b2' })).toBe(true);
    expect(await versions.current({ [B]: 'b1' })).toBe(true);
    expect(reads).toHaveLength(1);
  });

  it('a removed page is absent; an absent page that appears invalidates', async () => {
    const { versions, stored } = setup(false);
    const NEW: PageId = 'practitioner:new';
    expect(await versions.current({ [NEW]: ABSENT })).toBe(true);
    await versions.announce({ buildId: 'b3', written: [NEW], removed: [A] });
    stored.set(NEW, 'b3');
    expect(await versions.current({ [NEW]: ABSENT })).toBe(false);
    expect(await versions.current({ [A]: ABSENT })).toBe(true);
  });

  it('without Redis, a version read from the database is trusted for trustMs, then read again', async () => {
    const { versions, stored, reads, tick } = setup(false);
    expect(await versions.current({ [A]: 'b1' })).toBe(true);
    stored.set(A, 'b9'); // another instance rebuilt it; no message reaches us
    tick(500);
    expect(await versions.current({ [A]: 'b1' })).toBe(true);
    tick(600);
    expect(await versions.current({ [A]: 'b1' })).toBe(false);
    expect(reads).toHaveLength(2);
  });

  it('after the subscriber dropped (messages lost), known versions are read again', async () => {
    const { versions, subscriber, stored, reads, tick } = setup(true);
    await settle();
    await versions.current({ [A]: 'b1' });
    subscriber.emit('close');
    stored.set(A, 'b5');
    tick(2000);
    expect(await versions.current({ [A]: 'b1' })).toBe(false);
    subscriber.emit('ready');
    await settle();
    expect(await versions.current({ [A]: 'b5' })).toBe(true);
    expect(reads).toHaveLength(2); // read 0 s ago
    tick(5000);
    // Read before the subscription came back (a change in between was not heard): read once more…
    expect(await versions.current({ [A]: 'b5' })).toBe(true);
    expect(reads).toHaveLength(3);
    tick(5000);
    // …then trusted while subscribed.
    expect(await versions.current({ [A]: 'b5' })).toBe(true);
    expect(reads).toHaveLength(3);
  });

  it('a database read that raced a change does not overwrite the newer version', async () => {
    const { stored, subscriber } = setup(true);
    await settle();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = createPageVersions({
      redis: { publisher: new FakeRedis() as unknown as Redis, subscriber: subscriber as unknown as Redis },
      readVersions: async (ids) => {
        const snapshot = new Map(ids.map((id) => [id, stored.get(id)!]));
        await gate;
        return snapshot;
      },
      onError: () => {},
    });
    await settle();
    const pending = slow.current({ [A]: 'b1' });
    subscriber.emit('message', PAGES_CHANNEL, JSON.stringify({ buildId: 'b2', written: [A], removed: [] }));
    release();
    expect(await pending).toBe(true); // what it read then
    expect(await slow.current({ [A]: 'b1' })).toBe(false); // but the message's b2 is kept
  });

  it('announces through Redis, listing pages up to a bound and "all" past it', async () => {
    const { versions, publisher } = setup(true);
    await versions.announce({ buildId: 'b2', written: [A], removed: [B] });
    const many = Array.from({ length: MAX_LISTED_PAGES + 1 }, (_, i) => `practitioner:p${i}` as PageId);
    await versions.announce({ buildId: 'b3', written: many, removed: [] });
    expect(publisher.published.map((m) => JSON.parse(m) as unknown)).toEqual([
      { buildId: 'b2', written: [A], removed: [B] },
      { buildId: 'b3', written: 'all', removed: [] },
    ]);
    expect(await versions.current({ [A]: 'b2' })).toBe(false); // "all": A is read again (b1 stored in this fake)
  });
});
