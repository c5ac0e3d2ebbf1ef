export const locationTypeDefs = /* GraphQL */ `
  enum LocationStatus {
    open
    coming_soon
    closed
  }

  enum Weekday {
    monday
    tuesday
    wednesday
    thursday
    friday
    saturday
    sunday
  }

  type Address {
    street: String!
    city: String!
    "USPS state code: the licence jurisdiction of the location."
    state: String!
    postalCode: String!
  }

  type GeoPoint {
    latitude: Float!
    longitude: Float!
  }

  type OpeningHours {
    day: Weekday!
    "Local time HH:MM."
    opens: String!
    closes: String!
  }

  type Closure {
    date: Date!
    reason: String
  }

  type Franchise {
    slug: String!
    name: String!
  }

  "A service as offered at one location: each length at this location's price."
  type LocationService {
    service: ServiceSummary!
    variants: [PricedVariant!]!
  }

  type PricedVariant {
    minutes: Int!
    "The price at this location (the location's override, or the base price)."
    price: Money!
    basePrice: Money!
    overridden: Boolean!
    "The next scheduled price at this location, when a change is scheduled (null otherwise)."
    upcomingPrice: Money
    "The first day of upcomingPrice, on the location's calendar (its time zone); price is served from that day."
    upcomingFrom: Date
  }

  type BundleItem {
    service: ServiceSummary!
    minutes: Int!
    count: Int!
    "The price of one session of this item at this location."
    unitPrice: Money!
  }

  "A bundle sold at a location: its price there, the parts' sum there and the saving."
  type LocationBundle {
    slug: String!
    name: String!
    summary: String
    items: [BundleItem!]!
    price: Money!
    sumOfParts: Money!
    "sumOfParts - price (negative values are shown as they are)."
    saving: Money!
    validFrom: Date!
    validUntil: Date
  }

  "A practitioner who may practise at this location, with the modalities they may practise here."
  type LocationPractitioner {
    practitioner: PractitionerSummary!
    modalities: [Modality!]!
  }

  type LocationPractitionerList {
    items: [LocationPractitioner!]!
    pageInfo: PageInfo!
  }

  type LocationPractitionerEdge {
    "Opaque: pass it as after to page on from this practitioner."
    cursor: String!
    node: LocationPractitioner!
  }

  "Practitioners by last name, first name."
  type LocationPractitionerConnection {
    edges: [LocationPractitionerEdge!]!
    pageInfo: CursorPageInfo!
    "All matching practitioners, on every page."
    totalCount: Int!
  }

  input PractitionerFilter {
    "Modality slug."
    modality: String
    "Specialty slug."
    specialty: String
    "Technique slug."
    technique: String
    "Condition slug: practitioners using a technique linked to the condition."
    condition: String
    "BCP 47 language tag, e.g. es."
    language: String
    acceptingNewClients: Boolean
  }

  type Location {
    slug: String!
    name: String!
    operatingStatus: LocationStatus!
    region: String
    phone: String
    "IANA time zone of the location, e.g. America/New_York."
    timeZone: String!
    address: Address!
    geo: GeoPoint
    openingHours: [OpeningHours!]!
    "Closures from today on."
    closures: [Closure!]!
    "Open at this moment, in the location's own time zone (closures count)."
    openNow: Boolean!
    franchise: Franchise
    booking: BookingRef
    "Services offered here with this location's prices (bounded by the catalogue's services)."
    services(modality: String): [LocationService!]!
    "Bundles sold here today, with total, sum of parts here and saving."
    bundles: [LocationBundle!]!
    "Practitioners who may practise here: an active licence of the required type in this state, or none required."
    practitioners(filter: PractitionerFilter, page: PageInput): LocationPractitionerList!
    "The same practitioners as a connection: first 1–100 (default 20), after a cursor from an earlier page."
    practitionerConnection(filter: PractitionerFilter, first: Int = 20, after: String): LocationPractitionerConnection!
    jsonLd: JSON!
  }

  type LocationSummary {
    slug: String!
    name: String!
    operatingStatus: LocationStatus!
    region: String
    timeZone: String!
    address: Address!
    geo: GeoPoint
    openNow: Boolean!
    "Distance from the point of a near filter, in kilometres."
    distanceKm: Float
  }

  type LocationList {
    items: [LocationSummary!]!
    pageInfo: PageInfo!
  }

  type LocationEdge {
    "Opaque: pass it as after to page on from this location."
    cursor: String!
    node: LocationSummary!
  }

  "Locations by name, or nearest first with a near filter."
  type LocationConnection {
    edges: [LocationEdge!]!
    pageInfo: CursorPageInfo!
    "All matching locations, on every page."
    totalCount: Int!
  }

  input NearInput {
    latitude: Float!
    longitude: Float!
    "Radius in kilometres, 0–500."
    radiusKm: Float!
  }

  input LocationFilter {
    "USPS state code."
    state: String
    region: String
    "Service slug offered (and available) there."
    service: String
    "Modality slug offered there."
    modality: String
    "Within a radius of a point; results nearest first."
    near: NearInput
    openNow: Boolean
  }
`;
