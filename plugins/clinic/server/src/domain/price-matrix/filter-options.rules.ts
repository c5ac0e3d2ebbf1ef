/**
 * What the price matrix's filter pickers offer: the franchises, regions and states of
 * the locations the user may see (an owner: their own), and the modalities and
 * services of the catalogue, by name. Pure: the repository reads the rows.
 */
export interface OptionLocation {
  region: string | null;
  state: string | null;
  franchise: { slug: string; name: string } | null;
}

export interface OptionService {
  slug: string;
  name: string;
  modality: { slug: string; name: string } | null;
}

export interface MatrixFilterOptions {
  franchises: { slug: string; name: string }[];
  regions: string[];
  states: string[];
  modalities: { slug: string; name: string }[];
  /** `modality` is the service's modality slug, so a picker can narrow services to the chosen modality. */
  services: { slug: string; name: string; modality: string | null }[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
const distinctBySlug = <T extends { slug: string; name: string }>(items: readonly (T | null)[]): T[] =>
  [...new Map(items.filter((i): i is T => i !== null).map((i) => [i.slug, i])).values()].sort(byName);
const distinctText = (values: readonly (string | null)[]): string[] =>
  [...new Set(values.map((v) => v?.trim() ?? '').filter((v) => v.length > 0))].sort((a, b) => a.localeCompare(b, 'en'));

export const matrixFilterOptions = (locations: readonly OptionLocation[], services: readonly OptionService[]): MatrixFilterOptions => ({
  franchises: distinctBySlug(locations.map((l) => (l.franchise ? { slug: l.franchise.slug, name: l.franchise.name } : null))),
  regions: distinctText(locations.map((l) => l.region)),
  states: distinctText(locations.map((l) => l.state)),
  modalities: distinctBySlug(services.map((s) => (s.modality ? { slug: s.modality.slug, name: s.modality.name } : null))),
  services: [...services].sort(byName).map((s) => ({ slug: s.slug, name: s.name, modality: s.modality?.slug ?? null })),
});
