import { closeDb, db } from '../helpers/db';
import { Channel, deleteCreated, write } from './channels';
import { loadRefs, Refs, validPayload } from './fixtures';

describe('valid writes go through every channel', () => {
  let refs: Refs;
  beforeAll(async () => {
    refs = await loadRefs();
  });
  afterAll(async () => {
    await deleteCreated();
    await closeDb();
  });

  it.each<Channel>(['admin', 'rest', 'graphql'])('%s: create, patch one field, publish a location', async (channel) => {
    const created = await write(channel, 'location', 'create', validPayload('location', refs));
    expect({ ok: created.ok, paths: created.paths }).toEqual({ ok: true, paths: [] });
    const id = created.documentId as string;

    // A fragment: judged as the merged document, so the other fields need not be sent again.
    const patched = await write(channel, 'location', 'update', { name: `Renamed via ${channel}` }, id);
    expect(patched.ok).toBe(true);
    const published = await write(channel, 'location', 'publish', {}, id);
    expect(published.ok).toBe(true);

    const rows = await db()('clinic_locations').where({ document_id: id });
    expect(rows.map((r: any) => [r.name, r.published_at === null ? 'draft' : 'published']).sort()).toEqual([
      [`Renamed via ${channel}`, 'draft'],
      [`Renamed via ${channel}`, 'published'],
    ]);
  });

  it.each([
    ['offering', 'graphql'], ['bundle', 'rest'], ['bundle-offering', 'admin'], ['care-plan', 'graphql'],
    ['licence', 'rest'], ['service', 'admin'], ['practitioner', 'graphql'], ['condition', 'rest'],
  ] as const)('%s via %s', async (type, channel) => {
    const res = await write(channel, type, 'create', validPayload(type, refs));
    expect({ ok: res.ok, paths: res.paths }).toEqual({ ok: true, paths: [] });
  });

  it('a bundle offering at the bounds of its bundle is accepted (bounds are inclusive)', async () => {
    for (const price of [200, 300]) {
      const res = await write('rest', 'bundle-offering', 'create', { ...validPayload('bundle-offering', refs), price });
      expect(res.ok).toBe(true);
    }
  });

  // Decision (README, Validation): flag, not refuse. Editors may link a practitioner before
  // entering the licence; the public listing applies the eligibility rule at query time.
  it('a practitioner linked to a location where they hold no licence for a modality that needs one is accepted', async () => {
    const birmingham = (await db()('clinic_locations').where({ slug: 'birmingham' }).first('document_id')).document_id;
    const res = await write('rest', 'practitioner', 'create', {
      ...validPayload('practitioner', refs),
      modalities: [refs.modality],
      locations: [birmingham],
    });
    expect({ ok: res.ok, paths: res.paths }).toEqual({ ok: true, paths: [] });
    const licences = await db()('clinic_licences_practitioner_lnk')
      .join('clinic_practitioners', 'clinic_practitioners.id', 'clinic_licences_practitioner_lnk.practitioner_id')
      .where('clinic_practitioners.document_id', res.documentId as string)
      .count({ n: '*' });
    expect(Number(licences[0].n)).toBe(0);
  });
});
