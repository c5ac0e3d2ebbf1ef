export const commonTypeDefs = /* GraphQL */ `
  """
  The site API: a read-only, published-only delivery API for location websites.
  Every list is bounded and paginated. Errors carry stable codes in extensions.code:
  BAD_USER_INPUT (extensions.argument names the argument), NOT_FOUND, QUERY_TOO_COMPLEX,
  GRAPHQL_VALIDATION_FAILED, PERSISTED_QUERY_NOT_FOUND.
  """
  schema {
    query: Query
  }

  "A JSON value: schema.org JSON-LD for the page, ready for a <script type=\\"application/ld+json\\">."
  scalar JSON

  "A calendar date, YYYY-MM-DD."
  scalar Date

  enum CacheControlScope {
    PUBLIC
    PRIVATE
  }

  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  "Pagination of a list: at most 100 items a page."
  input PageInput {
    "Items per page, 1–100 (default 20)."
    limit: Int = 20
    "Items to skip (default 0)."
    offset: Int = 0
  }

  type PageInfo {
    total: Int!
    limit: Int!
    offset: Int!
    hasNextPage: Boolean!
  }

  """
  Where a connection's page ends. Pass endCursor as \`after\` for the next page: a cursor
  names a place in the list's order, not an index, so it stays valid across a publish
  (items published or removed meanwhile are neither repeated nor skipped).
  """
  type CursorPageInfo {
    hasNextPage: Boolean!
    "The cursor of the page's last edge (null when the page is empty)."
    endCursor: String
  }

  "An amount in US dollars."
  type Money {
    "Whole cents, exact."
    cents: Int!
    "Decimal string with two places, e.g. \\"89.00\\"."
    amount: String!
    currency: String!
  }

  enum BookingSystem {
    mindbody
    boulevard
    jane
    other
  }

  "Where to book: the chain's booking system and the ID there."
  type BookingRef {
    system: BookingSystem!
    externalId: String!
  }

  type Modality {
    slug: String!
    name: String!
    summary: String
    "The licence type a practitioner needs for this service line (LMT, DC…), null if none."
    requiredLicenceType: String
  }

  type Specialty {
    slug: String!
    name: String!
  }
`;
