/** Scale data set: practitioners and their licences, with deliberate expired, suspended and wrong-state cases. */
import type { LicenceSeed, LicenceType, LocationSeed, ModalitySeed, PractitionerSeed, SpecialtySeed, TechniqueSeed } from '../seed-types';
import { addDays, atTime, nextEvenYearDate, nextOccurrence } from '../demo/dates';
import type { Random } from './random';

const FIRST = ['Amara', 'Daniel', 'Priya', 'Marcus', 'Lena', 'Tomás', 'Grace', 'Hiro', 'Nadia', 'Owen', 'Sofia', 'Caleb', 'Mei', 'Jordan', 'Aisha', 'Victor', 'Rosa', 'Ethan', 'Yara', 'Felix'];
const LAST = ['Okafor', 'Reyes', 'Raman', 'Whitfield', 'Novak', 'Alvarez', 'Park', 'Tanaka', 'Haddad', 'Brennan', 'Moreau', 'Lindqvist', 'Chen', 'Osei', 'Kowalski', 'Duarte', 'Fischer', 'Mensah', 'Ibarra', 'Quinn'];
const LANGUAGES = ['es', 'vi', 'ko', 'hi', 'fr', 'pt'];

interface LicenceFormat {
  board: string;
  url: string;
  number: (n: number) => string;
  /** The regular expiry of a licence current today. */
  expiry: (today: string) => string;
}
// Licence numbers count from 10,001; a format's last `width` digits stay unique up to 10^width + 10,000
// licences (all of 1×), and past that the whole counter is printed: the 20× set's 44,000 licences
// repeated Alabama's four-digit DC numbers (type, state and number must be unique).
const digits = (n: number, width: number) => String(n < 10 ** width + 10_000 ? n % 10 ** width : n).padStart(width, '0');
const FORMATS: Record<string, Partial<Record<LicenceType, LicenceFormat>>> = {
  GA: {
    // Georgia massage licences expire on 31 October of even years.
    LMT: { board: 'Georgia Board of Massage Therapy', url: 'https://verify.sos.ga.gov/verification/', number: (n) => `MT${digits(n, 6)}`, expiry: (t) => nextEvenYearDate(t, '10-31', 60) },
    DC: { board: 'Georgia Board of Chiropractic Examiners', url: 'https://verify.sos.ga.gov/verification/', number: (n) => `CHIR${digits(n, 6)}`, expiry: (t) => nextEvenYearDate(t, '12-31', 60) },
  },
  AL: {
    LMT: { board: 'Alabama Board of Massage Therapy', url: 'https://almtb.alabama.gov/', number: (n) => `ALMT${digits(n, 5)}`, expiry: (t) => nextOccurrence(addDays(t, 60), '09-30') },
    DC: { board: 'Alabama State Board of Chiropractic Examiners', url: 'https://chiro.alabama.gov/', number: (n) => `ALDC${digits(n, 4)}`, expiry: (t) => nextOccurrence(addDays(t, 60), '12-31') },
  },
  SC: {
    LMT: { board: 'South Carolina Board of Massage/Bodywork Therapy', url: 'https://verify.llronline.com/LicLookup/', number: (n) => `MBT${digits(n, 5)}`, expiry: (t) => nextEvenYearDate(t, '06-30', 60) },
    DC: { board: 'South Carolina Board of Chiropractic Examiners', url: 'https://verify.llronline.com/LicLookup/', number: (n) => `SCDC${digits(n, 5)}`, expiry: (t) => nextEvenYearDate(t, '06-30', 60) },
  },
  FL: {
    LMT: { board: 'Florida Board of Massage Therapy', url: 'https://mqa-internet.doh.state.fl.us/MQASearchServices/', number: (n) => `MA${digits(n, 5)}`, expiry: (t) => nextOccurrence(addDays(t, 60), '08-31') },
    DC: { board: 'Florida Board of Chiropractic Medicine', url: 'https://mqa-internet.doh.state.fl.us/MQASearchServices/', number: (n) => `CH${digits(n, 5)}`, expiry: (t) => nextEvenYearDate(t, '01-31', 60) },
  },
};

/** The last regular expiry before today: 31 October of a past even year for Georgia massage. */
const pastExpiry = (r: Random, today: string, state: string, type: LicenceType) => {
  if (state === 'GA' && type === 'LMT') {
    let year = Number(today.slice(0, 4)) - r.int(0, 3);
    if (year % 2 === 1) year -= 1;
    const candidate = `${year}-10-31`;
    return candidate < today ? candidate : `${year - 2}-10-31`;
  }
  return addDays(today, -r.int(1, 500));
};

export interface LicenceCounter {
  next: number;
}

const licence = (r: Random, today: string, counter: LicenceCounter, state: string, type: LicenceType, kind: 'current' | 'expired' | 'suspended' | 'expiring'): LicenceSeed => {
  const format = FORMATS[state][type]!;
  counter.next += 1;
  let expiresOn = format.expiry(today);
  if (kind === 'expired') expiresOn = pastExpiry(r, today, state, type);
  if (kind === 'expiring') expiresOn = state === 'GA' && type === 'LMT' ? nextEvenYearDate(today, '10-31', 0) : addDays(today, r.int(5, 50));
  const issuedOn = addDays(expiresOn < today ? expiresOn : today, -r.int(200, 3000));
  const out: LicenceSeed = {
    type,
    number: format.number(counter.next),
    state,
    board: format.board,
    issuedOn,
    expiresOn,
    verificationUrl: format.url,
    verifiedAt: r.chance(0.9) ? atTime(today, -r.int(1, 60)) : null,
  };
  if (kind === 'suspended') out.suspended = true;
  return out;
};

export interface PeopleInput {
  today: string;
  count: number;
  licencesPerPractitioner: number;
  prefix: string;
  locations: LocationSeed[];
  modalities: ModalitySeed[];
  techniques: TechniqueSeed[];
  specialties: SpecialtySeed[];
}

export const practitionersFor = (r: Random, input: PeopleInput): PractitionerSeed[] => {
  const { today, prefix, locations } = input;
  const byState = new Map<string, LocationSeed[]>();
  for (const l of locations) byState.set(l.address.state, [...(byState.get(l.address.state) ?? []), l]);
  const modalitiesFor = (type: LicenceType) => input.modalities.filter((m) => m.requiredLicenceType === type).map((m) => m.slug);
  const stretch = input.modalities.filter((m) => m.requiredLicenceType === null).map((m) => m.slug);
  const counter: LicenceCounter = { next: 10_000 };
  return Array.from({ length: input.count }, (_, i) => {
    const n = i + 1;
    const home = locations[i % locations.length];
    const state = home.address.state;
    const type: LicenceType = r.chance(0.75) ? 'LMT' : 'DC';
    const nearby = (byState.get(state) ?? []).filter((l) => l.slug !== home.slug);
    const places = [home, ...(nearby.length > 0 && r.chance(0.2) ? [r.pick(nearby)] : [])];
    const modalities = [...r.sample(modalitiesFor(type), r.int(1, 2)), ...(r.chance(0.3) ? stretch : [])];
    const techniques = input.techniques.filter((t) => modalities.includes(t.modality)).map((t) => t.slug);
    // The main licence: mostly current; some expired, suspended or expiring soon.
    const roll = r.next();
    const kind = roll < 0.08 ? 'expired' : roll < 0.11 ? 'suspended' : roll < 0.15 ? 'expiring' : 'current';
    const licences = [licence(r, today, counter, state, type, kind)];
    while (licences.length < input.licencesPerPractitioner) {
      // Extra licences: another state (never valid here) or an older, lapsed one.
      const other = r.pick(['GA', 'AL', 'SC', 'FL'].filter((s) => s !== state));
      licences.push(r.chance(0.7) ? licence(r, today, counter, other, type, 'current') : licence(r, today, counter, state, type, 'expired'));
    }
    const firstName = FIRST[i % FIRST.length];
    // Unique names up to 160,000 practitioners, so pages sort them without ties (the 20× set has
    // 22,000); the first 8,000 keep the one- and two-part names the 1× set always had.
    const q = Math.floor(i / FIRST.length);
    const square = LAST.length * LAST.length;
    const twoPart = `${LAST[q % LAST.length]}-${LAST[Math.floor(q / LAST.length) % LAST.length]}`;
    const lastName = q < LAST.length ? LAST[q] : q < square ? twoPart : `${twoPart}-${LAST[Math.floor(q / square) % LAST.length]}`;
    return {
      slug: `${prefix}${firstName.toLowerCase().replace('á', 'a')}-${lastName.toLowerCase()}-${n}`,
      firstName,
      lastName,
      credentialsSuffix: type,
      bio: `${firstName} has practised for ${r.int(2, 25)} years and works with clients on long-standing pain, stiffness and recovery.`,
      yearsExperience: r.int(1, 30),
      specialties: r.sample(input.specialties.map((s) => s.slug), r.int(1, 3)),
      techniques: r.sample(techniques, r.int(1, Math.max(1, techniques.length))),
      modalities,
      locations: places.map((l) => l.slug),
      languages: ['en', ...(r.chance(0.25) ? [r.pick(LANGUAGES)] : [])],
      acceptingNewClients: r.chance(0.85),
      email: `scale.${n}@example.com`,
      phone: `+1678555${String(n % 10_000).padStart(4, '0')}`,
      internalNotes: `Scale data set practitioner ${n}; main licence ${kind}.`,
      licences,
      booking: { system: 'mindbody', externalId: `scale-staff-${n}` },
    };
  });
};
