import { surrogateKeys } from '../surrogate-keys';

describe('Surrogate-Key header', () => {
  it('names site and every page once, as keys a purge URL can carry', () => {
    expect(surrogateKeys(['location:buckhead', 'service:deep-tissue', 'location:buckhead', 'location-index:__index__'])).toBe(
      'site location-buckhead location-index-__index__ service-deep-tissue',
    );
  });
  it('falls back to site alone past the header bound', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `practitioner:someone-with-a-long-slug-${i}`);
    expect(surrogateKeys(many)).toBe('site');
  });
});
