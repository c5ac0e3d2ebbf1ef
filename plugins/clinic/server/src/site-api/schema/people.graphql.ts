export const peopleTypeDefs = /* GraphQL */ `
  enum LicenceStatus {
    active
    expiring
    expired
    suspended
    pending
  }

  "A licence as shown to clients. Only practising licences (active or expiring) are shown."
  type Licence {
    type: String!
    number: String!
    state: String!
    board: String!
    issuedOn: Date!
    expiresOn: Date!
    "Computed for today."
    status: LicenceStatus!
    verificationUrl: String
    verifiedAt: String
  }

  type PractitionerSummary {
    slug: String!
    firstName: String!
    lastName: String!
    "Name with credentials, e.g. \\"Maya Ortiz, LMT\\"."
    displayName: String!
    credentialsSuffix: String
    photoUrl: String
    languages: [String!]!
    acceptingNewClients: Boolean!
    specialties: [Specialty!]!
    techniques: [TechniqueSummary!]!
    booking: BookingRef
  }

  type PractitionerLocation {
    location: LocationSummary!
    "Modalities this practitioner may practise at that location today."
    modalities: [Modality!]!
  }

  type Practitioner {
    slug: String!
    firstName: String!
    lastName: String!
    displayName: String!
    credentialsSuffix: String
    bio: String
    photoUrl: String
    yearsExperience: Int
    languages: [String!]!
    acceptingNewClients: Boolean!
    specialties: [Specialty!]!
    techniques: [TechniqueSummary!]!
    modalities: [Modality!]!
    licences: [Licence!]!
    "Locations where the practitioner may practise at least one modality today."
    locations: [PractitionerLocation!]!
    booking: BookingRef
    jsonLd: JSON!
  }
`;
