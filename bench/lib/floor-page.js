// The raw-SQL floor's assembly: rows from floor-sql.js -> the `data` object of the curated
// LocationPage operation, with the plugin's domain rules (prices, bundle totals, eligibility,
// open-now) from plugins/clinic/dist/server/domain. No Strapi, no GraphQL execution.
const path = require('node:path');
const domain = require(path.resolve(__dirname, '../../plugins/clinic/dist/server/domain'));

const money = (cents) => ({ cents, amount: domain.fromCents(cents).toFixed(2), currency: 'USD' });
const bool = (v) => v === true || v === 1 || v === '1' || v === 't';
const day = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
const group = (rows, key) => {
  const out = new Map();
  for (const r of rows) {
    const list = out.get(r[key]);
    if (list) list.push(r);
    else out.set(r[key], [r]);
  }
  return out;
};
const booking = (r) => (r && r.system ? { system: r.system, externalId: r.external_id } : null);

/** The location page's `data`, shaped exactly like examples/site/src/operations/location-page.graphql asks. */
const assemble = (rows, clock) => {
  if (!rows) return { location: null };
  const { location: l } = rows;
  const field = (name) => rows.components.filter((c) => c.field === name);
  const address = field('address')[0];
  const geo = field('geo')[0];
  const openingHours = field('openingHours').map((h) => ({ day: h.day, opens: h.opens, closes: h.closes }));
  const closures = field('closures').map((c) => ({ date: day(c.date), reason: c.reason ?? null }));
  const state = address.state;

  // Services with the effective price of each variant here.
  const overrides = group(rows.overrides, 'entity_id');
  const serviceParts = group(rows.serviceComponents, 'entity_id');
  const services = [];
  for (const o of rows.offerings) {
    const parts = serviceParts.get(o.service_id) ?? [];
    const variants = domain.effectiveVariants({
      variants: parts.filter((p) => p.field === 'variants').map((v) => ({ minutes: v.minutes, basePrice: v.base_price })),
      offering: { available: bool(o.available), priceOverrides: (overrides.get(o.offering_id) ?? []).map((p) => ({ minutes: p.minutes, price: p.price })) },
    });
    if (variants.length === 0) continue;
    services.push({
      service: { slug: o.slug, name: o.name, summary: o.summary ?? null, modality: { slug: o.modality_slug, name: o.modality_name }, booking: booking(parts.find((p) => p.field === 'booking')) },
      variants,
    });
  }
  services.sort((a, b) => a.service.name.localeCompare(b.service.name));
  const offered = new Map(services.map((s) => [s.service.slug, s]));
  const priceOf = (slug, minutes) => offered.get(slug)?.variants.find((v) => v.minutes === minutes)?.priceCents ?? null;

  // Bundles on sale here: total, sum of parts at this location, saving.
  const itemsOf = group(rows.items, 'entity_id');
  const bundles = [];
  for (const b of rows.bundles) {
    const validity = { validFrom: day(b.valid_from), validUntil: b.valid_until === null ? null : day(b.valid_until) };
    if (!domain.isBundleValidOn(validity, clock.today)) continue;
    const items = (itemsOf.get(b.id) ?? []).filter((i) => i.slug);
    const pricing = domain.bundlePrice({
      items: items.map((i) => ({ serviceKey: i.slug, minutes: i.minutes, count: i.count })),
      rule: { priceRule: b.price_rule, price: b.price, percentOff: b.percent_off === null ? null : Number(b.percent_off) },
      priceOf,
      franchisePrice: b.franchise_price,
    });
    if (pricing.priceCents === null || pricing.partsCents === null || pricing.savingCents === null) continue;
    if (items.some((i) => !offered.has(i.slug))) continue;
    bundles.push({
      slug: b.slug,
      name: b.name,
      summary: b.summary ?? null,
      items: items.map((i) => ({ service: { slug: i.slug, name: offered.get(i.slug).service.name }, minutes: i.minutes, count: i.count, unitPrice: { amount: money(priceOf(i.slug, i.minutes)).amount } })),
      price: { cents: pricing.priceCents, amount: money(pricing.priceCents).amount },
      sumOfParts: { cents: pricing.partsCents, amount: money(pricing.partsCents).amount },
      saving: { cents: pricing.savingCents, amount: money(pricing.savingCents).amount },
      validUntil: validity.validUntil,
    });
  }
  bundles.sort((a, b) => a.name.localeCompare(b.name));

  // Practitioners who may practise here: a practising licence of the required type in this state.
  const links = group(rows.links, 'pid');
  const licences = group(rows.licences, 'pid');
  const bookings = new Map(rows.bookings.map((b) => [b.entity_id, b]));
  const photos = new Map(rows.photos.map((p) => [p.related_id, p.url]));
  const cards = [];
  for (const p of rows.practitioners) {
    const mine = links.get(p.id) ?? [];
    const held = (licences.get(p.id) ?? []).map((x) => ({ type: x.type, state: x.state, issuedOn: day(x.issued_on), expiresOn: day(x.expires_on), suspended: bool(x.suspended) }));
    const modalities = mine
      .filter((x) => x.kind === 'm')
      .filter((m) => domain.mayPractise({ licences: held, requiredLicenceType: m.required_licence_type ?? null, state, today: clock.today, expiringWindowDays: clock.expiringWindowDays }).allowed)
      .map((m) => ({ slug: m.slug, name: m.name }));
    if (modalities.length === 0) continue;
    const languages = typeof p.languages === 'string' ? JSON.parse(p.languages) : (p.languages ?? []);
    cards.push({
      lastName: p.last_name,
      firstName: p.first_name,
      entry: {
        practitioner: {
          slug: p.slug,
          displayName: `${p.first_name} ${p.last_name}${p.credentials_suffix ? `, ${p.credentials_suffix}` : ''}`,
          photoUrl: photos.get(p.id) ?? null,
          languages: Array.isArray(languages) ? languages.filter((x) => typeof x === 'string') : [],
          acceptingNewClients: p.accepting_new_clients === null ? true : bool(p.accepting_new_clients),
          specialties: mine.filter((x) => x.kind === 's').map((s) => ({ slug: s.slug, name: s.name })),
          booking: booking(bookings.get(p.id)),
        },
        modalities,
      },
    });
  }
  cards.sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
  const limit = 50;

  return {
    location: {
      slug: l.slug,
      name: l.name,
      operatingStatus: l.operating_status,
      openNow: l.operating_status === 'open' && domain.isOpenAt({ openingHours, closures, timeZone: l.time_zone }, clock.now),
      timeZone: l.time_zone,
      phone: l.phone ?? null,
      address: { street: address.street, city: address.city, state, postalCode: address.postal_code },
      geo: geo ? { latitude: Number(geo.latitude), longitude: Number(geo.longitude) } : null,
      openingHours,
      closures: closures.filter((c) => domain.compareDates(c.date, clock.today) >= 0),
      franchise: l.franchise_slug ? { name: l.franchise_name } : null,
      booking: booking(field('booking')[0]),
      services: services.map((s) => ({
        service: s.service,
        variants: s.variants.map((v) => ({ minutes: v.minutes, price: money(v.priceCents), basePrice: { amount: money(v.basePriceCents).amount }, overridden: v.overridden })),
      })),
      bundles,
      practitioners: { pageInfo: { total: cards.length, hasNextPage: limit < cards.length }, items: cards.slice(0, limit).map((c) => c.entry) },
    },
  };
};

module.exports = { assemble };
