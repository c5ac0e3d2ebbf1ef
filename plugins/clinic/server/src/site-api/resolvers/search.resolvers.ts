/** The site search: parse the arguments, ask the index for the page (it picks the page's hits from all of them), shape it. */
import { searchArgs, searchConnectionArgs, parseArgs } from '../args';
import type { SiteContext } from '../context';
import { notFound, unknownArgument } from '../errors';
import { encodeCursor } from '../paging/cursor';
import { checkCursor, CursorMismatchError } from '../paging/connection';
import { searchHitsByScore } from '../paging/orders';
import { UnknownLocationError, type SearchHitView, type SearchQuery, type SearchWindow } from '../../search/site-search';

type Args = Record<string, unknown>;

const run = async (ctx: SiteContext, query: SearchQuery, window: SearchWindow) => {
  try {
    return await ctx.search.search(query, ctx.clock, window);
  } catch (error) {
    if (error instanceof UnknownLocationError) throw notFound('location', error.message);
    throw error;
  }
};

export const searchQueryResolvers = {
  search: async (_: unknown, args: Args, ctx: SiteContext) => {
    const { page, ...query } = parseArgs(searchArgs, args);
    const outcome = await run(ctx, query, page);
    const { limit, offset } = page;
    return { items: outcome.hits, pageInfo: { total: outcome.total, limit, offset, hasNextPage: outcome.hasNextPage }, facets: outcome.facets };
  },
  searchConnection: async (_: unknown, args: Args, ctx: SiteContext) => {
    const { first, after, ...query } = parseArgs(searchConnectionArgs, args);
    let mismatch: CursorMismatchError | null = null;
    try {
      checkCursor(searchHitsByScore, after);
    } catch (error) {
      if (!(error instanceof CursorMismatchError)) throw error;
      mismatch = error;
    }
    // An unknown location is NOT_FOUND before a cursor of another list is refused.
    const outcome = await run(ctx, query, { first, after: mismatch ? null : after });
    if (mismatch) throw unknownArgument('after', mismatch.message);
    const edges = outcome.hits.map((node) => ({ cursor: encodeCursor(searchHitsByScore.id, searchHitsByScore.key(node)), node }));
    return {
      edges,
      pageInfo: { hasNextPage: outcome.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      total: outcome.total,
      facets: outcome.facets,
    };
  },
};

/** A hit's snippet is cut only when asked for. */
export const searchHitResolvers = {
  snippet: (hit: SearchHitView) => hit.snippet(),
};
