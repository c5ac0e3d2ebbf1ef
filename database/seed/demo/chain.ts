import type {
  BundleOfferingSeed,
  BundleSeed,
  FranchiseSeed,
  LocationSeed,
  OfferingSeed,
  OpeningHoursSeed,
  Weekday,
} from '../seed-types';
import { addDays, nextOccurrence } from './dates';

/** The fictional chain: "Lantern Oak Wellness". */
export const franchises: FranchiseSeed[] = [
  { slug: 'lantern-oak-metro-atlanta', name: 'Lantern Oak Wellness — Metro Atlanta Group' },
  { slug: 'lantern-oak-coast-and-south', name: 'Lantern Oak Wellness — Coast & South Partners' },
];

type Span = [opens: string, closes: string];
const WEEKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Same hours Monday to Friday, optional weekend hours; a missing day means closed. */
function hours(weekdays: Span, saturday: Span | null, sunday: Span | null): OpeningHoursSeed[] {
  const out: OpeningHoursSeed[] = WEEKDAYS.map((day) => ({ day, opens: weekdays[0], closes: weekdays[1] }));
  if (saturday) out.push({ day: 'saturday', opens: saturday[0], closes: saturday[1] });
  if (sunday) out.push({ day: 'sunday', opens: sunday[0], closes: sunday[1] });
  return out;
}

export function locations(today: string): LocationSeed[] {
  const christmas = { date: nextOccurrence(today, '12-25'), reason: 'Christmas Day' };
  const newYear = { date: nextOccurrence(today, '01-01'), reason: "New Year's Day" };
  const july4 = { date: nextOccurrence(today, '07-04'), reason: 'Independence Day' };
  // About five weeks out, nudged off the public holidays so dates never repeat.
  let trainingDay = addDays(today, 38);
  while ([christmas.date, newYear.date].includes(trainingDay)) trainingDay = addDays(trainingDay, 1);
  return [
    {
      slug: 'buckhead',
      name: 'Lantern Oak Wellness Buckhead',
      status: 'open',
      franchise: 'lantern-oak-metro-atlanta',
      region: 'Metro Atlanta',
      address: { street: '2150 Larkspur Lane NE, Suite 300', city: 'Atlanta', state: 'GA', postalCode: '30305' },
      geo: { latitude: 33.8393, longitude: -84.3799 },
      timeZone: 'America/New_York',
      phone: '+14045550101',
      openingHours: hours(['08:00', '20:00'], ['09:00', '18:00'], ['11:00', '17:00']),
      closures: [christmas, newYear],
      booking: { system: 'mindbody', externalId: 'site-480211' },
    },
    {
      slug: 'decatur',
      name: 'Lantern Oak Wellness Decatur',
      status: 'open',
      franchise: 'lantern-oak-metro-atlanta',
      region: 'Metro Atlanta',
      address: { street: '118 Quillfeather Street', city: 'Decatur', state: 'GA', postalCode: '30030' },
      geo: { latitude: 33.7748, longitude: -84.2963 },
      timeZone: 'America/New_York',
      phone: '+14045550102',
      openingHours: hours(['09:00', '19:00'], ['09:00', '17:00'], null),
      closures: [christmas, newYear, { date: trainingDay, reason: 'Staff training day' }],
      booking: { system: 'mindbody', externalId: 'site-480212' },
    },
    {
      slug: 'marietta',
      name: 'Lantern Oak Wellness Marietta',
      status: 'coming_soon',
      franchise: 'lantern-oak-metro-atlanta',
      region: 'Metro Atlanta',
      address: { street: '77 Tinder Mill Road, Unit B', city: 'Marietta', state: 'GA', postalCode: '30060' },
      geo: { latitude: 33.9526, longitude: -84.5499 },
      timeZone: 'America/New_York',
      phone: '+17705550103',
      openingHours: hours(['09:00', '19:00'], ['10:00', '16:00'], null),
      closures: [christmas],
      booking: { system: 'mindbody', externalId: 'site-480213' },
    },
    {
      slug: 'savannah',
      name: 'Lantern Oak Wellness Savannah',
      status: 'open',
      franchise: 'lantern-oak-coast-and-south',
      region: 'Coastal Georgia',
      address: { street: '402 Marsh Heron Way', city: 'Savannah', state: 'GA', postalCode: '31401' },
      geo: { latitude: 32.0809, longitude: -81.0912 },
      timeZone: 'America/New_York',
      phone: '+19125550104',
      openingHours: hours(['09:00', '19:00'], ['09:00', '17:00'], ['12:00', '17:00']),
      closures: [christmas, july4],
      booking: { system: 'boulevard', externalId: 'blvd-loc-sav-7f3a' },
    },
    {
      slug: 'birmingham',
      name: 'Lantern Oak Wellness Birmingham',
      status: 'open',
      franchise: 'lantern-oak-coast-and-south',
      region: 'Alabama',
      address: { street: '1900 Ironleaf Avenue North', city: 'Birmingham', state: 'AL', postalCode: '35203' },
      geo: { latitude: 33.5186, longitude: -86.8104 },
      timeZone: 'America/Chicago',
      phone: '+12055550105',
      openingHours: hours(['08:30', '18:30'], ['09:00', '15:00'], null),
      closures: [christmas, july4],
      booking: { system: 'boulevard', externalId: 'blvd-loc-bhm-2c91' },
    },
  ];
}

const ALL_SERVICES = [
  'therapeutic-massage',
  'deep-tissue-massage',
  'relaxation-massage',
  'sports-massage',
  'prenatal-massage',
  'assisted-stretch',
  'chiropractic-adjustment',
  'spinal-decompression-session',
  'sports-recovery-session',
];

interface LocationMenu {
  location: string;
  exclude: string[];
  unavailable: string[];
  overrides: Record<string, Record<number, number>>;
}

const MENUS: LocationMenu[] = [
  {
    // Flagship: everything, priced above the chain's base.
    location: 'buckhead',
    exclude: [],
    unavailable: [],
    overrides: {
      'therapeutic-massage': { 60: 105, 90: 150 },
      'deep-tissue-massage': { 60: 115, 90: 160 },
      'sports-massage': { 60: 115 },
      'chiropractic-adjustment': { 30: 75, 60: 130 },
    },
  },
  // Prenatal massage listed but paused while the prenatal specialist is on leave.
  { location: 'decatur', exclude: [], unavailable: ['prenatal-massage'], overrides: {} },
  { location: 'marietta', exclude: ['relaxation-massage'], unavailable: [], overrides: {} },
  {
    location: 'savannah',
    exclude: ['sports-recovery-session'],
    unavailable: [],
    overrides: { 'relaxation-massage': { 60: 80, 90: 110 } },
  },
  {
    // No decompression table in Birmingham.
    location: 'birmingham',
    exclude: ['spinal-decompression-session'],
    unavailable: [],
    overrides: { 'therapeutic-massage': { 60: 90 }, 'assisted-stretch': { 30: 40 } },
  },
];

export const offerings: OfferingSeed[] = MENUS.flatMap((menu) =>
  ALL_SERVICES.filter((service) => !menu.exclude.includes(service)).map((service) => ({
    service,
    location: menu.location,
    available: !menu.unavailable.includes(service),
    priceOverrides: Object.entries(menu.overrides[service] ?? {}).map(([minutes, price]) => ({
      minutes: Number(minutes),
      price,
    })),
  })),
);

export function bundles(today: string): BundleSeed[] {
  return [
    {
      slug: 'full-reset',
      name: 'The Full Reset',
      summary:
        'A 60-minute therapeutic massage to loosen things up, a 30-minute assisted stretch, then a chiropractic adjustment while the muscles are relaxed.',
      items: [
        { service: 'therapeutic-massage', minutes: 60, count: 1 },
        { service: 'assisted-stretch', minutes: 30, count: 1 },
        { service: 'chiropractic-adjustment', minutes: 30, count: 1 },
      ],
      priceRule: 'fixed',
      price: 179, // parts at base prices: 95 + 45 + 65 = 205
      percentOff: null,
      minPrice: 165,
      maxPrice: 195,
      validFrom: addDays(today, -90),
      validUntil: null,
    },
    {
      slug: 'sports-recovery-pack',
      name: 'Sports recovery pack',
      summary:
        'Four 60-minute sports massages and two 30-minute assisted stretches to use across a training block.',
      items: [
        { service: 'sports-massage', minutes: 60, count: 4 },
        { service: 'assisted-stretch', minutes: 30, count: 2 },
      ],
      priceRule: 'percent_off_parts',
      price: null,
      percentOff: 15, // parts at base prices: 4 × 105 + 2 × 45 = 510 → 433.50
      minPrice: 410,
      maxPrice: 470,
      validFrom: addDays(today, -60),
      validUntil: addDays(today, 300),
    },
    {
      slug: 'spine-care-plan',
      name: 'Spine care plan',
      summary:
        'Six spinal decompression sessions, each paired with a 30-minute therapeutic massage for the muscles around the spine.',
      items: [
        { service: 'spinal-decompression-session', minutes: 30, count: 6 },
        { service: 'therapeutic-massage', minutes: 30, count: 6 },
      ],
      priceRule: 'fixed',
      price: 699, // parts at base prices: 6 × 85 + 6 × 55 = 840
      percentOff: null,
      minPrice: 650,
      maxPrice: 760,
      validFrom: addDays(today, -30),
      validUntil: addDays(today, 180),
    },
    {
      slug: 'desk-worker-tune-up',
      name: 'Desk-worker tune-up',
      summary:
        'Three focused 30-minute massages for the neck and shoulders and three 30-minute stretches for tight hips: a month of undoing the office chair.',
      items: [
        { service: 'therapeutic-massage', minutes: 30, count: 3 },
        { service: 'assisted-stretch', minutes: 30, count: 3 },
      ],
      priceRule: 'percent_off_parts',
      price: null,
      percentOff: 10, // parts at base prices: 3 × 55 + 3 × 45 = 300 → 270
      minPrice: 250,
      maxPrice: 285,
      validFrom: addDays(today, -10),
      validUntil: addDays(today, 120),
    },
  ];
}

export const bundleOfferings: BundleOfferingSeed[] = [
  { bundle: 'full-reset', location: 'buckhead', price: 189 },
  { bundle: 'full-reset', location: 'decatur', price: 179 },
  { bundle: 'full-reset', location: 'savannah', price: 175 },
  { bundle: 'full-reset', location: 'birmingham', price: 169 },
  { bundle: 'sports-recovery-pack', location: 'buckhead', price: 465 },
  { bundle: 'sports-recovery-pack', location: 'decatur', price: 435 },
  { bundle: 'sports-recovery-pack', location: 'marietta', price: 430 },
  { bundle: 'sports-recovery-pack', location: 'birmingham', price: 420 },
  { bundle: 'spine-care-plan', location: 'buckhead', price: 740 },
  { bundle: 'spine-care-plan', location: 'decatur', price: 699 },
  { bundle: 'spine-care-plan', location: 'savannah', price: 680 },
  { bundle: 'desk-worker-tune-up', location: 'decatur', price: 270 },
  { bundle: 'desk-worker-tune-up', location: 'marietta', price: 265 },
  { bundle: 'desk-worker-tune-up', location: 'savannah', price: 260 },
  { bundle: 'desk-worker-tune-up', location: 'birmingham', price: 255 },
];
