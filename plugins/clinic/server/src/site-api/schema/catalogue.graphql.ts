export const catalogueTypeDefs = /* GraphQL */ `
  enum PressureLevel {
    light
    medium
    firm
    deep
  }

  enum EvidenceStrength {
    strong
    moderate
    limited
    emerging
  }

  type TechniqueSummary {
    slug: String!
    name: String!
    pressure: PressureLevel!
  }

  type Technique {
    slug: String!
    name: String!
    pressure: PressureLevel!
    modality: Modality
    howPerformed: String
    bestFor: String
    contraindications: String
    "Conditions this technique is linked to, with the strength of the evidence."
    conditions: [TechniqueCondition!]!
  }

  type TechniqueCondition {
    condition: ConditionSummary!
    evidence: EvidenceStrength!
    note: String
  }

  type TechniqueList {
    items: [Technique!]!
    pageInfo: PageInfo!
  }

  type Citation {
    title: String!
    source: String
    year: Int
    url: String
  }

  type ConditionSummary {
    slug: String!
    name: String!
    category: String!
    summary: String
  }

  type ConditionTechnique {
    technique: TechniqueSummary!
    evidence: EvidenceStrength!
    note: String
  }

  type Condition {
    slug: String!
    name: String!
    category: String!
    summary: String
    disclaimer: String!
    citations: [Citation!]!
    "Techniques linked to the condition, strongest evidence first."
    techniques: [ConditionTechnique!]!
    "Published articles about the condition (at most 20)."
    articles: [ArticleSummary!]!
    jsonLd: JSON!
  }

  type ConditionList {
    items: [ConditionSummary!]!
    pageInfo: PageInfo!
  }

  input ConditionFilter {
    category: String
  }

  type ServiceVariant {
    minutes: Int!
    basePrice: Money!
  }

  type ServiceSummary {
    slug: String!
    name: String!
    summary: String
    modality: Modality!
    booking: BookingRef
  }

  type Service {
    slug: String!
    name: String!
    summary: String
    modality: Modality!
    techniques: [TechniqueSummary!]!
    "Lengths with the chain's base prices (a location may override them)."
    variants: [ServiceVariant!]!
    booking: BookingRef
    "Locations offering the service (at most 100)."
    locations: [LocationSummary!]!
    jsonLd: JSON!
  }
`;
