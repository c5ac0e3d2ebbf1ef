import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import { createBuildVersion, FALLBACK_POLL_MS } from '../build-version';

/** Just what createBuildVersion uses of ioredis: subscribe, publish and connection events. */
class FakeRedis extends EventEmitter {
  published: string[] = [];
  failPublish = false;
  subscribe() {
    return Promise.resolve(1);
  }
  publish(_channel: string, message: string) {
    if (this.failPublish) return Promise.reject(new Error("Stream isn't writeable"));
    this.published.push(message);
    return Promise.resolve(1);
  }
}

const setup = (stored: { id: string | null }) => {
  const publisher = new FakeRedis();
  const subscriber = new FakeRedis();
  const errors: unknown[] = [];
  const version = createBuildVersion(
    { publisher: publisher as unknown as Redis, subscriber: subscriber as unknown as Redis },
    () => Promise.resolve(stored.id),
    (e) => errors.push(e),
  );
  return { publisher, subscriber, version, errors };
};

describe('build version across instances', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('learns a build announced by another instance through pub/sub', () => {
    const { subscriber, version } = setup({ id: null });
    subscriber.emit('message', 'clinic:site:build', 'b2');
    expect(version.current()).toBe('b2');
  });

  it('reads the build from the database while the subscriber is disconnected, and once more on reconnect', async () => {
    const stored = { id: 'b1' as string | null };
    const { subscriber, version } = setup(stored);
    version.adopt('b1');
    subscriber.emit('close');
    stored.id = 'b2'; // another instance rebuilt; its message is lost
    await jest.advanceTimersByTimeAsync(FALLBACK_POLL_MS);
    expect(version.current()).toBe('b2');

    stored.id = 'b3';
    subscriber.emit('ready');
    await jest.advanceTimersByTimeAsync(0);
    expect(version.current()).toBe('b3');
    stored.id = 'b4';
    await jest.advanceTimersByTimeAsync(FALLBACK_POLL_MS * 3);
    expect(version.current()).toBe('b3'); // polling stopped: pub/sub carries the next one
    version.stop();
  });

  it('an announcement that cannot be published still moves this instance and is reported, not thrown', async () => {
    const { publisher, version, errors } = setup({ id: null });
    publisher.failPublish = true;
    await expect(version.announce('b9')).resolves.toBeUndefined();
    expect(version.current()).toBe('b9');
    expect(errors).toHaveLength(1);
  });
});
