// The raw-SQL floor's data access: the tables Strapi created, read directly with a handful of
// statements per location page (published rows only: published_at is not null). No Strapi, no knex.
const inList = (n) => Array.from({ length: Math.max(n, 1) }, () => '?').join(',');
const PUB = 'published_at is not null';

const LOCATION = `
  select l.id, l.slug, l.name, l.operating_status, l.region, l.time_zone, l.phone, f.slug as franchise_slug, f.name as franchise_name
  from clinic_locations l
  left join clinic_locations_franchise_lnk lf on lf.location_id = l.id
  left join clinic_franchises f on f.id = lf.franchise_id and f.${PUB}
  where l.slug = ? and l.${PUB}`;

// Every component of the location in one statement: address, geo, hours, closures, booking.
const LOCATION_COMPONENTS = `
  select c.field, c."order" as ord, a.street, a.city, a.state, a.postal_code, g.latitude, g.longitude,
         h.day, h.opens, h.closes, x.date, x.reason, b.system, b.external_id
  from clinic_locations_cmps c
  left join components_clinic_address a on c.component_type = 'clinic.address' and a.id = c.cmp_id
  left join components_clinic_geo_point g on c.component_type = 'clinic.geo-point' and g.id = c.cmp_id
  left join components_clinic_opening_hours h on c.component_type = 'clinic.opening-hours' and h.id = c.cmp_id
  left join components_clinic_closure x on c.component_type = 'clinic.closure' and x.id = c.cmp_id
  left join components_clinic_booking_ref b on c.component_type = 'clinic.booking-ref' and b.id = c.cmp_id
  where c.entity_id = ? order by c.field, c."order"`;

const OFFERINGS = `
  select o.id as offering_id, o.available, s.id as service_id, s.slug, s.name, s.summary, m.slug as modality_slug, m.name as modality_name
  from clinic_offerings_location_lnk ol
  join clinic_offerings o on o.id = ol.offering_id and o.${PUB}
  join clinic_offerings_service_lnk os on os.offering_id = o.id
  join clinic_services s on s.id = os.service_id and s.${PUB}
  join clinic_services_modality_lnk sm on sm.service_id = s.id
  join clinic_modalities m on m.id = sm.modality_id and m.${PUB}
  where ol.location_id = ? order by ol.offering_ord, o.id`;

const OVERRIDES = (n) => `
  select c.entity_id, p.minutes, p.price from clinic_offerings_cmps c
  join components_clinic_price_override p on c.component_type = 'clinic.price-override' and p.id = c.cmp_id
  where c.entity_id in (${inList(n)}) order by c.entity_id, c."order"`;

// Variants and booking refs of the services offered here.
const SERVICE_COMPONENTS = (n) => `
  select c.entity_id, c.field, v.minutes, v.base_price, b.system, b.external_id from clinic_services_cmps c
  left join components_clinic_service_variant v on c.component_type = 'clinic.service-variant' and v.id = c.cmp_id
  left join components_clinic_booking_ref b on c.component_type = 'clinic.booking-ref' and b.id = c.cmp_id
  where c.entity_id in (${inList(n)}) order by c.entity_id, c.field, c."order"`;

const BUNDLES = `
  select bo.price as franchise_price, b.id, b.slug, b.name, b.summary, b.price_rule, b.price, b.percent_off, b.valid_from, b.valid_until
  from clinic_bundle_offerings_location_lnk bl
  join clinic_bundle_offerings bo on bo.id = bl.bundle_offering_id and bo.${PUB}
  join clinic_bundle_offerings_bundle_lnk bb on bb.bundle_offering_id = bo.id
  join clinic_bundles b on b.id = bb.bundle_id and b.${PUB}
  where bl.location_id = ? order by bl.bundle_offering_ord, bo.id`;

const BUNDLE_ITEMS = (n) => `
  select c.entity_id, i.minutes, i.count, s.slug from clinic_bundles_cmps c
  join components_clinic_bundle_item i on c.component_type = 'clinic.bundle-item' and i.id = c.cmp_id
  left join components_clinic_bundle_item_service_lnk il on il.bundle_item_id = i.id
  left join clinic_services s on s.id = il.service_id and s.${PUB}
  where c.entity_id in (${inList(n)}) order by c.entity_id, c."order"`;

const PRACTITIONERS = `
  select p.id, p.slug, p.first_name, p.last_name, p.credentials_suffix, p.languages, p.accepting_new_clients
  from clinic_practitioners_locations_lnk pl
  join clinic_practitioners p on p.id = pl.practitioner_id and p.${PUB}
  where pl.location_id = ?`;

// Specialties and modalities (with the licence they require) of those practitioners, in relation order.
const PRACTITIONER_LINKS = (n) => `
  select 's' as kind, l.practitioner_id as pid, l.specialty_ord as ord, x.slug, x.name, null as required_licence_type
  from clinic_practitioners_specialties_lnk l join clinic_specialties x on x.id = l.specialty_id and x.${PUB}
  where l.practitioner_id in (${inList(n)})
  union all
  select 'm' as kind, l.practitioner_id as pid, l.modality_ord as ord, x.slug, x.name, x.required_licence_type
  from clinic_practitioners_modalities_lnk l join clinic_modalities x on x.id = l.modality_id and x.${PUB}
  where l.practitioner_id in (${inList(n)})
  order by kind, pid, ord`;

const LICENCES = (n) => `
  select lp.practitioner_id as pid, l.type, l.state, l.issued_on, l.expires_on, l.suspended
  from clinic_licences_practitioner_lnk lp join clinic_licences l on l.id = lp.licence_id
  where lp.practitioner_id in (${inList(n)})`;

const PRACTITIONER_BOOKING = (n) => `
  select c.entity_id, b.system, b.external_id from clinic_practitioners_cmps c
  join components_clinic_booking_ref b on c.component_type = 'clinic.booking-ref' and b.id = c.cmp_id
  where c.entity_id in (${inList(n)})`;

const PHOTOS = (n) => `
  select m.related_id, f.url from files_related_mph m join files f on f.id = m.file_id
  where m.related_type = 'plugin::clinic.practitioner' and m.field = 'photo' and m.related_id in (${inList(n)})`;

/** Reads everything one location page needs; `query(sql, params)` runs one statement and counts it. */
const readLocation = async (query, slug) => {
  const [location] = await query(LOCATION, [slug]);
  if (!location) return null;
  const ids = (rows, key = 'id') => [...new Set(rows.map((r) => r[key]))];
  const [components, offerings, bundles, practitioners] = await Promise.all([
    query(LOCATION_COMPONENTS, [location.id]),
    query(OFFERINGS, [location.id]),
    query(BUNDLES, [location.id]),
    query(PRACTITIONERS, [location.id]),
  ]);
  const offeringIds = ids(offerings, 'offering_id');
  const serviceIds = ids(offerings, 'service_id');
  const bundleIds = ids(bundles);
  const pids = ids(practitioners);
  const [overrides, serviceComponents, items, links, licences, bookings, photos] = await Promise.all([
    offeringIds.length ? query(OVERRIDES(offeringIds.length), offeringIds) : [],
    serviceIds.length ? query(SERVICE_COMPONENTS(serviceIds.length), serviceIds) : [],
    bundleIds.length ? query(BUNDLE_ITEMS(bundleIds.length), bundleIds) : [],
    pids.length ? query(PRACTITIONER_LINKS(pids.length), [...pids, ...pids]) : [],
    pids.length ? query(LICENCES(pids.length), pids) : [],
    pids.length ? query(PRACTITIONER_BOOKING(pids.length), pids) : [],
    pids.length ? query(PHOTOS(pids.length), pids) : [],
  ]);
  return { location, components, offerings, overrides, serviceComponents, bundles, items, practitioners, links, licences, bookings, photos };
};

module.exports = { readLocation };
