import { buildPages } from '../build-pages';
import { buildTargeted } from '../build-targeted';
import { emptyIds, type PublishedCatalogue } from '../catalogue.types';
import { LOCATION_INDEX, pageDependencies, planRebuild } from '../dependencies';
import type { PageId } from '../page-id';
import { catalogue } from './catalogue.fixture';

/** The fixture with a documentId for each record the index lists. */
const withIds = (data: PublishedCatalogue): PublishedCatalogue => {
  const ids = emptyIds();
  for (const l of data.locations) ids.location.set(l.slug, `L-${l.slug}`);
  for (const s of data.services) ids.service.set(s.slug, `S-${s.slug}`);
  for (const p of data.practitioners) ids.practitioner.set(p.slug, `P-${p.slug}`);
  for (const p of data.practitioners) ids.licences.set(p.slug, p.licences.map((_, n) => `LIC-${p.slug}-${n}`));
  for (const f of data.franchises) ids.franchise.set(f.slug, `F-${f.slug}`);
  for (const b of data.bundles) ids.bundle.set(b.slug, `B-${b.slug}`);
  for (const o of data.offerings) ids.offering.set(`${o.service}|${o.location}`, `O-${o.service}-${o.location}`);
  for (const o of data.bundleOfferings) ids.bundleOffering.set(`${o.bundle}|${o.location}`, `BO-${o.bundle}-${o.location}`);
  return { ...data, ids };
};
const dependents = (data: PublishedCatalogue) => {
  const byDoc = new Map<string, PageId[]>();
  for (const [page, docs] of pageDependencies(data, buildPages(data))) for (const d of docs) byDoc.set(d, [...(byDoc.get(d) ?? []), page]);
  return byDoc;
};
const change = (type: string, documentId: string | null, id = 1) => ({ id, type, documentId, action: 'publish' });

describe('the dependency index', () => {
  const data = withIds(catalogue());
  const index = dependents(data);

  it('an offering is on its location page and its service page', () => {
    expect(index.get('offering:O-deep-atl')?.sort()).toEqual(['location:atl', 'service:deep']);
  });

  it("a licence is on its holder's page and the pages of the locations that list the holder", () => {
    expect(index.get('licence:LIC-ana-0')?.sort()).toEqual(['location:atl', 'location:bhm', 'practitioner:ana']);
  });

  it('a service is on its page and every location page that offers it or sells a bundle with it', () => {
    expect(index.get('service:S-stretch-30')?.sort()).toEqual(['location:atl', 'location:bhm', 'service:stretch-30']);
  });

  it("a location is on its page, the service pages that list it and its practitioners' pages", () => {
    expect(index.get('location:L-bhm')?.sort()).toEqual(['location:bhm', 'practitioner:ana', 'service:deep']);
  });
});

describe('planRebuild', () => {
  const data = withIds(catalogue());
  const index = dependents(data);

  it('an offering publish rebuilds its location page, its service page and the location index, nothing else', () => {
    const plan = planRebuild([change('offering', 'O-deep-atl')], index, new Map());
    expect([...plan.pages].sort()).toEqual(['location-index:all', 'location:atl', 'service:deep']);
    expect(plan).toMatchObject({ full: false, allEditorial: false });
  });

  it('an offering moved to another location also rebuilds the page where it is now', () => {
    const plan = planRebuild([change('offering', 'O-deep-atl')], index, new Map([['offering:O-deep-atl', { pages: ['location:new', 'service:deep'] as PageId[] }]]));
    expect([...plan.pages].sort()).toEqual(['location-index:all', 'location:atl', 'location:new', 'service:deep']);
  });

  it('a modality, specialty or technique change, or a change without a document, rebuilds everything', () => {
    for (const c of [change('technique', 'T1'), change('modality', 'M1'), change('specialty', 'SP1'), change('offering', null)]) {
      expect(planRebuild([c], index, new Map()).full).toBe(true);
    }
  });

  it('an editorial change rebuilds the editorial pages', () => {
    expect(planRebuild([change('article', 'A1')], index, new Map()).allEditorial).toBe(true);
  });
});

describe('buildTargeted', () => {
  it('builds only the planned pages, removes the planned ones that no longer build and patches the location index', () => {
    const data = withIds(catalogue());
    const full = buildPages(data);
    const storedIndex = full.find((p) => p.kind === 'location-index')!.body as never;
    // Birmingham unpublished: its page goes, and so does its index entry.
    const slice = { ...data, locations: data.locations.filter((l) => l.slug !== 'bhm') };
    const built = buildTargeted(slice, { pages: new Set<PageId>(['location:bhm', 'service:deep', LOCATION_INDEX]), allEditorial: false }, storedIndex);
    expect(built.pages.map((p) => `${p.kind}:${p.key}`).sort()).toEqual(['location-index:all', 'service:deep']);
    expect(built.removed).toEqual(['location:bhm']);
    const index = built.pages.find((p) => p.kind === 'location-index')!.body as { slug: string }[];
    expect(index.map((e) => e.slug)).toEqual(['atl']);
  });

  it('a page built from a slice equals the page the whole catalogue builds', () => {
    const data = withIds(catalogue());
    const whole = buildPages(data).find((p) => p.kind === 'location' && p.key === 'atl');
    // The slice of Atlanta: its offerings and bundle offerings, its practitioners.
    const slice = { ...data, offerings: data.offerings.filter((o) => o.location === 'atl'), bundleOfferings: data.bundleOfferings.filter((o) => o.location === 'atl'), locations: data.locations.filter((l) => l.slug === 'atl') };
    const built = buildTargeted(slice, { pages: new Set<PageId>(['location:atl']), allEditorial: false }, []);
    expect(built.pages).toEqual([whole]);
  });
});
