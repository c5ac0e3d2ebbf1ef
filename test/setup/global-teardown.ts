export default async function globalTeardown() {
  const app = (globalThis as any).__STRAPI__;
  if (app) await app.destroy();
}
