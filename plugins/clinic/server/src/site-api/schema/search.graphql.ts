export const searchTypeDefs = /* GraphQL */ `
  "What a search hit is: the page a site links it to is named by its slug."
  enum SearchKind {
    CONDITION
    TECHNIQUE
    SERVICE
    PRACTITIONER
    ARTICLE
    "A question and answer of an article; its slug is the article that holds it (the first by slug when several do). A FAQ no published article holds is not searchable (no page shows it)."
    FAQ
    LOCATION
  }

  "A matched word in a snippet: offsets (UTF-16 code units, as JavaScript strings count) into SearchSnippet.text."
  type SearchHighlight {
    start: Int!
    length: Int!
  }

  "A piece of the hit's text around its first match (at most about 180 characters, … where cut). Plain text: mark the highlights up yourself."
  type SearchSnippet {
    text: String!
    highlights: [SearchHighlight!]!
  }

  type SearchHit {
    kind: SearchKind!
    title: String!
    "The page to link to: condition, technique, service, practitioner, article or location slug; for a FAQ, the article that holds it."
    slug: String!
    snippet: SearchSnippet!
    "Relevance, higher first; only comparable within one search."
    score: Float!
  }

  "Hits of a kind for the query and location, before \`kinds\` is applied (every kind listed, zeros included)."
  type SearchFacet {
    kind: SearchKind!
    count: Int!
  }

  type SearchResults {
    items: [SearchHit!]!
    facets: [SearchFacet!]!
    pageInfo: PageInfo!
  }

  type SearchEdge {
    cursor: String!
    node: SearchHit!
  }

  type SearchConnection {
    edges: [SearchEdge!]!
    facets: [SearchFacet!]!
    "Hits in all (after \`kinds\`)."
    total: Int!
    pageInfo: CursorPageInfo!
  }

  extend type Query {
    """
    Site search over published conditions, techniques, services, eligible practitioners,
    articles, FAQs and locations. query: 1–200 characters; words match as prefixes, and
    words of five letters or more also one edit away ("sports massge"); the synonym list
    adds alternatives ("back pain" → "low-back pain"). "… near <city or location name>"
    scopes to the locations it names. location: a location slug (NOT_FOUND if unknown);
    scopes to what it offers and who may practise there. kinds: only hits of these kinds
    (facets still count every kind). Not cached (Cache-Control max-age 0).
    """
    search(query: String!, location: String, kinds: [SearchKind!], page: PageInput): SearchResults! @cacheControl(maxAge: 0)
    "The same search as a connection: first 1–100 (default 20), after a cursor from an earlier page of the same search."
    searchConnection(query: String!, location: String, kinds: [SearchKind!], first: Int = 20, after: String): SearchConnection! @cacheControl(maxAge: 0)
  }
`;
