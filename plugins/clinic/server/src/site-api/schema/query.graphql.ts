export const queryTypeDefs = /* GraphQL */ `
  type Query {
    "A location page. NOT_FOUND for an unknown slug."
    location(slug: String!): Location!
    locations(filter: LocationFilter, page: PageInput): LocationList!
    "The same locations as a connection: first 1–100 (default 20), after a cursor from an earlier page."
    locationConnection(filter: LocationFilter, first: Int = 20, after: String): LocationConnection!
    condition(slug: String!): Condition!
    conditions(filter: ConditionFilter, page: PageInput): ConditionList!
    technique(slug: String!): Technique!
    techniques(page: PageInput): TechniqueList!
    service(slug: String!): Service!
    practitioner(slug: String!): Practitioner!
    article(slug: String!): Article!
    articles(filter: ArticleFilter, page: PageInput): ArticleList!
    "The same articles as a connection: first 1–100 (default 20), after a cursor from an earlier page."
    articleConnection(filter: ArticleFilter, first: Int = 20, after: String): ArticleConnection!
    "The care plan for a condition at a location. NOT_FOUND when either is unknown."
    carePlan(condition: String!, location: String!): CarePlanRecommendation!
    "The page a draft preview shows. Only with a valid Clinic-Preview header (UNAUTHENTICATED, HTTP 401, without)."
    previewTarget: PreviewTarget!
  }
`;
