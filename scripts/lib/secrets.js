// Fresh random values for every secret production requires (src/production-gate): for
// processes the tests, the benchmark and the load runs start in production mode.
const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(24).toString('base64');

const generatedSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  ENCRYPTION_KEY: secret(),
  JWT_SECRET: secret(),
  CLINIC_PREVIEW_SECRET: secret(),
});

module.exports = { generatedSecrets };
