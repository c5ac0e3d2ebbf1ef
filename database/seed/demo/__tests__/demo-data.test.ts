import { demoDataSet } from '..';
import type { LicenceType, PractitionerSeed, SeedDataSet } from '../../seed-types';
import { addDays, nextEvenYearDate } from '../dates';

const TODAY = '2026-11-27';
const data: SeedDataSet = demoDataSet(TODAY);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function slugsOf(items: { slug: string }[]): Set<string> {
  return new Set(items.map((i) => i.slug));
}

function expectKnown(set: Set<string>, refs: (string | null)[], what: string): void {
  for (const ref of refs) {
    if (ref === null) continue;
    if (!set.has(ref)) throw new Error(`${what}: unknown reference "${ref}"`);
  }
}

const twoDecimals = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-9;

/** Classifies the licence situation of every practitioner relative to `today`. */
function licenceCases(ds: SeedDataSet, today: string) {
  const required = new Map(ds.modalities.map((m) => [m.slug, m.requiredLicenceType]));
  const stateOf = new Map(ds.locations.map((l) => [l.slug, l.address.state]));
  const soon = addDays(today, 60);
  const pick = (pred: (p: PractitionerSeed) => boolean): string[] =>
    ds.practitioners.filter(pred).map((p) => p.slug).sort();
  const needs = (p: PractitionerSeed): LicenceType[] =>
    p.modalities.map((m) => required.get(m) ?? null).filter((t): t is LicenceType => t !== null);
  return {
    expired: pick((p) => p.licences.some((l) => !l.suspended && l.expiresOn < today)),
    expiringSoon: pick((p) => p.licences.some((l) => !l.suspended && l.expiresOn >= today && l.expiresOn <= soon)),
    suspended: pick((p) => p.licences.some((l) => l.suspended === true)),
    wrongState: pick((p) =>
      p.locations.some((loc) =>
        needs(p).some((type) => !p.licences.some((l) => l.type === type && l.state === stateOf.get(loc))),
      ),
    ),
    noLicenceNeeded: pick((p) => p.licences.length === 0 && needs(p).length === 0),
    multiState: pick((p) => new Set(p.licences.map((l) => l.state)).size >= 2),
    unverified: pick((p) => p.licences.some((l) => l.verifiedAt === null)),
  };
}

describe('demo data set: identity and references', () => {
  const types = [
    'franchises',
    'locations',
    'modalities',
    'techniques',
    'conditions',
    'specialties',
    'carePlans',
    'services',
    'bundles',
    'practitioners',
    'faqs',
    'articles',
  ] as const;

  test.each(types)('%s: slugs are lowercase-kebab and unique', (type) => {
    const slugs = (data[type] as { slug: string }[]).map((i) => i.slug);
    for (const s of slugs) expect(s).toMatch(SLUG);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test('every cross-reference resolves', () => {
    const franchises = slugsOf(data.franchises);
    const locations = slugsOf(data.locations);
    const modalities = slugsOf(data.modalities);
    const techniques = slugsOf(data.techniques);
    const conditions = slugsOf(data.conditions);
    const specialties = slugsOf(data.specialties);
    const services = slugsOf(data.services);
    const bundles = slugsOf(data.bundles);
    const practitioners = slugsOf(data.practitioners);
    const faqs = slugsOf(data.faqs);

    for (const l of data.locations) expectKnown(franchises, [l.franchise], `location ${l.slug}`);
    for (const t of data.techniques) expectKnown(modalities, [t.modality], `technique ${t.slug}`);
    for (const c of data.conditions)
      expectKnown(techniques, c.techniques.map((t) => t.technique), `condition ${c.slug}`);
    for (const cp of data.carePlans) expectKnown(conditions, [cp.condition], `care plan ${cp.slug}`);
    for (const s of data.services) {
      expectKnown(modalities, [s.modality], `service ${s.slug}`);
      expectKnown(techniques, s.techniques, `service ${s.slug}`);
    }
    for (const o of data.offerings) {
      expectKnown(services, [o.service], 'offering');
      expectKnown(locations, [o.location], 'offering');
    }
    for (const b of data.bundles) expectKnown(services, b.items.map((i) => i.service), `bundle ${b.slug}`);
    for (const bo of data.bundleOfferings) {
      expectKnown(bundles, [bo.bundle], 'bundle offering');
      expectKnown(locations, [bo.location], 'bundle offering');
    }
    for (const p of data.practitioners) {
      expectKnown(specialties, p.specialties, `practitioner ${p.slug}`);
      expectKnown(techniques, p.techniques, `practitioner ${p.slug}`);
      expectKnown(modalities, p.modalities, `practitioner ${p.slug}`);
      expectKnown(locations, p.locations, `practitioner ${p.slug}`);
    }
    for (const a of data.articles) {
      expectKnown(practitioners, [a.author], `article ${a.slug}`);
      expectKnown(conditions, a.conditions, `article ${a.slug}`);
      expectKnown(techniques, a.techniques, `article ${a.slug}`);
      expectKnown(services, a.services, `article ${a.slug}`);
      expectKnown(faqs, a.faqs, `article ${a.slug}`);
    }
  });

  test('offerings and bundle offerings are unique per location', () => {
    const o = data.offerings.map((x) => `${x.service}@${x.location}`);
    expect(new Set(o).size).toBe(o.length);
    const bo = data.bundleOfferings.map((x) => `${x.bundle}@${x.location}`);
    expect(new Set(bo).size).toBe(bo.length);
  });
});

describe('demo data set: counts', () => {
  test('minimum sizes', () => {
    expect(data.modalities.length).toBeGreaterThanOrEqual(5);
    expect(data.techniques.length).toBeGreaterThanOrEqual(6);
    expect(data.conditions.length).toBeGreaterThanOrEqual(12);
    expect(data.specialties.length).toBeGreaterThanOrEqual(6);
    expect(data.carePlans).toHaveLength(3);
    expect(data.franchises).toHaveLength(2);
    expect(data.services.length).toBeGreaterThanOrEqual(8);
    expect(data.practitioners.length).toBeGreaterThanOrEqual(20);
    expect(data.bundles.length).toBeGreaterThanOrEqual(3);
    expect(data.faqs.length).toBeGreaterThanOrEqual(5);
    expect(data.articles.length).toBeGreaterThanOrEqual(2);
  });

  test('at least 5 locations: 4 in Georgia and at least 1 elsewhere', () => {
    expect(data.locations.length).toBeGreaterThanOrEqual(5);
    const ga = data.locations.filter((l) => l.address.state === 'GA');
    expect(ga).toHaveLength(4);
    for (const l of ga) expect(l.timeZone).toBe('America/New_York');
    expect(data.locations.filter((l) => l.address.state !== 'GA').length).toBeGreaterThanOrEqual(1);
    expect(data.locations.some((l) => l.status === 'coming_soon')).toBe(true);
  });

  test('the required modalities and care plans exist', () => {
    const m = new Map(data.modalities.map((x) => [x.slug, x]));
    expect(m.get('therapeutic-massage')).toMatchObject({ requiredLicenceType: 'LMT', nuccTaxonomyCode: '225700000X' });
    expect(m.get('stretch-therapy')).toMatchObject({ requiredLicenceType: null });
    expect(m.get('chiropractic')).toMatchObject({ requiredLicenceType: 'DC', nuccTaxonomyCode: '111N00000X' });
    expect(m.get('spinal-decompression')).toMatchObject({ requiredLicenceType: 'DC' });
    expect(m.get('sports-injury-care')).toMatchObject({ requiredLicenceType: 'LMT' });
    const plans = new Map(data.carePlans.map((p) => [p.slug, p]));
    expect(plans.get('chronic-low-back-pain')?.condition).toBe('low-back-pain');
    expect(plans.get('fibromyalgia-consistency')?.condition).toBe('fibromyalgia');
    expect(plans.get('general-wellness')?.phases[0]).toMatchObject({ minPerPeriod: 1, period: 1, periodUnit: 'month' });
  });
});

describe('demo data set: content rules', () => {
  test('every service has 30- and 60-minute variants with sane prices', () => {
    for (const s of data.services) {
      const minutes = s.variants.map((v) => v.minutes);
      expect(minutes).toEqual(expect.arrayContaining([30, 60]));
      expect(new Set(minutes).size).toBe(minutes.length);
      for (const v of s.variants) {
        expect(v.minutes % 5).toBe(0);
        expect(v.basePrice).toBeGreaterThan(0);
        expect(twoDecimals(v.basePrice)).toBe(true);
      }
    }
  });

  test('price overrides refer to existing variants; at least one offering is unavailable', () => {
    const services = new Map(data.services.map((s) => [s.slug, s]));
    for (const o of data.offerings)
      for (const po of o.priceOverrides) {
        expect(services.get(o.service)?.variants.map((v) => v.minutes)).toContain(po.minutes);
        expect(twoDecimals(po.price)).toBe(true);
      }
    expect(data.offerings.some((o) => !o.available)).toBe(true);
    expect(data.offerings.some((o) => o.priceOverrides.length > 0)).toBe(true);
  });

  test('bundles: items exist, price rule consistent, validity relative to today', () => {
    const services = new Map(data.services.map((s) => [s.slug, s]));
    for (const b of data.bundles) {
      for (const i of b.items) {
        expect(services.get(i.service)?.variants.map((v) => v.minutes)).toContain(i.minutes);
        expect(i.count).toBeGreaterThanOrEqual(1);
      }
      const parts = b.items.reduce(
        (sum, i) => sum + i.count * (services.get(i.service)?.variants.find((v) => v.minutes === i.minutes)?.basePrice ?? NaN),
        0,
      );
      expect(b.minPrice).toBeLessThanOrEqual(b.maxPrice);
      expect(b.maxPrice).toBeLessThan(parts);
      if (b.priceRule === 'fixed') {
        expect(b.price).not.toBeNull();
        expect(b.percentOff).toBeNull();
        expect(b.price!).toBeGreaterThanOrEqual(b.minPrice);
        expect(b.price!).toBeLessThanOrEqual(b.maxPrice);
      } else {
        expect(b.price).toBeNull();
        expect(b.percentOff).toBeGreaterThan(0);
        expect(b.percentOff).toBeLessThan(100);
        const computed = parts * (1 - b.percentOff! / 100);
        expect(computed).toBeGreaterThanOrEqual(b.minPrice);
        expect(computed).toBeLessThanOrEqual(b.maxPrice);
      }
      expect(b.validFrom < TODAY).toBe(true);
      if (b.validUntil !== null) expect(b.validUntil > TODAY).toBe(true);
    }
    const serviceLines = (slug: string) =>
      new Set(data.bundles.find((b) => b.slug === slug)!.items.map((i) => services.get(i.service)!.modality));
    expect(serviceLines('full-reset').size).toBe(3);
  });

  test('bundle offerings: price within bounds, below the parts, only where every item is offered', () => {
    const bundles = new Map(data.bundles.map((b) => [b.slug, b]));
    const services = new Map(data.services.map((s) => [s.slug, s]));
    const offering = new Map(data.offerings.map((o) => [`${o.service}@${o.location}`, o]));
    const localPrice = (service: string, location: string, minutes: number): number => {
      const o = offering.get(`${service}@${location}`)!;
      const override = o.priceOverrides.find((p) => p.minutes === minutes);
      return override ? override.price : services.get(service)!.variants.find((v) => v.minutes === minutes)!.basePrice;
    };
    for (const b of data.bundles)
      expect(data.bundleOfferings.filter((bo) => bo.bundle === b.slug).length).toBeGreaterThanOrEqual(2);
    for (const bo of data.bundleOfferings) {
      const b = bundles.get(bo.bundle)!;
      expect(bo.price).toBeGreaterThanOrEqual(b.minPrice);
      expect(bo.price).toBeLessThanOrEqual(b.maxPrice);
      for (const i of b.items) {
        const o = offering.get(`${i.service}@${bo.location}`);
        if (!o || !o.available) throw new Error(`${bo.bundle} at ${bo.location}: ${i.service} is not offered`);
      }
      const parts = b.items.reduce((sum, i) => sum + i.count * localPrice(i.service, bo.location, i.minutes), 0);
      expect(bo.price).toBeLessThan(parts);
    }
  });

  test('the out-of-state location offers no spinal decompression', () => {
    const outOfState = data.locations.filter((l) => l.address.state !== 'GA').map((l) => l.slug);
    for (const loc of outOfState)
      expect(data.offerings.some((o) => o.location === loc && o.service === 'spinal-decompression-session')).toBe(false);
  });

  test('locations: hours valid, closures in the future, fictional phone numbers', () => {
    for (const l of data.locations) {
      const days = l.openingHours.map((h) => h.day);
      expect(new Set(days).size).toBe(days.length);
      for (const h of l.openingHours) {
        expect(h.opens).toMatch(HHMM);
        expect(h.closes).toMatch(HHMM);
        expect(h.closes > h.opens).toBe(true);
      }
      for (const c of l.closures) {
        expect(c.date).toMatch(DATE);
        expect(c.date > TODAY).toBe(true);
      }
      expect(l.phone).toMatch(/^\+1\d{3}55501\d{2}$/);
    }
  });

  test('care plans: ordered phases, only the last one ongoing, valid session lengths', () => {
    for (const cp of data.carePlans) {
      cp.phases.forEach((ph, idx) => {
        const last = idx === cp.phases.length - 1;
        if (!last) expect(ph.lengthWeeks).not.toBeNull();
        expect(ph.minPerPeriod).toBeLessThanOrEqual(ph.maxPerPeriod);
        expect(ph.sessionMinutes % 5).toBe(0);
        expect(ph.sessionMinutes).toBeGreaterThanOrEqual(15);
        expect(ph.sessionMinutes).toBeLessThanOrEqual(180);
      });
    }
    const fibro = data.carePlans.find((p) => p.slug === 'fibromyalgia-consistency')!;
    expect(fibro.phases[0].lengthWeeks).toBeGreaterThanOrEqual(5);
  });

  test('conditions: disclaimers, citations and evidence links', () => {
    for (const c of data.conditions) {
      expect(c.disclaimer).toMatch(/not a diagnosis/i);
      expect(c.citations.length).toBeGreaterThanOrEqual(1);
      expect(c.citations.length).toBeLessThanOrEqual(2);
      expect(c.techniques.length).toBeGreaterThanOrEqual(1);
      expect(c.techniques.length).toBeLessThanOrEqual(3);
      if (c.category === 'mental-wellbeing') expect(c.disclaimer).toMatch(/never replaces/i);
    }
  });

  test('practitioners: private contact details are fictional', () => {
    for (const p of data.practitioners) {
      expect(p.email).toMatch(/@example\.com$/);
      expect(p.phone).toMatch(/^\+1\d{3}55501\d{2}$/);
      expect(p.internalNotes.length).toBeGreaterThan(0);
    }
  });

  test('articles: takeaways and a 300–600 word Markdown body', () => {
    for (const a of data.articles) {
      expect(a.keyTakeaways.length).toBeGreaterThanOrEqual(3);
      expect(a.keyTakeaways.length).toBeLessThanOrEqual(5);
      const words = a.body.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(600);
      expect(a.body).toMatch(/^## /m);
    }
  });

  test('FAQ: the "does it have to hurt" myth is answered', () => {
    const faq = data.faqs.find((f) => f.slug === 'does-massage-have-to-hurt');
    expect(faq?.answer).toMatch(/never be painful/i);
  });
});

describe('demo data set: deliberate licence cases', () => {
  const expected = {
    expired: ['hollis-whitaker', 'ruth-abernathy'],
    expiringSoon: ['grace-liu', 'jun-park'],
    suspended: ['yasmin-farah'],
    wrongState: ['lena-fischer', 'whitney-sorensen'],
    noLicenceNeeded: ['noor-haddad'],
    multiState: ['olivia-brandt'],
    unverified: ['tomas-novak'],
  };

  test(`for today=${TODAY}`, () => {
    expect(licenceCases(data, TODAY)).toEqual(expected);
  });

  test('the wrong-state cases cover both directions', () => {
    const stateOf = new Map(data.locations.map((l) => [l.slug, l.address.state]));
    const lena = data.practitioners.find((p) => p.slug === 'lena-fischer')!;
    const whitney = data.practitioners.find((p) => p.slug === 'whitney-sorensen')!;
    expect(lena.locations.map((l) => stateOf.get(l))).toEqual(['GA']);
    expect(lena.licences.map((l) => l.state)).not.toContain('GA');
    expect(whitney.locations.every((l) => stateOf.get(l) !== 'GA')).toBe(true);
    expect(whitney.licences.map((l) => l.state)).toEqual(['GA']);
  });

  test.each(['2025-01-15', '2026-09-15', '2027-06-30', '2027-11-24', '2030-12-31'])(
    'the same cases hold, and relative dates stay valid, for today=%s',
    (today) => {
      const ds = demoDataSet(today);
      expect(licenceCases(ds, today)).toEqual(expected);
      for (const l of ds.locations) {
        const dates = l.closures.map((c) => c.date);
        expect(new Set(dates).size).toBe(dates.length);
        for (const d of dates) expect(d > today).toBe(true);
      }
      for (const b of ds.bundles) {
        expect(b.validFrom < today).toBe(true);
        if (b.validUntil !== null) expect(b.validUntil > today).toBe(true);
      }
    },
  );

  test('regular Georgia massage licences expire on 31 October of an even year', () => {
    const deliberate = new Set([...expected.expired, ...expected.expiringSoon]);
    for (const p of data.practitioners) {
      if (deliberate.has(p.slug)) continue;
      for (const l of p.licences.filter((x) => x.state === 'GA' && x.type === 'LMT')) {
        expect(l.expiresOn).toBe(nextEvenYearDate(TODAY, '10-31', 60));
        expect(l.number).toMatch(/^MT\d{6}$/);
        expect(l.board).toBe('Georgia Board of Massage Therapy');
      }
    }
    expect(nextEvenYearDate(TODAY, '10-31', 60)).toBe('2028-10-31');
  });

  test('licence dates and verification are consistent', () => {
    for (const p of data.practitioners)
      for (const l of p.licences) {
        expect(l.issuedOn < l.expiresOn).toBe(true);
        expect(l.issuedOn < TODAY).toBe(true);
        if (l.verifiedAt !== null) expect(l.verifiedAt.slice(0, 10) < TODAY).toBe(true);
        expect(l.verificationUrl).toMatch(/^https:\/\//);
        if (l.type === 'DC' && l.state === 'GA') expect(l.number).toMatch(/^CHIR\d{6}$/);
      }
  });
});
