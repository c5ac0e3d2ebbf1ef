/**
 * The admin panel's screens as an editor meets them (issue 10, item 1): entries named in
 * words ("Therapeutic massage · Lantern Oak Wellness Buckhead", not an id), labels in
 * words, list columns that answer the usual question, and a search that finds offerings
 * by service and location names. Through the content manager's own HTTP API, which the
 * admin panel reads.
 */
import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { CATALOGUE_EDITOR } from './helpers/test-users';

const asEditor = () => asUser(CATALOGUE_EDITOR);
const configuration = async (type: string) => {
  const res = await rest('GET', `/content-manager/content-types/plugin::clinic.${type}/configuration`, undefined, await asEditor());
  expect(res.status).toBe(200);
  return res.body.data.contentType as { settings: Record<string, unknown>; metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>; layouts: { list: string[]; edit: { name: string }[][] } };
};

describe('the content manager, configured for the clinic domain', () => {
  it('names offerings and bundle offerings by what they link, first and read-only in the edit view', async () => {
    for (const type of ['offering', 'bundle-offering']) {
      const config = await configuration(type);
      expect(config.settings.mainField).toBe('title');
      expect(config.layouts.edit[0]).toEqual([expect.objectContaining({ name: 'title' })]);
      expect(config.metadatas.title.edit.editable).toBe(false);
    }
    const offerings = await rest('GET', cm('offering', '?pageSize=100'), undefined, await asEditor());
    expect(offerings.body.results.length).toBeGreaterThan(0);
    for (const offering of offerings.body.results) expect(offering.title).toMatch(/^\S.* · \S.*$/);
  });

  it('lists the columns that answer the usual question, in a sensible order', async () => {
    expect((await configuration('offering')).layouts.list).toEqual(['title', 'service', 'location', 'available', 'updatedAt']);
    expect((await configuration('location')).layouts.list).toEqual(['name', 'region', 'franchise', 'operatingStatus', 'timeZone']);
    const licence = await configuration('licence');
    expect(licence.layouts.list).toEqual(['practitioner', 'type', 'state', 'number', 'expiresOn', 'licenceStatus']);
    expect(licence.settings).toEqual(expect.objectContaining({ defaultSortBy: 'expiresOn', defaultSortOrder: 'ASC' }));
    // A licence's holder is named by the practitioner's last name, not an id.
    expect(licence.metadatas.practitioner.edit.mainField).toBe('lastName');
    // Relation pickers on a location name its offerings by their title.
    expect((await configuration('location')).metadatas.offerings.edit.mainField).toBe('title');
  });

  it('labels fields in words, with help where an editor needs it', async () => {
    const location = await configuration('location');
    expect(location.metadatas.operatingStatus.edit.label).toBe('Status');
    expect(location.metadatas.timeZone.edit.description).toMatch(/IANA time zone/);
    const offering = await configuration('offering');
    expect(offering.metadatas.priceOverrides.edit.label).toBe('Local prices');
    expect(offering.metadatas.available.list.label).toBe('Offered here');
    expect((await configuration('practitioner')).metadatas.acceptingNewClients.edit.label).toBe('Accepting new clients');
  });

  it('finds offerings by service name and by location name', async () => {
    const byService = await rest('GET', cm('offering', '?_q=Therapeutic&pageSize=100'), undefined, await asEditor());
    expect(byService.status).toBe(200);
    expect(byService.body.results.length).toBeGreaterThan(0);
    for (const o of byService.body.results) expect(o.title).toMatch(/^Therapeutic massage · /);
    const byLocation = await rest('GET', cm('offering', '?_q=Buckhead&pageSize=100'), undefined, await asEditor());
    expect(byLocation.body.results.length).toBeGreaterThan(0);
    for (const o of byLocation.body.results) expect(o.title).toMatch(/ · .*Buckhead$/);
  });

  it('keeps the title when a service is renamed, and never takes a title from the sender', async () => {
    const [service] = (await rest('GET', cm('service', '?filters[$and][0][slug][$eq]=therapeutic-massage'), undefined, await asAdmin())).body.results;
    const [savannah] = (await rest('GET', cm('location', '?filters[$and][0][slug][$eq]=savannah'), undefined, await asAdmin())).body.results;
    const created = await rest('POST', cm('offering'), { service: service.documentId, location: savannah.documentId, available: true, title: 'Free massage for all' }, await asEditor());
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    try {
      expect(created.body.data.title).toBe(`Therapeutic massage · ${savannah.name}`);
      expect((await rest('PUT', cm('service', `/${service.documentId}`), { name: 'Therapeutic massage (renamed)' }, await asEditor())).status).toBe(200);
      const read = await rest('GET', cm('offering', `/${documentId}`), undefined, await asEditor());
      expect(read.body.data.title).toBe(`Therapeutic massage (renamed) · ${savannah.name}`);
    } finally {
      await rest('PUT', cm('service', `/${service.documentId}`), { name: service.name }, await asEditor());
      await rest('DELETE', cm('offering', `/${documentId}`), undefined, await asEditor());
    }
    const restored = await rest('GET', cm('offering', '?_q=renamed'), undefined, await asEditor());
    expect(restored.body.results).toEqual([]);
  });

  it('does not publish the admin title (it may name an unpublished entry)', async () => {
    const res = await rest('GET', '/api/clinic/offerings?pagination[pageSize]=5');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const offering of res.body.data) expect(offering).not.toHaveProperty('title');
  });
});

describe('edit-view widgets of the clinic types', () => {
  it("gives a practitioner's languages the languages widget while they stay a JSON array of tags, checked by the server", async () => {
    const types = await rest('GET', '/content-manager/content-types', undefined, await asEditor());
    expect(types.status).toBe(200);
    const practitioner = (types.body.data as { uid: string; attributes: Record<string, Record<string, unknown>> }[]).find((t) => t.uid === 'plugin::clinic.practitioner')!;
    expect(practitioner.attributes.languages).toEqual(expect.objectContaining({ type: 'json', customField: 'plugin::clinic.languages' }));

    const [reyes] = (await rest('GET', cm('practitioner', '?filters[$and][0][slug][$eq]=daniel-reyes'), undefined, await asAdmin())).body.results;
    try {
      const saved = await rest('PUT', cm('practitioner', `/${reyes.documentId}`), { languages: ['en', 'es-MX'] }, await asEditor());
      expect(saved.status).toBe(200);
      expect(saved.body.data.languages).toEqual(['en', 'es-MX']);
      const refused = await rest('PUT', cm('practitioner', `/${reyes.documentId}`), { languages: ['en', 'Spanish'] }, await asEditor());
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors[0].path[0]).toBe('languages');
    } finally {
      await rest('PUT', cm('practitioner', `/${reyes.documentId}`), { languages: reyes.languages }, await asEditor());
    }
  });

  it('heads repeatable rows by a field: opening hours by their day, local prices by their minutes', async () => {
    const main = async (uid: string) => {
      const res = await rest('GET', `/content-manager/components/${uid}/configuration`, undefined, await asEditor());
      expect(res.status).toBe(200);
      return res.body.data.component.settings.mainField;
    };
    await expect(main('clinic.opening-hours')).resolves.toBe('day');
    await expect(main('clinic.price-override')).resolves.toBe('minutes');
    await expect(main('clinic.bundle-item')).resolves.toBe('minutes');
  });
});
