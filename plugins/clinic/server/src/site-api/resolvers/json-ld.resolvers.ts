/** jsonLd fields: schema.org markup built only when a site asks for it. */
import type { ArticlePage, ConditionPage } from '../../read-model/page.types';
import type { SiteContext } from '../context';
import { articleJsonLd, conditionJsonLd, locationJsonLd, practitionerJsonLd, serviceJsonLd } from '../json-ld';
import { bundlesOnSale, eligiblePractitioners, type LocationView } from '../views/location.view';
import type { PractitionerView } from '../views/practitioner.view';
import type { ServiceView } from '../views/service.view';

type Args = Record<string, unknown>;

export const jsonLdResolvers = {
  Location: (location: LocationView, _: Args, ctx: SiteContext) =>
    locationJsonLd({
      page: location.page,
      siteUrl: ctx.siteUrl,
      practitioners: eligiblePractitioners(location.page, ctx.clock).map((e) => e.card),
      bundles: bundlesOnSale(location.page, ctx.clock),
      closuresFromToday: location.closures,
    }),
  Practitioner: (practitioner: PractitionerView, _: Args, ctx: SiteContext) =>
    practitionerJsonLd({
      page: practitioner.page,
      siteUrl: ctx.siteUrl,
      licences: practitioner.licences,
      locations: practitioner.locations.map((l) => l.location),
    }),
  Service: (service: ServiceView, _: Args, ctx: SiteContext) => serviceJsonLd({ page: service.page, siteUrl: ctx.siteUrl }),
  Condition: (condition: ConditionPage, _: Args, ctx: SiteContext) => conditionJsonLd({ page: condition, siteUrl: ctx.siteUrl }),
  Article: (article: ArticlePage, _: Args, ctx: SiteContext) => articleJsonLd({ page: article, siteUrl: ctx.siteUrl }),
};
