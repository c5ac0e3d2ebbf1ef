import { articleConnectionArgs, articlesArgs, carePlanArgs, conditionsArgs, locationConnectionArgs, locationsArgs, parseArgs, slugArgs, techniquesArgs } from '../args';
import type { SiteContext } from '../context';
import { notAPreview } from '../preview/preview-request';

type Args = Record<string, unknown>;

/** Root queries: parse the arguments, call one service method. */
export const queryResolvers = {
  location: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.location(parseArgs(slugArgs, args).slug, ctx.clock),
  locations: (_: unknown, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(locationsArgs, args);
    return ctx.site.locations(filter ?? {}, page, ctx.clock);
  },
  locationConnection: (_: unknown, args: Args, ctx: SiteContext) => {
    const { filter, first, after } = parseArgs(locationConnectionArgs, args);
    return ctx.site.locationConnection(filter ?? {}, { first, after }, ctx.clock);
  },
  condition: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.condition(parseArgs(slugArgs, args).slug),
  conditions: (_: unknown, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(conditionsArgs, args);
    return ctx.site.conditions(filter ?? {}, page);
  },
  technique: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.technique(parseArgs(slugArgs, args).slug),
  techniques: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.techniques(parseArgs(techniquesArgs, args).page),
  service: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.service(parseArgs(slugArgs, args).slug, ctx.clock),
  practitioner: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.practitioner(parseArgs(slugArgs, args).slug, ctx.clock),
  article: (_: unknown, args: Args, ctx: SiteContext) => ctx.site.article(parseArgs(slugArgs, args).slug),
  articles: (_: unknown, args: Args, ctx: SiteContext) => {
    const { filter, page } = parseArgs(articlesArgs, args);
    return ctx.site.articles(filter ?? {}, page);
  },
  articleConnection: (_: unknown, args: Args, ctx: SiteContext) => {
    const { filter, first, after } = parseArgs(articleConnectionArgs, args);
    return ctx.site.articleConnection(filter ?? {}, { first, after });
  },
  carePlan: (_: unknown, args: Args, ctx: SiteContext) => {
    const { condition, location } = parseArgs(carePlanArgs, args);
    return ctx.site.carePlan(condition, location, ctx.clock);
  },
  previewTarget: (_: unknown, _args: Args, ctx: SiteContext) => {
    if (!ctx.preview) throw notAPreview();
    const { kind, slug, documentId, expiresAt } = ctx.preview;
    return { kind, slug, documentId, expiresAt: expiresAt.toISOString() };
  },
};
