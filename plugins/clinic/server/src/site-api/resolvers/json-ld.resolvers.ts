// Placeholder wiring until the JSON-LD builders land (replaced in the same change).
export const jsonLdResolvers = {
  Location: () => ({}),
  Condition: () => ({}),
  Service: () => ({}),
  Practitioner: () => ({}),
  Article: () => ({}),
};
