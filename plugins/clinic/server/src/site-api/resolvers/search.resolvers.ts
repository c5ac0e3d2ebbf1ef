/** The site search: parse the arguments, ask the index, page the hits. */
import { searchArgs, searchConnectionArgs, parseArgs } from '../args';
import type { SiteContext } from '../context';
import { notFound, unknownArgument } from '../errors';
import { connection, CursorMismatchError } from '../paging/connection';
import { searchHitsByScore } from '../paging/orders';
import { paginate } from '../views/shapes';
import { UnknownLocationError, type SearchHitView, type SearchQuery } from '../../search/site-search';

type Args = Record<string, unknown>;

const run = async (ctx: SiteContext, query: SearchQuery) => {
  try {
    return await ctx.search.search(query, ctx.clock);
  } catch (error) {
    if (error instanceof UnknownLocationError) throw notFound('location', error.message);
    throw error;
  }
};

export const searchQueryResolvers = {
  search: async (_: unknown, args: Args, ctx: SiteContext) => {
    const { page, ...query } = parseArgs(searchArgs, args);
    const outcome = await run(ctx, query);
    return { ...paginate(outcome.hits, page), facets: outcome.facets };
  },
  searchConnection: async (_: unknown, args: Args, ctx: SiteContext) => {
    const { first, after, ...query } = parseArgs(searchConnectionArgs, args);
    const outcome = await run(ctx, query);
    try {
      const page = connection(outcome.hits, searchHitsByScore, { first, after });
      return { edges: page.edges, pageInfo: page.pageInfo, total: page.totalCount, facets: outcome.facets };
    } catch (error) {
      if (error instanceof CursorMismatchError) throw unknownArgument('after', error.message);
      throw error;
    }
  },
};

/** A hit's snippet is cut only when asked for. */
export const searchHitResolvers = {
  snippet: (hit: SearchHitView) => hit.snippet(),
};
