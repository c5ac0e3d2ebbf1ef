/** Scale data set: franchises, locations, services, offerings, bundles and where they are sold. */
import type {
  BundleOfferingSeed,
  BundleSeed,
  FranchiseSeed,
  LocationSeed,
  OfferingSeed,
  OpeningHoursSeed,
  ServiceSeed,
  ServiceVariantSeed,
  TechniqueSeed,
  Weekday,
} from '../seed-types';
import { addDays, nextOccurrence } from '../demo/dates';
import type { Random } from './random';

export interface StateInfo {
  code: string;
  timeZone: string;
  region: string;
  cities: [name: string, lat: number, lon: number, zip: string][];
}

/** Where the chain's clinics are; weights make Georgia the largest market. */
export const STATES: StateInfo[] = [
  { code: 'GA', timeZone: 'America/New_York', region: 'Georgia', cities: [['Atlanta', 33.749, -84.388, '30303'], ['Savannah', 32.0809, -81.0912, '31401'], ['Augusta', 33.4735, -82.0105, '30901'], ['Macon', 32.8407, -83.6324, '31201'], ['Athens', 33.9519, -83.3576, '30601']] },
  { code: 'AL', timeZone: 'America/Chicago', region: 'Alabama', cities: [['Birmingham', 33.5186, -86.8104, '35203'], ['Huntsville', 34.7304, -86.5861, '35801'], ['Mobile', 30.6954, -88.0399, '36602']] },
  { code: 'SC', timeZone: 'America/New_York', region: 'South Carolina', cities: [['Charleston', 32.7765, -79.9311, '29401'], ['Columbia', 34.0007, -81.0348, '29201'], ['Greenville', 34.8526, -82.394, '29601']] },
];
const STATE_WEIGHTS = ['GA', 'GA', 'GA', 'AL', 'SC'];
const STREETS = ['Larkspur Lane', 'Quillfeather Street', 'Tinder Mill Road', 'Marsh Heron Way', 'Ironleaf Avenue', 'Copperbeech Drive', 'Willowmere Court', 'Foxglove Parkway'];
const WEEKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const LENGTHS = [30, 45, 60, 75, 90, 120]; // domain rule: 15–180 minutes in steps of 5
const SERVICE_WORDS = ['Signature', 'Focused', 'Restorative', 'Classic', 'Express', 'Extended', 'Targeted', 'Gentle', 'Intensive', 'Balanced'];
const BOOKING_SYSTEMS = ['mindbody', 'boulevard'] as const;

const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Whole dollars or 50 cents: prices have at most 2 decimals. */
const price = (r: Random, dollars: number) => Math.round(dollars) + (r.chance(0.3) ? 0.5 : 0);

export const franchisesFor = (count: number, prefix: string): FranchiseSeed[] =>
  Array.from({ length: count }, (_, i) => ({ slug: `${prefix}franchise-${i + 1}`, name: `Scale Wellness Partners ${i + 1}` }));

const hours = (r: Random): OpeningHoursSeed[] => {
  const [opens, closes] = r.pick([['08:00', '20:00'], ['09:00', '19:00'], ['08:30', '18:30']] as const);
  const out: OpeningHoursSeed[] = WEEKDAYS.map((day) => ({ day, opens, closes }));
  out.push({ day: 'saturday', opens: '09:00', closes: '17:00' });
  if (r.chance(0.5)) out.push({ day: 'sunday', opens: '11:00', closes: '17:00' });
  return out;
};

/** Christmas, and for some a training day; a training day that lands on Christmas moves a day on
 * (a location lists each date once), drawing the same random numbers so other rows stay the same. */
const closuresFor = (r: Random, today: string) => {
  const christmas = nextOccurrence(today, '12-25');
  if (!r.chance(0.3)) return [{ date: christmas, reason: 'Christmas Day' }];
  const training = addDays(today, r.int(10, 60));
  return [
    { date: christmas, reason: 'Christmas Day' },
    { date: training === christmas ? addDays(training, 1) : training, reason: 'Staff training day' },
  ];
};

export const locationsFor = (r: Random, today: string, count: number, prefix: string, franchises: FranchiseSeed[]): LocationSeed[] =>
  Array.from({ length: count }, (_, i) => {
    const code = r.pick(STATE_WEIGHTS);
    const state = STATES.find((s) => s.code === code)!;
    const [city, lat, lon, zip] = r.pick(state.cities);
    const n = i + 1;
    const roll = r.next();
    return {
      slug: `${prefix}${slugify(city)}-${n}`,
      name: `Scale Wellness ${city} ${n}`,
      status: roll < 0.04 ? 'closed' : roll < 0.1 ? 'coming_soon' : 'open',
      franchise: franchises[i % franchises.length].slug,
      region: state.region,
      address: { street: `${r.int(10, 4999)} ${r.pick(STREETS)}`, city, state: state.code, postalCode: zip },
      geo: { latitude: Number((lat + (r.next() - 0.5) / 5).toFixed(4)), longitude: Number((lon + (r.next() - 0.5) / 5).toFixed(4)) },
      timeZone: state.timeZone,
      phone: `+1404555${String(1000 + (n % 9000)).padStart(4, '0')}`,
      openingHours: hours(r),
      closures: closuresFor(r, today),
      booking: { system: r.pick(BOOKING_SYSTEMS), externalId: `scale-loc-${n}` },
    };
  });

export const servicesFor = (r: Random, count: number, prefix: string, techniques: TechniqueSeed[]): ServiceSeed[] => {
  const modalities = [...new Set(techniques.map((t) => t.modality))];
  return Array.from({ length: count }, (_, i) => {
    const modality = modalities[i % modalities.length];
    const own = techniques.filter((t) => t.modality === modality).map((t) => t.slug);
    const lengths = r.sample(LENGTHS, r.int(1, 3));
    const perMinute = 1.3 + r.next() * 0.7;
    const variants: ServiceVariantSeed[] = lengths.map((minutes) => ({ minutes, basePrice: price(r, 15 + minutes * perMinute) }));
    const base = modality.replace(prefix, '').replace(/-/g, ' ');
    return {
      slug: `${prefix}service-${i + 1}`,
      name: `${SERVICE_WORDS[i % SERVICE_WORDS.length]} ${base} ${i + 1}`,
      modality,
      techniques: r.sample(own, r.int(1, Math.max(1, own.length))),
      summary: `A ${variants.map((v) => v.minutes).join('/')}-minute ${base} session, planned around what you want to work on.`,
      variants,
      booking: { system: 'mindbody', externalId: `SCALE-SVC-${i + 1}` },
    };
  });
};

/** Each location offers about 60% of the menu; a few offerings paused; some local prices. */
export const offeringsFor = (r: Random, locations: LocationSeed[], services: ServiceSeed[]): OfferingSeed[] =>
  locations.flatMap((location) =>
    services
      .filter(() => r.chance(0.6))
      .map((service) => ({
        service: service.slug,
        location: location.slug,
        available: !r.chance(0.05),
        priceOverrides: r.chance(0.2)
          ? [{ minutes: service.variants[0].minutes, price: price(r, Number(service.variants[0].basePrice) * (1 + r.next() * 0.2)) }]
          : [],
      })),
  );

export const bundlesFor = (r: Random, today: string, count: number, prefix: string, services: ServiceSeed[]): BundleSeed[] =>
  Array.from({ length: count }, (_, i) => {
    const parts = r.sample(services, r.int(2, 3));
    const items = parts.map((s) => ({ service: s.slug, minutes: r.pick(s.variants).minutes, count: r.int(1, 4) }));
    const partsSum = items.reduce((sum, item) => {
      const variant = parts.find((s) => s.slug === item.service)!.variants.find((v) => v.minutes === item.minutes)!;
      return sum + Number(variant.basePrice) * item.count;
    }, 0);
    const fixed = r.chance(0.5);
    const roll = r.next();
    return {
      slug: `${prefix}bundle-${i + 1}`,
      name: `Scale bundle ${i + 1}`,
      summary: `${items.map((it) => `${it.count} × ${it.minutes} min`).join(' + ')}, for less than booking them one by one.`,
      items,
      priceRule: fixed ? 'fixed' : 'percent_off_parts',
      price: fixed ? Math.round(partsSum * 0.85) : null,
      percentOff: fixed ? null : r.pick([10, 12.5, 15, 20]),
      minPrice: Math.floor(partsSum * 0.7),
      maxPrice: Math.ceil(partsSum * 0.95),
      // Most on sale now; some ended, some not started yet.
      validFrom: roll < 0.9 ? addDays(today, -r.int(10, 200)) : addDays(today, r.int(5, 60)),
      validUntil: roll < 0.05 ? addDays(today, -r.int(1, 9)) : r.chance(0.5) ? null : addDays(today, r.int(60, 400)),
    };
  });

/** A bundle is sold only where every part is offered and available, at a price within its bounds. */
export const bundleOfferingsFor = (r: Random, bundles: BundleSeed[], offerings: OfferingSeed[]): BundleOfferingSeed[] => {
  const offered = new Set(offerings.filter((o) => o.available).map((o) => `${o.location}|${o.service}`));
  const locations = [...new Set(offerings.map((o) => o.location))];
  return bundles.flatMap((bundle) =>
    locations
      .filter((l) => bundle.items.every((i) => offered.has(`${l}|${i.service}`)) && r.chance(0.8))
      .map((location) => ({ bundle: bundle.slug, location, price: r.int(bundle.minPrice, bundle.maxPrice) })),
  );
};
