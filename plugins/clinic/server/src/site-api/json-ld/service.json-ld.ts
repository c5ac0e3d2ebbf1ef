/**
 * A service page. A service whose modality requires a licence is typed both
 * MedicalTherapy and Service (see TherapyService in shared.ts: MedicalTherapy
 * alone may not carry offers); an unlicensed one is a plain Service. One Offer
 * per variant at the base price, available at the locations that offer it.
 */
import type { Offer, ServiceLeaf, WithContext } from 'schema-dts';
import type { ServicePage } from '../../read-model/page.types';
import {
  compact,
  CURRENCY,
  nodeId,
  opt,
  pageUrl,
  priceText,
  ref,
  SCHEMA_CONTEXT,
  specialtyFor,
  THERAPY_SERVICE_TYPE,
  type TherapyService,
  variantName,
} from './shared';

export interface ServiceJsonLdInput {
  page: ServicePage;
  siteUrl: string;
}

export type ServiceJsonLd = WithContext<TherapyService> | WithContext<ServiceLeaf>;

export function serviceJsonLd({ page, siteUrl }: ServiceJsonLdInput): ServiceJsonLd {
  // A permanently closed location no longer provides anything.
  const places = page.locations.filter((l) => l.operatingStatus !== 'closed').map((l) => ref(nodeId.location(siteUrl, l.slug)));
  const offers: Offer[] = page.variants.map((v) => ({
    '@type': 'Offer',
    name: variantName(page.name, v.minutes),
    price: priceText(v.basePriceCents),
    priceCurrency: CURRENCY,
    availableAtOrFrom: places,
  }));
  const common = {
    '@context': SCHEMA_CONTEXT,
    '@id': nodeId.service(siteUrl, page.slug),
    name: page.name,
    description: opt(page.summary),
    url: pageUrl.service(siteUrl, page.slug),
    serviceType: page.modality.name,
    provider: places,
    offers,
  };
  const licence = page.modality.requiredLicenceType;
  if (licence === null) return compact<WithContext<ServiceLeaf>>({ '@type': 'Service', ...common });
  return compact<WithContext<TherapyService>>({
    '@type': THERAPY_SERVICE_TYPE,
    ...common,
    relevantSpecialty: specialtyFor(licence),
  });
}
