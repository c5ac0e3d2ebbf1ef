/**
 * The preview token: an HS256 JWT (jose) naming ONE document (uid, documentId,
 * locale) and the admin user it was issued to, for a short time. Issued by the
 * admin's preview URL handler, verified by the site API on every preview request.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

export const PREVIEW_AUDIENCE = 'clinic-site-preview';
export const PREVIEW_ISSUER = 'clinic-admin';

export interface PreviewClaims {
  uid: string;
  documentId: string;
  locale: string | null;
  /** The admin user the token was issued to. */
  userId: string;
}

export interface VerifiedPreview extends PreviewClaims {
  expiresAt: Date;
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  uid: z.string().regex(/^plugin::clinic\.[a-z-]+$/),
  documentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  locale: z.string().min(1).max(35).nullable(),
  exp: z.number().int(),
});

export type PreviewTokenRefusal = 'expired' | 'bad-signature' | 'wrong-audience' | 'malformed' | 'not-configured' | 'revoked';

/** Why a token was refused, in words a developer acts on (the site API answers 401 with it). */
export const PREVIEW_TOKEN_MESSAGES: Record<PreviewTokenRefusal, string> = {
  expired: 'The preview token has expired: open the preview again from the admin panel for a new link.',
  'bad-signature': 'The preview token is not signed by this server (forged, altered, or from another environment).',
  'wrong-audience': `The token is not a preview token for the site API (audience must be "${PREVIEW_AUDIENCE}", issuer "${PREVIEW_ISSUER}").`,
  malformed: 'The Clinic-Preview header does not hold a valid preview token.',
  revoked: 'The admin user this preview token was issued to is no longer active.',
  'not-configured': 'Draft preview is not configured on this server (CLINIC_PREVIEW_SECRET is not set).',
};

export class PreviewTokenError extends Error {
  constructor(readonly reason: PreviewTokenRefusal) {
    super(PREVIEW_TOKEN_MESSAGES[reason]);
    this.name = 'PreviewTokenError';
  }
}

const keyOf = (secret: string) => {
  if (!secret) throw new PreviewTokenError('not-configured');
  return new TextEncoder().encode(secret);
};

/** A signed token for the claims, valid for `ttlSeconds` from `now`. */
export const issuePreviewToken = async (claims: PreviewClaims, options: { secret: string; ttlSeconds: number; now?: Date }) => {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = issuedAt + options.ttlSeconds;
  const token = await new SignJWT({ uid: claims.uid, documentId: claims.documentId, locale: claims.locale })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setAudience(PREVIEW_AUDIENCE)
    .setIssuer(PREVIEW_ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(exp)
    .sign(keyOf(options.secret));
  return { token, expiresAt: new Date(exp * 1000) };
};

/** The token's claims when it is ours, unaltered, for the site and not expired at `now`; else PreviewTokenError. */
export const verifyPreviewToken = async (token: string, options: { secret: string; now?: Date }): Promise<VerifiedPreview> => {
  const key = keyOf(options.secret);
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      audience: PREVIEW_AUDIENCE,
      issuer: PREVIEW_ISSUER,
      requiredClaims: ['exp', 'sub'],
      currentDate: options.now,
      clockTolerance: 0,
    }));
  } catch (error) {
    throw new PreviewTokenError(refusalOf(error));
  }
  const parsed = claimsSchema.safeParse(payload);
  if (!parsed.success) throw new PreviewTokenError('malformed');
  const { sub, uid, documentId, locale, exp } = parsed.data;
  return { uid, documentId, locale, userId: sub, expiresAt: new Date(exp * 1000) };
};

const refusalOf = (error: unknown): PreviewTokenRefusal => {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
  if (error instanceof errors.JWTClaimValidationFailed && (error.claim === 'aud' || error.claim === 'iss')) return 'wrong-audience';
  return 'malformed';
};
