/** Small hand-built read-model pages for the JSON-LD builders; each factory takes overrides. */
import type { ModalityRecord } from '../../../read-model/catalogue.types';
import type {
  ArticlePage,
  ConditionPage,
  LocationBundleEntry,
  LocationPage,
  LocationServiceEntry,
  LocationSummaryData,
  PractitionerCard,
  PractitionerPage,
  ServicePage,
  ServiceSummary,
} from '../../../read-model/page.types';
import type { ShownLicence } from '../practitioner.json-ld';

export const SITE = 'https://lanternoak.example';

export const massage: ModalityRecord = { slug: 'massage', name: 'Massage therapy', summary: null, requiredLicenceType: 'LMT' };
export const chiropractic: ModalityRecord = { slug: 'chiropractic', name: 'Chiropractic', summary: null, requiredLicenceType: 'DC' };
export const sauna: ModalityRecord = { slug: 'sauna', name: 'Infrared sauna', summary: null, requiredLicenceType: null };

export const serviceSummary = (o: Partial<ServiceSummary> = {}): ServiceSummary => ({
  slug: 'swedish-massage',
  name: 'Swedish Massage',
  summary: 'Long, flowing strokes.',
  modality: massage,
  booking: null,
  ...o,
});

export const serviceEntry = (o: Partial<LocationServiceEntry> = {}): LocationServiceEntry => ({
  service: serviceSummary(),
  techniques: ['effleurage'],
  variants: [
    { minutes: 60, priceCents: 9500, basePriceCents: 9000, overridden: true },
    { minutes: 90, priceCents: 13000, basePriceCents: 13000, overridden: false },
  ],
  ...o,
});

export const bundle = (o: Partial<LocationBundleEntry> = {}): LocationBundleEntry => ({
  slug: 'relax-pack',
  name: 'Relax Pack',
  summary: 'Three massages for less.',
  items: [{ service: serviceSummary(), minutes: 60, count: 3, unitPriceCents: 9500 }],
  priceCents: 25000,
  sumOfPartsCents: 28500,
  savingCents: 3500,
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  ...o,
});

export const licence = (o: Partial<ShownLicence> = {}): ShownLicence => ({
  type: 'LMT',
  number: 'MT-12345',
  state: 'GA',
  board: 'Georgia Board of Massage Therapy',
  issuedOn: '2024-11-01',
  expiresOn: '2026-10-31',
  suspended: false,
  verificationUrl: 'https://verify.sos.ga.gov/verification/MT-12345',
  verifiedAt: '2026-01-10',
  status: 'active',
  ...o,
});

export const practitionerCard = (o: Partial<PractitionerCard> = {}): PractitionerCard => ({
  slug: 'maya-chen',
  firstName: 'Maya',
  lastName: 'Chen',
  credentialsSuffix: 'LMT',
  photoUrl: 'https://cdn.example/maya.jpg',
  languages: ['en', 'es'],
  acceptingNewClients: true,
  booking: { system: 'mindbody', externalId: 'staff-7' },
  specialties: [{ slug: 'sports', name: 'Sports recovery' }],
  techniques: [{ slug: 'trigger-point', name: 'Trigger point therapy', pressure: 'firm' }],
  modalities: [massage],
  licences: [licence()],
  ...o,
});

export const locationSummary = (o: Partial<LocationSummaryData> = {}): LocationSummaryData => ({
  slug: 'midtown',
  name: 'Lantern Oak Midtown',
  operatingStatus: 'open',
  region: 'Atlanta',
  timeZone: 'America/New_York',
  address: { street: '100 Peachtree St NE', city: 'Atlanta', state: 'GA', postalCode: '30303' },
  geo: { latitude: 33.7585, longitude: -84.3879 },
  openingHours: [
    { day: 'monday', opens: '09:00', closes: '19:00' },
    { day: 'saturday', opens: '10:00', closes: '16:00' },
  ],
  closures: [],
  ...o,
});

export const locationPage = (o: Partial<LocationPage> = {}): LocationPage => ({
  ...locationSummary(),
  phone: '+1-404-555-0100',
  franchise: null,
  booking: null,
  franchiseRef: null,
  services: [serviceEntry()],
  bundles: [bundle()],
  practitioners: [practitionerCard()],
  ...o,
});

export const practitionerPage = (o: Partial<PractitionerPage> = {}): PractitionerPage => ({
  ...practitionerCard(),
  bio: 'Maya focuses on sports recovery.',
  yearsExperience: 8,
  locations: [locationSummary()],
  ...o,
});

export const servicePage = (o: Partial<ServicePage> = {}): ServicePage => ({
  ...serviceSummary(),
  techniques: [{ slug: 'effleurage', name: 'Effleurage', pressure: 'light' }],
  variants: [
    { minutes: 60, basePriceCents: 9000 },
    { minutes: 90, basePriceCents: 13050 },
  ],
  locations: [locationSummary(), locationSummary({ slug: 'decatur', name: 'Lantern Oak Decatur' })],
  ...o,
});

export const conditionPage = (o: Partial<ConditionPage> = {}): ConditionPage => ({
  slug: 'low-back-pain',
  name: 'Low back pain',
  category: 'musculoskeletal',
  summary: 'Pain between the ribs and the hips.',
  disclaimer: 'Not medical advice.',
  citations: [
    { title: 'Massage for low-back pain', source: 'Cochrane Database of Systematic Reviews', year: 2015, url: 'https://doi.org/10.1002/14651858.CD001929.pub3' },
    { title: 'Clinic notes on back care', source: null, year: null, url: null },
  ],
  techniques: [
    { technique: { slug: 'trigger-point', name: 'Trigger point therapy', pressure: 'firm' }, evidence: 'moderate', note: 'Short-term relief.' },
    { technique: { slug: 'effleurage', name: 'Effleurage', pressure: 'light' }, evidence: 'limited', note: null },
  ],
  articles: [{ slug: 'back-pain-basics', title: 'Back pain basics', summary: null, author: null, publishedAt: '2026-02-01T10:00:00.000Z' }],
  ...o,
});

export const articlePage = (o: Partial<ArticlePage> = {}): ArticlePage => ({
  slug: 'back-pain-basics',
  title: 'Back pain basics',
  summary: 'What helps, and what the evidence says.',
  author: practitionerCard(),
  publishedAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-03-05T08:30:00.000Z',
  keyTakeaways: ['Keep moving.'],
  body: 'Long text.',
  conditions: [{ slug: 'low-back-pain', name: 'Low back pain', category: 'musculoskeletal', summary: null }],
  techniques: [{ slug: 'trigger-point', name: 'Trigger point therapy', pressure: 'firm' }],
  services: [serviceSummary()],
  faqs: [{ slug: 'how-often', question: 'How often should I book?', answer: 'Weekly at first.' }],
  related: [],
  ...o,
});

/** Adds fields a builder must never copy (as if a richer record were passed in by mistake). */
export const withPrivateFields = <T extends object>(value: T): T =>
  ({ ...value, email: 'private@example.com', internalNotes: 'do not publish', personalPhone: '+1-404-555-0199' });
export const PRIVATE_MARKERS = ['private@example.com', 'do not publish', '555-0199', 'email', 'internalNotes'];
