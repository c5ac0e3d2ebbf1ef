import { SignJWT } from 'jose';
import { issuePreviewToken, PREVIEW_AUDIENCE, PREVIEW_ISSUER, PreviewTokenError, verifyPreviewToken } from '../preview-token';

const SECRET = 'k3J9vQ2mX8rT5wZp1L7n';
const CLAIMS = { uid: 'plugin::clinic.offering', documentId: 'abc123def456', locale: null, userId: '7' };
const NOW = new Date('2026-12-02T14:00:00Z');

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (error instanceof PreviewTokenError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('preview tokens', () => {
  it('given a token issued for one document, when verified within its lifetime, then it names that document, the user and the expiry', async () => {
    const { token, expiresAt } = await issuePreviewToken(CLAIMS, { secret: SECRET, ttlSeconds: 600, now: NOW });
    expect(expiresAt.toISOString()).toBe('2026-12-02T14:10:00.000Z');
    const verified = await verifyPreviewToken(token, { secret: SECRET, now: new Date('2026-12-02T14:09:59Z') });
    expect(verified).toEqual({ ...CLAIMS, expiresAt });
  });

  it('refuses a token past its expiry, saying it expired', async () => {
    const { token } = await issuePreviewToken(CLAIMS, { secret: SECRET, ttlSeconds: 600, now: NOW });
    const refused = await refusal(verifyPreviewToken(token, { secret: SECRET, now: new Date('2026-12-02T14:10:01Z') }));
    expect(refused.reason).toBe('expired');
    expect(refused.message).toMatch(/expired.*admin panel/);
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const { token } = await issuePreviewToken(CLAIMS, { secret: 'another-secret-of-20ch', ttlSeconds: 600, now: NOW });
    expect((await refusal(verifyPreviewToken(token, { secret: SECRET, now: NOW }))).reason).toBe('bad-signature');
  });

  it('refuses a token whose claims were altered after signing (another document)', async () => {
    const { token } = await issuePreviewToken(CLAIMS, { secret: SECRET, ttlSeconds: 600, now: NOW });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = [header, b64({ ...claims, documentId: 'someoneelse99' }), signature].join('.');
    expect((await refusal(verifyPreviewToken(tampered, { secret: SECRET, now: NOW }))).reason).toBe('bad-signature');
  });

  it('refuses an unsigned token (alg none) and garbage', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...CLAIMS, sub: '7', aud: PREVIEW_AUDIENCE, iss: PREVIEW_ISSUER, exp: 1_900_000_000 })}.`;
    expect((await refusal(verifyPreviewToken(unsigned, { secret: SECRET, now: NOW }))).reason).toBe('malformed');
    expect((await refusal(verifyPreviewToken('not a token', { secret: SECRET, now: NOW }))).reason).toBe('malformed');
    expect((await refusal(verifyPreviewToken('', { secret: SECRET, now: NOW }))).reason).toBe('malformed');
  });

  it('refuses a token of the same secret made for another audience', async () => {
    const key = new TextEncoder().encode(SECRET);
    const other = await new SignJWT({ uid: CLAIMS.uid, documentId: CLAIMS.documentId, locale: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('7')
      .setAudience('some-other-service')
      .setIssuer(PREVIEW_ISSUER)
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(key);
    const refused = await refusal(verifyPreviewToken(other, { secret: SECRET, now: NOW }));
    expect(refused.reason).toBe('wrong-audience');
    expect(refused.message).toContain(PREVIEW_AUDIENCE);
  });

  it('refuses a signed token whose claims do not name a clinic document', async () => {
    const key = new TextEncoder().encode(SECRET);
    const odd = await new SignJWT({ uid: 'admin::user', documentId: CLAIMS.documentId, locale: null })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('7')
      .setAudience(PREVIEW_AUDIENCE)
      .setIssuer(PREVIEW_ISSUER)
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 600)
      .sign(key);
    expect((await refusal(verifyPreviewToken(odd, { secret: SECRET, now: NOW }))).reason).toBe('malformed');
  });

  it('issues and accepts nothing without a secret', async () => {
    expect((await refusal(issuePreviewToken(CLAIMS, { secret: '', ttlSeconds: 600 }))).reason).toBe('not-configured');
    expect((await refusal(verifyPreviewToken('a.b.c', { secret: '' }))).reason).toBe('not-configured');
  });
});
