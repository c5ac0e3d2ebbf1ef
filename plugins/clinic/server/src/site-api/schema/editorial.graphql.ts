export const editorialTypeDefs = /* GraphQL */ `
  type Faq {
    slug: String!
    question: String!
    answer: String!
  }

  type ArticleSummary {
    slug: String!
    title: String!
    summary: String
    author: PractitionerSummary
    publishedAt: String!
  }

  type Article {
    slug: String!
    title: String!
    summary: String
    keyTakeaways: [String!]!
    "Markdown."
    body: String
    author: PractitionerSummary
    publishedAt: String!
    updatedAt: String!
    conditions: [ConditionSummary!]!
    techniques: [TechniqueSummary!]!
    services: [ServiceSummary!]!
    faqs: [Faq!]!
    "Other articles sharing a condition (at most 5)."
    related: [ArticleSummary!]!
    jsonLd: JSON!
  }

  type ArticleList {
    items: [ArticleSummary!]!
    pageInfo: PageInfo!
  }

  type ArticleEdge {
    "Opaque: pass it as after to page on from this article."
    cursor: String!
    node: ArticleSummary!
  }

  "Articles newest first."
  type ArticleConnection {
    edges: [ArticleEdge!]!
    pageInfo: CursorPageInfo!
    "All matching articles, on every page."
    totalCount: Int!
  }

  input ArticleFilter {
    "Condition slug."
    condition: String
  }

  enum PeriodUnit {
    day
    week
    month
  }

  "One phase of a care plan: min–max sessions per period, for some weeks (null: ongoing)."
  type CarePlanPhase {
    name: String!
    minPerPeriod: Int!
    maxPerPeriod: Int!
    period: Int!
    periodUnit: PeriodUnit!
    lengthWeeks: Int
    sessionMinutes: Int!
    "e.g. \\"2–3 sessions a week for 4 weeks\\"."
    description: String!
  }

  type CarePlan {
    slug: String!
    name: String!
    goal: String
    phases: [CarePlanPhase!]!
  }

  "What a location can offer for a condition: evidence, a phased plan, and who and what fits."
  type CarePlanRecommendation {
    condition: ConditionSummary!
    location: LocationSummary!
    "The condition's plan, or the chain's general plan when the condition has none."
    plan: CarePlan
    techniques: [ConditionTechnique!]!
    "Services at the location that use a recommended technique, with local prices."
    services: [LocationService!]!
    "Bundles at the location that contain such a service."
    bundles: [LocationBundle!]!
    "Practitioners there, practising today, whose techniques or specialties match (at most 20)."
    practitioners: [LocationPractitioner!]!
  }
`;
