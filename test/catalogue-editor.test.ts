import { asAdmin, rest } from './helpers/http';
import { asUser, cm } from './helpers/admin-session';
import { closeDb, countRows, db } from './helpers/db';
import { CATALOGUE_EDITOR } from './helpers/test-users';

const asEditor = () => asUser(CATALOGUE_EDITOR);

afterAll(closeDb);

describe('Given a catalogue editor', () => {
  it('when they rename a service, then the change is saved, and they can publish it', async () => {
    const list = await rest('GET', cm('service', '?pageSize=1&sort=slug:asc'), undefined, await asEditor());
    expect(list.status).toBe(200);
    const service = list.body.results[0];
    try {
      const res = await rest('PUT', cm('service', `/${service.documentId}`), { name: `${service.name} (edited)` }, await asEditor());

      expect(res.status).toBe(200);
      const [draft] = await db()('clinic_services').where({ document_id: service.documentId }).whereNull('published_at').select('name');
      expect(draft.name).toBe(`${service.name} (edited)`);
    } finally {
      await rest('PUT', cm('service', `/${service.documentId}`), { name: service.name }, await asEditor());
    }
    expect((await rest('POST', cm('service', `/${service.documentId}/actions/publish`), {}, await asEditor())).status).toBe(200);
  });

  it('when they add an offering at a location of any franchise, then it is saved (they are not held to a franchise)', async () => {
    const [savannah] = (await rest('GET', cm('location', '?filters[$and][0][slug][$eq]=savannah'), undefined, await asAdmin())).body.results;
    const [service] = (await rest('GET', cm('service', '?pageSize=1'), undefined, await asAdmin())).body.results;

    const res = await rest('POST', cm('offering'), { service: service.documentId, location: savannah.documentId, available: false }, await asEditor());

    expect(res.status).toBe(201);
    expect((await rest('DELETE', cm('offering', `/${res.body.data.documentId}`), undefined, await asEditor())).status).toBe(200);
  });

  it("when they try to make someone a franchise's owner, then the owners stay as they were", async () => {
    const owners = async (franchiseId: number) => (await db()('clinic_franchises_owners_lnk').where({ franchise_id: franchiseId }).pluck('user_id')).sort();
    const [franchise] = (await rest('GET', cm('franchise', '?pageSize=1'), undefined, await asAdmin())).body.results;
    const [{ id: editorId }] = await db()('admin_users').where({ email: CATALOGUE_EDITOR.email }).select('id');
    const before = await owners(franchise.id);

    const res = await rest('PUT', cm('franchise', `/${franchise.documentId}`), { owners: { connect: [{ id: editorId }] } }, await asEditor());

    expect([200, 403]).toContain(res.status);
    expect(await owners(franchise.id)).toEqual(before);
    expect(before).not.toContain(editorId);
  });

  it('when they open the media library, then it answers', async () => {
    expect((await rest('GET', '/upload/files', undefined, await asEditor())).status).toBe(200);
  });

  it.each([
    ['the admin roles', '/admin/roles'],
    ['the admin users', '/admin/users'],
    ['the webhooks settings', '/admin/webhooks'],
    ['the API tokens settings', '/admin/api-tokens'],
  ])('when they open %s, then they are refused (403)', async (_, path) => {
    expect((await rest('GET', path, undefined, await asEditor())).status).toBe(403);
  });

  it('when they try to create a role or an admin user, then they are refused (403) and nothing is written', async () => {
    const [roles, users] = [await countRows('admin_roles'), await countRows('admin_users')];

    const role = await rest('POST', '/admin/roles', { name: 'Self-made super role', description: 'x' }, await asEditor());
    const user = await rest('POST', '/admin/users', { email: 'intruder@test.clinic.example', firstname: 'In', lastname: 'Truder', roles: [1] }, await asEditor());

    expect([role.status, user.status]).toEqual([403, 403]);
    expect([await countRows('admin_roles'), await countRows('admin_users')]).toEqual([roles, users]);
  });
});
