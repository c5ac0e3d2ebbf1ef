import type { z } from 'zod';
import { parseArgs, practitionerConnectionArgs, practitionerFilterArgs, servicesArgs } from '../args';
import type { SiteContext } from '../context';
import { unknownArgument } from '../errors';
import type { LocationView } from '../views/location.view';

type Args = Record<string, unknown>;

type ParsedFilter = z.output<typeof practitionerFilterArgs>['filter'];

/** The filter with its condition resolved to the condition's techniques (BAD_USER_INPUT for an unknown condition). */
const practitionerFilter = async (filter: ParsedFilter, ctx: SiteContext) => {
  const conditionTechniques = filter?.condition ? await ctx.site.conditionTechniques(filter.condition) : null;
  if (filter?.condition && !conditionTechniques) throw unknownArgument('filter.condition', `no published condition has the slug "${filter.condition}"`);
  return { ...filter, conditionTechniques };
};

export const locationResolvers = {
  services: (location: LocationView, args: Args, ctx: SiteContext) =>
    ctx.site.servicesAt(location.page, parseArgs(servicesArgs, args).modality),
  bundles: (location: LocationView, _: Args, ctx: SiteContext) => ctx.site.bundlesAt(location.page, ctx.clock),
  practitioners: async (location: LocationView, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(practitionerFilterArgs, args);
    return ctx.site.practitionersAt(location.page, await practitionerFilter(filter, ctx), page, ctx.clock);
  },
  practitionerConnection: async (location: LocationView, args: Args, ctx: SiteContext) => {
    const { filter, first, after } = parseArgs(practitionerConnectionArgs, args);
    return ctx.site.practitionerConnectionAt(location.page, await practitionerFilter(filter, ctx), { first, after }, ctx.clock);
  },
};
