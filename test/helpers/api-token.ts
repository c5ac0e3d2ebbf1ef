import crypto from 'node:crypto';
import { asAdmin, rest } from './http';

let token: string | null = null;

/** A full-access API token, as an integration gets it from an admin (Settings > API Tokens). */
export const apiToken = async () => {
  if (token) return token;
  const res = await rest(
    'POST',
    '/admin/api-tokens',
    { name: `integration ${crypto.randomUUID()}`, description: 'integration tests', type: 'full-access', lifespan: null },
    await asAdmin(),
  );
  if (res.status !== 201) throw new Error(`creating an API token failed: ${res.status} ${JSON.stringify(res.body)}`);
  token = res.body.data.accessKey as string;
  return token;
};

export const asIntegration = async () => ({ authorization: `Bearer ${await apiToken()}` });
