/**
 * Which origins may call which part of the app from a browser, and with which
 * credentials. Location sites (site origins) read the public APIs without
 * credentials; the admin panel's APIs, which authenticate with a refresh cookie,
 * answer only the admin's own origins. Plain TypeScript over a path, unit-tested.
 */
export interface CorsSettings {
  /** Origins of the location sites (CORS_SITE_ORIGINS); '*' allows any, for development. */
  siteOrigins: string[];
  /** Origins the admin panel is served from when not the app's own (CORS_ADMIN_ORIGINS). */
  adminOrigins: string[];
}

/** Route prefixes of the admin panel's APIs (admin auth, content manager, upload, plugin admin routes). */
const ADMIN_PREFIXES = ['/admin', '/content-manager', '/content-type-builder', '/upload', '/i18n', '/users-permissions', '/review-workflows', '/content-releases', '/clinic'];

/** Request headers a browser may send cross-origin: Strapi's defaults, the draft preview's token, Apollo's CSRF-prevention header. */
export const CORS_REQUEST_HEADERS = ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Clinic-Preview', 'Apollo-Require-Preflight'];

export const isAdminPath = (path: string) => ADMIN_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

export const allowedOrigins = (settings: CorsSettings, path: string): string[] => (isAdminPath(path) ? settings.adminOrigins : settings.siteOrigins);

export const allowsCredentials = (path: string) => isAdminPath(path);

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);

/**
 * From the environment. Site origins default to any origin outside production (the
 * example site, Apollo Sandbox) and to none in production, where they must be
 * listed. An empty list still lets same-origin requests through: a browser sends
 * no CORS check for those.
 */
export const corsSettingsFromEnv = (env: Record<string, string | undefined>): CorsSettings => {
  const production = env.NODE_ENV === 'production';
  const sites = list(env.CORS_SITE_ORIGINS);
  return {
    siteOrigins: sites.length > 0 ? sites : production ? [] : ['*'],
    adminOrigins: list(env.CORS_ADMIN_ORIGINS).filter((o) => o !== '*'),
  };
};
