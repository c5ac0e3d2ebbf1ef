export const queryTypeDefs = /* GraphQL */ `
  type Query {
    "A location page. NOT_FOUND for an unknown slug."
    location(slug: String!): Location!
    locations(filter: LocationFilter, page: PageInput): LocationList!
    condition(slug: String!): Condition!
    conditions(filter: ConditionFilter, page: PageInput): ConditionList!
    technique(slug: String!): Technique!
    techniques(page: PageInput): TechniqueList!
    service(slug: String!): Service!
    practitioner(slug: String!): Practitioner!
    article(slug: String!): Article!
    articles(filter: ArticleFilter, page: PageInput): ArticleList!
    "The care plan for a condition at a location. NOT_FOUND when either is unknown."
    carePlan(condition: String!, location: String!): CarePlanRecommendation!
  }
`;
