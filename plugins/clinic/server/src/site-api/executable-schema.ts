import { makeExecutableSchema } from '@graphql-tools/schema';
import { siteTypeDefs } from './schema';
import { resolvers } from './resolvers';

/** The site API's schema: type definitions in schema/, thin resolvers in resolvers/. */
export const buildSiteSchema = () => makeExecutableSchema({ typeDefs: siteTypeDefs, resolvers });
