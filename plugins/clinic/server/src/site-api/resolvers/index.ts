import { DateScalar, JSONScalar } from '../scalars';
import { queryResolvers } from './query.resolvers';
import { locationResolvers } from './location.resolvers';
import { jsonLdResolvers } from './json-ld.resolvers';

export const resolvers = {
  JSON: JSONScalar,
  Date: DateScalar,
  Query: queryResolvers,
  Location: { ...locationResolvers, jsonLd: jsonLdResolvers.Location },
  Condition: { jsonLd: jsonLdResolvers.Condition },
  Service: { jsonLd: jsonLdResolvers.Service },
  Practitioner: { jsonLd: jsonLdResolvers.Practitioner },
  Article: { jsonLd: jsonLdResolvers.Article },
};
