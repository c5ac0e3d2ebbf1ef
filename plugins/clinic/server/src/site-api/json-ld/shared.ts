/**
 * Pieces shared by the schema.org JSON-LD builders: stable @ids (so the nodes of
 * different pages link up into one graph), prices, and the output clean-up.
 * Pure functions of the read model; no Strapi import.
 */
import type { IdReference, Person, MedicalSpecialty, MedicalTherapyLeaf, Service, ServiceLeaf } from 'schema-dts';
import { fromCents } from '../../domain/money';
import { isUsStateCode, US_STATE_NAMES } from '../../domain/us-states';
import type { LicenceType } from '../../domain/vocabulary';
import type { PractitionerCard } from '../../read-model/page.types';

export const SCHEMA_CONTEXT = 'https://schema.org' as const;
export const CURRENCY = 'USD' as const;

/** Site URL without a trailing slash, so `${base}/locations/x` never doubles it. */
export const baseUrl = (siteUrl: string) => siteUrl.replace(/\/+$/, '');

export const pageUrl = {
  location: (site: string, slug: string) => `${baseUrl(site)}/locations/${slug}`,
  practitioner: (site: string, slug: string) => `${baseUrl(site)}/practitioners/${slug}`,
  service: (site: string, slug: string) => `${baseUrl(site)}/services/${slug}`,
  technique: (site: string, slug: string) => `${baseUrl(site)}/techniques/${slug}`,
  condition: (site: string, slug: string) => `${baseUrl(site)}/conditions/${slug}`,
  article: (site: string, slug: string) => `${baseUrl(site)}/articles/${slug}`,
};

/** The @id of the main node of each page kind: its URL plus a fragment naming the node. */
export const nodeId = {
  location: (site: string, slug: string) => `${pageUrl.location(site, slug)}#clinic`,
  practitioner: (site: string, slug: string) => `${pageUrl.practitioner(site, slug)}#person`,
  service: (site: string, slug: string) => `${pageUrl.service(site, slug)}#service`,
  condition: (site: string, slug: string) => `${pageUrl.condition(site, slug)}#condition`,
  article: (site: string, slug: string) => `${pageUrl.article(site, slug)}#article`,
};

export const ref = (id: string): IdReference => ({ '@id': id });

/** Cents to the decimal string schema.org wants for `price`: 9500 -> "95.00". */
export const priceText = (cents: number) => fromCents(cents).toFixed(2);

export const variantName = (serviceName: string, minutes: number) => `${serviceName} (${minutes} min)`;

export const personName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** A practitioner as referenced from other pages: public identity only, linked by @id. */
export const personRef = (p: Pick<PractitionerCard, 'slug' | 'firstName' | 'lastName' | 'credentialsSuffix'>, siteUrl: string): Person => ({
  '@type': 'Person',
  '@id': nodeId.practitioner(siteUrl, p.slug),
  name: personName(p),
  honorificSuffix: opt(p.credentialsSuffix),
  url: pageUrl.practitioner(siteUrl, p.slug),
});

/** "GA" -> "Georgia"; an unknown code is passed through rather than dropped. */
export const stateName = (code: string) => (isUsStateCode(code) ? US_STATE_NAMES[code] : code);

/**
 * schema.org has no Chiropractic or Massage specialty; only the unambiguous
 * matches are claimed (PT -> Physiotherapy, chiropractic -> Musculoskeletal).
 */
const SPECIALTY_BY_LICENCE: Partial<Record<LicenceType, MedicalSpecialty>> = {
  PT: 'https://schema.org/Physiotherapy',
  DC: 'https://schema.org/Musculoskeletal',
};
export const specialtyFor = (licence: LicenceType | null): MedicalSpecialty | undefined =>
  licence ? SPECIALTY_BY_LICENCE[licence] : undefined;

/**
 * A node that is both a MedicalTherapy and a Service. schema.org lets neither
 * MedicalTherapy carry `offers` nor an Offer's `itemOffered` be a MedicalTherapy,
 * so a licensed treatment that is sold is typed as both (JSON-LD multi-typing);
 * the intersection keeps every property checked against both types.
 */
export type TherapyService = Omit<MedicalTherapyLeaf, '@type'> &
  Omit<ServiceLeaf, '@type'> & { '@type': ['MedicalTherapy', 'Service'] };
export const THERAPY_SERVICE_TYPE: TherapyService['@type'] = ['MedicalTherapy', 'Service'];
/** schema-dts types @type as one string; the one cast that lets a multi-typed node sit where a Service goes. */
export const asService = (node: TherapyService) => node as unknown as Service;

/**
 * Removes undefined values and empty arrays, recursively: consumers (and the
 * tests) compare JSON, and an empty `employee: []` says nothing useful.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return (value as unknown[]).filter((v) => v !== undefined).map((v) => compact(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[key] = compact(v);
  }
  return out as T;
}

/** null -> undefined, so optional schema.org properties are left out, never null. */
export const opt = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
