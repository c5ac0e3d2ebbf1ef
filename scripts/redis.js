// Does Redis answer? The PostgreSQL integration run then uses it as the shared cache.
const Redis = require('ioredis');

const redisAnswers = async (url) => {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
};

module.exports = { redisAnswers };
