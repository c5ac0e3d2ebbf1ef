import { z } from 'zod';

/** The plugin's `preview` config (config/plugins.ts: CLINIC_PREVIEW_SECRET, CLINIC_SITE_URL, CLINIC_PREVIEW_TTL_SECONDS). */
export const previewConfigSchema = z.object({
  /** HS256 key of the preview tokens; empty: preview is off (production requires it: src/production-gate). */
  secret: z.string(),
  /** The site whose /preview route the admin's Preview button opens. */
  siteUrl: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  /** How long a preview link works. */
  ttlSeconds: z.number().int().min(30).max(86_400),
});
export type PreviewConfig = z.infer<typeof previewConfigSchema>;

export const DEFAULT_PREVIEW_TTL_SECONDS = 600;
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The config as the plugin runs with it, or an Error naming the field. */
export const parsePreviewConfig = (input: unknown): PreviewConfig => {
  const parsed = previewConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`clinic: config.preview.${issue.path.map(String).join('.')} ${issue.message}, got ${JSON.stringify((input as Record<string, unknown> | undefined)?.[String(issue.path[0])])}`);
};
