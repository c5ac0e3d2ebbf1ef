import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // Login throttling; the test suite logs in many users in a few seconds and turns it off.
  rateLimit: {
    enabled: env.bool('ADMIN_RATE_LIMIT', true),
  },
  // Draft preview (README "Draft preview"): the content manager's Preview button opens the
  // example site's /preview route with a short-lived token for the document, issued by the
  // clinic plugin to the admin user who asked (null: no button for types with no site page).
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [new URL(env('CLINIC_SITE_URL', 'http://localhost:3000')).origin],
      handler: (uid: string, params: { documentId?: string; locale?: string | null; status?: string }) =>
        strapi.plugin('clinic').service<{ previewUrl: (u: string, p: typeof params) => Promise<string | null> }>('preview').previewUrl(uid, params),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
