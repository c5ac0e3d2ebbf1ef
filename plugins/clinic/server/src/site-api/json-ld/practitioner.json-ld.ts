/**
 * A practitioner page as a schema.org Person. schema.org's Physician is a
 * MedicalOrganization (a practice), not a human, so it is not used here. Licences
 * become credentials valid in their state, and the licence types give the job
 * title and the occupation with its NUCC Health Care Provider Taxonomy code.
 */
import type { EducationalOccupationalCredential, Occupation, PersonLeaf, WithContext } from 'schema-dts';
import { isPractising, type LicenceStatus } from '../../domain/licence.rules';
import type { LicenceType } from '../../domain/vocabulary';
import type { LicenceRecord } from '../../read-model/catalogue.types';
import type { LocationSummaryData, PractitionerPage } from '../../read-model/page.types';
import { compact, nodeId, opt, pageUrl, personName, ref, SCHEMA_CONTEXT, stateName } from './shared';

export type ShownLicence = LicenceRecord & { status: LicenceStatus };

export interface PractitionerJsonLdInput {
  page: PractitionerPage;
  siteUrl: string;
  /** Practising licences with today's status (views/practitioner.view.ts shownLicences). */
  licences: ShownLicence[];
  /** Locations where the practitioner may practise today. */
  locations: Pick<LocationSummaryData, 'slug'>[];
}

interface Occupational {
  title: string;
  /** NUCC Health Care Provider Taxonomy code (https://taxonomy.nucc.org/). */
  nucc: string;
}
export const OCCUPATION_BY_LICENCE: Record<LicenceType, Occupational> = {
  LMT: { title: 'Licensed Massage Therapist', nucc: '225700000X' },
  DC: { title: 'Doctor of Chiropractic', nucc: '111N00000X' },
  PT: { title: 'Physical Therapist', nucc: '225100000X' },
  ATC: { title: 'Athletic Trainer', nucc: '2255A2300X' },
};

const NUCC_CODE_SET = {
  '@type': 'CategoryCodeSet' as const,
  name: 'NUCC Health Care Provider Taxonomy',
  url: 'https://taxonomy.nucc.org/',
};

export function practitionerJsonLd({ page, siteUrl, licences, locations }: PractitionerJsonLdInput): WithContext<PersonLeaf> {
  // A caller that forgets to filter must still never publish a lapsed or suspended licence.
  const practising = licences.filter((l) => isPractising(l.status));
  const types = [...new Set(practising.map((l) => l.type))];
  return compact<WithContext<PersonLeaf>>({
    '@context': SCHEMA_CONTEXT,
    '@type': 'Person',
    '@id': nodeId.practitioner(siteUrl, page.slug),
    name: personName(page),
    givenName: page.firstName,
    familyName: page.lastName,
    honorificSuffix: opt(page.credentialsSuffix),
    url: pageUrl.practitioner(siteUrl, page.slug),
    image: opt(page.photoUrl),
    description: opt(page.bio),
    jobTitle: types.map((t) => OCCUPATION_BY_LICENCE[t].title),
    hasOccupation: types.map((t) => occupation(t, practising)),
    hasCredential: practising.map(credential),
    knowsLanguage: page.languages,
    knowsAbout: [...page.modalities, ...page.specialties, ...page.techniques].map((k) => k.name),
    worksFor: locations.map((l) => ref(nodeId.location(siteUrl, l.slug))),
  });
}

function occupation(type: LicenceType, licences: ShownLicence[]): Occupation {
  const { title, nucc } = OCCUPATION_BY_LICENCE[type];
  const states = [...new Set(licences.filter((l) => l.type === type).map((l) => l.state))];
  return {
    '@type': 'Occupation',
    name: title,
    occupationalCategory: { '@type': 'CategoryCode', codeValue: nucc, inCodeSet: NUCC_CODE_SET },
    occupationLocation: states.map((s) => ({ '@type': 'AdministrativeArea' as const, name: stateName(s) })),
  };
}

const credential = (l: ShownLicence): EducationalOccupationalCredential => ({
  '@type': 'EducationalOccupationalCredential',
  credentialCategory: 'license',
  name: `${l.type} licence ${l.number}`,
  recognizedBy: { '@type': 'Organization', name: l.board },
  validIn: { '@type': 'AdministrativeArea', name: stateName(l.state) },
  identifier: l.number,
  // EducationalOccupationalCredential has no validFrom (schema-dts rejects it):
  // the issue date is the credential's dateCreated.
  dateCreated: l.issuedOn,
  expires: l.expiresOn,
  url: opt(l.verificationUrl),
});
