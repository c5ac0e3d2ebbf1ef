import { parseArgs, practitionerFilterArgs, servicesArgs } from '../args';
import type { SiteContext } from '../context';
import type { LocationView } from '../views/location.view';

type Args = Record<string, unknown>;

export const locationResolvers = {
  services: (location: LocationView, args: Args, ctx: SiteContext) =>
    ctx.site.servicesAt(location.page, parseArgs(servicesArgs, args).modality),
  bundles: (location: LocationView, _: Args, ctx: SiteContext) => ctx.site.bundlesAt(location.page, ctx.clock),
  practitioners: async (location: LocationView, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(practitionerFilterArgs, args);
    const conditionTechniques = filter?.condition ? await ctx.site.conditionTechniques(filter.condition) : null;
    return ctx.site.practitionersAt(location.page, { ...filter, conditionTechniques }, page, ctx.clock);
  },
};
