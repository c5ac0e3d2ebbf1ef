import { allowedOrigins, allowsCredentials, corsSettingsFromEnv, isAdminPath } from '../cors-policy';

describe('CORS policy', () => {
  it('tells admin APIs from public ones', () => {
    for (const path of ['/admin/access-token', '/admin', '/content-manager/collection-types/x', '/upload/files', '/clinic/licences/expiring']) {
      expect(isAdminPath(path)).toBe(true);
    }
    for (const path of ['/graphql', '/site/graphql', '/api/clinic/locations', '/administrator', '/_health']) {
      expect(isAdminPath(path)).toBe(false);
    }
  });

  it('allows credentials for the admin only', () => {
    expect(allowsCredentials('/admin/renew-token')).toBe(true);
    expect(allowsCredentials('/api/clinic/locations')).toBe(false);
    expect(allowsCredentials('/site/graphql')).toBe(false);
  });

  it('in production lists only configured site origins, and never a wildcard for the admin', () => {
    const settings = corsSettingsFromEnv({ NODE_ENV: 'production', CORS_SITE_ORIGINS: 'https://buckhead.example, https://savannah.example/', CORS_ADMIN_ORIGINS: '*' });
    expect(allowedOrigins(settings, '/site/graphql')).toEqual(['https://buckhead.example', 'https://savannah.example']);
    expect(allowedOrigins(settings, '/admin/access-token')).toEqual([]);
    expect(corsSettingsFromEnv({ NODE_ENV: 'production' }).siteOrigins).toEqual([]);
  });

  it('outside production any site origin may read the public APIs', () => {
    expect(corsSettingsFromEnv({ NODE_ENV: 'development' }).siteOrigins).toEqual(['*']);
  });
});
