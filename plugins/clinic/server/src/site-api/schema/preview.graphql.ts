export const previewTypeDefs = /* GraphQL */ `
  "The kind of site page a previewed document shows on."
  enum PreviewKind {
    LOCATION
    SERVICE
    CONDITION
    PRACTITIONER
    ARTICLE
    TECHNIQUE
  }

  "What a preview token opens: the page to render (as its draft shows it) and until when the token works."
  type PreviewTarget {
    kind: PreviewKind!
    "The page's slug: ask location(slug:), service(slug:)… with it, in the same preview request."
    slug: String!
    "The previewed document (an offering's or a bundle offering's shows on its location's page)."
    documentId: String!
    "When the token expires (ISO 8601, UTC)."
    expiresAt: String!
  }
`;
