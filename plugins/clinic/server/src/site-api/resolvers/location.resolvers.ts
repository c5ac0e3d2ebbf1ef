import { parseArgs, practitionerFilterArgs, servicesArgs } from '../args';
import type { SiteContext } from '../context';
import { unknownArgument } from '../errors';
import type { LocationView } from '../views/location.view';

type Args = Record<string, unknown>;

export const locationResolvers = {
  services: (location: LocationView, args: Args, ctx: SiteContext) =>
    ctx.site.servicesAt(location.page, parseArgs(servicesArgs, args).modality),
  bundles: (location: LocationView, _: Args, ctx: SiteContext) => ctx.site.bundlesAt(location.page, ctx.clock),
  practitioners: async (location: LocationView, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(practitionerFilterArgs, args);
    const conditionTechniques = filter?.condition ? await ctx.site.conditionTechniques(filter.condition) : null;
    if (filter?.condition && !conditionTechniques) throw unknownArgument('filter.condition', `no published condition has the slug "${filter.condition}"`);
    return ctx.site.practitionersAt(location.page, { ...filter, conditionTechniques }, page, ctx.clock);
  },
};
