import { matrixFilterOptions } from '../filter-options.rules';

const metro = { slug: 'metro-atlanta', name: 'Lantern & Oak Metro Atlanta' };
const coast = { slug: 'coast', name: 'Lantern & Oak Coast and South' };
const massage = { slug: 'therapeutic-massage', name: 'Therapeutic massage' };
const chiro = { slug: 'chiropractic', name: 'Chiropractic' };

describe("Given the locations a user sees and the catalogue's services", () => {
  const options = matrixFilterOptions(
    [
      { region: 'Metro Atlanta', state: 'GA', franchise: metro },
      { region: ' Metro Atlanta ', state: 'GA', franchise: metro },
      { region: 'Gulf Coast', state: 'AL', franchise: coast },
      { region: null, state: null, franchise: null },
    ],
    [
      { slug: 'sports-massage', name: 'Sports massage', modality: massage },
      { slug: 'adjustment', name: 'Chiropractic adjustment', modality: chiro },
      { slug: 'deep-tissue', name: 'Deep tissue massage', modality: massage },
      { slug: 'gift', name: 'Gift card', modality: null },
    ],
  );

  it('then each franchise, region and state is offered once, by name, and a location without one adds none', () => {
    expect(options.franchises).toEqual([coast, metro]);
    expect(options.regions).toEqual(['Gulf Coast', 'Metro Atlanta']);
    expect(options.states).toEqual(['AL', 'GA']);
  });

  it('then modalities are those of the services, by name, and each service names its modality for narrowing', () => {
    expect(options.modalities).toEqual([chiro, massage]);
    expect(options.services.map((s) => s.name)).toEqual(['Chiropractic adjustment', 'Deep tissue massage', 'Gift card', 'Sports massage']);
    expect(options.services.find((s) => s.slug === 'deep-tissue')?.modality).toBe('therapeutic-massage');
    expect(options.services.find((s) => s.slug === 'gift')?.modality).toBeNull();
  });

  it('then an owner with no locations is offered no franchise, region or state', () => {
    const none = matrixFilterOptions([], []);
    expect(none).toEqual({ franchises: [], regions: [], states: [], modalities: [], services: [] });
  });
});
