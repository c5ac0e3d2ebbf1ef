import type { Resolvers } from '../__generated__/resolvers-types';
import { DateScalar, JSONScalar } from '../scalars';
import { queryResolvers } from './query.resolvers';
import { locationResolvers } from './location.resolvers';
import { jsonLdResolvers } from './json-ld.resolvers';
import { authorResolver } from './article.resolvers';
import { searchHitResolvers, searchQueryResolvers } from './search.resolvers';

export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Date: DateScalar,
  Query: { ...queryResolvers, ...searchQueryResolvers },
  SearchHit: searchHitResolvers,
  Location: { ...locationResolvers, jsonLd: jsonLdResolvers.Location },
  Condition: { jsonLd: jsonLdResolvers.Condition },
  Service: { jsonLd: jsonLdResolvers.Service },
  Practitioner: { jsonLd: jsonLdResolvers.Practitioner },
  Article: { author: authorResolver, jsonLd: jsonLdResolvers.Article },
  ArticleSummary: { author: authorResolver },
};
