import { parsePreviewConfig } from '../preview-config';

const good = { secret: 'k3J9vQ2mX8rT5wZp1L7n', siteUrl: 'http://localhost:3000/', ttlSeconds: 600 };

describe('the preview config', () => {
  it('accepts the defaults, without the trailing slash of the site URL', () => {
    expect(parsePreviewConfig(good)).toEqual({ ...good, siteUrl: 'http://localhost:3000' });
  });

  it('allows an empty secret (preview off) outside production', () => {
    expect(parsePreviewConfig({ ...good, secret: '' }).secret).toBe('');
  });

  it.each([
    [{ ...good, ttlSeconds: 5 }, /config\.preview\.ttlSeconds/],
    [{ ...good, ttlSeconds: 1.5 }, /config\.preview\.ttlSeconds/],
    [{ ...good, ttlSeconds: Number.NaN }, /config\.preview\.ttlSeconds/],
    [{ ...good, siteUrl: 'localhost:3000' }, /config\.preview\.siteUrl/],
    [{ ...good, siteUrl: 'ftp://example.com' }, /config\.preview\.siteUrl/],
    [{ ...good, secret: undefined }, /config\.preview\.secret/],
  ])('refuses %p naming the field', (input, message) => {
    expect(() => parsePreviewConfig(input)).toThrow(message);
  });
});
