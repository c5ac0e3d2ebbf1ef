/**
 * Labels and descriptions the admin panel shows, in words: every field's name turned
 * into a label ("operatingStatus" → "Operating status", "externalId" → "External ID"),
 * with the exceptions and the help texts an editor needs written out.
 */
const ACRONYMS: Record<string, string> = { id: 'ID', url: 'URL', nucc: 'NUCC', bcp: 'BCP' };

export const humanize = (field: string): string => {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w) => ACRONYMS[w.toLowerCase()] ?? w.toLowerCase());
  if (words.length === 0 || words[0] === '') return field;
  const [head, ...rest] = words;
  return [head === head.toUpperCase() ? head : head.charAt(0).toUpperCase() + head.slice(1), ...rest].join(' ');
};

export interface FieldText {
  label?: string;
  description?: string;
}

/** Per field name, wherever it appears (content types and components). */
export const FIELD_TEXT: Record<string, FieldText> = {
  title: { description: 'Made by the app from the names it links (not public; edit the service, bundle or location to change it).' },
  slug: { description: 'The last part of the page address on the location sites; lower case and hyphens.' },
  operatingStatus: { label: 'Status', description: 'Open, coming soon or closed: coming-soon and closed locations take no bookings.' },
  priceOverrides: { label: 'Local prices', description: 'A price here replaces the service’s base price at this location, for one length.' },
  available: { label: 'Offered here', description: 'Off: the service is not offered at this location, whatever its prices.' },
  basePrice: { label: 'Base price (USD)' },
  minutes: { label: 'Length (minutes)' },
  price: { label: 'Price (USD)' },
  effectiveFrom: { label: 'From (date)', description: 'Empty: the price applies now. A date: the price applies from that day in the location’s time zone (a scheduled change).' },
  minPrice: { label: 'Lowest allowed price (USD)', description: 'Bundle offerings may not be priced below this.' },
  maxPrice: { label: 'Highest allowed price (USD)', description: 'Bundle offerings may not be priced above this.' },
  percentOff: { label: 'Discount (%)' },
  priceRule: { label: 'Price rule', description: 'Fixed price, or a percentage off the sum of its parts.' },
  validFrom: { label: 'On sale from' },
  validUntil: { label: 'On sale until' },
  externalId: { label: 'External ID', description: 'The id of this entry in the booking system.' },
  languages: { label: 'Languages', description: 'Every language the practitioner sees clients in, picked by name (stored as BCP-47 tags such as es or es-MX).' },
  acceptingNewClients: { label: 'Accepting new clients' },
  credentialsSuffix: { label: 'Credentials', description: 'Shown after the name, for example "LMT, CSCS".' },
  yearsExperience: { label: 'Years of experience' },
  internalNotes: { label: 'Internal notes', description: 'Never shown on the sites.' },
  licenceStatus: { label: 'Status', description: 'Kept by the daily licence job from the dates and the suspension flag.' },
  issuedOn: { label: 'Issued on' },
  expiresOn: { label: 'Expires on' },
  verifiedAt: { label: 'Verified at' },
  verificationUrl: { label: 'Verification URL', description: 'The licensing board’s page for this licence.' },
  number: { label: 'Licence number' },
  state: { label: 'State' },
  board: { label: 'Licensing board' },
  requiredLicenceType: { label: 'Licence needed', description: 'Practitioners of this modality need a licence of this type in the location’s state.' },
  nuccTaxonomyCode: { label: 'NUCC taxonomy code' },
  timeZone: { label: 'Time zone', description: 'IANA time zone, for example America/New_York: opening hours and "open now" use it.' },
  openingHours: { label: 'Opening hours' },
  closures: { label: 'Closures', description: 'Days the location is closed (holidays).' },
  day: { label: 'Day' },
  opens: { label: 'Opens (HH:MM)' },
  closes: { label: 'Closes (HH:MM)' },
  howPerformed: { label: 'How it is performed' },
  bestFor: { label: 'Best for' },
};

export const fieldText = (field: string): Required<Pick<FieldText, 'label'>> & FieldText => ({
  label: FIELD_TEXT[field]?.label ?? humanize(field),
  ...(FIELD_TEXT[field]?.description ? { description: FIELD_TEXT[field].description } : {}),
});
