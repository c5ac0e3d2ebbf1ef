import { asAdmin, graphql, rest } from './helpers/http';
import { closeDb } from './helpers/db';
import { startWebhookCapture } from './helpers/webhook-capture';
import { dayPlus, today } from './helpers/clock';
import { createGeorgiaLicence, deleteLicence, expiringList, georgiaPractitioner, recompute, storedStatus } from './helpers/licences';

/**
 * The daily job with a controlled clock: a licence expiring 100 days from now is
 * active tomorrow (D), expiring 45 days from now (D'), expired 101 days from now
 * (D''). Each licence event reaches a real webhook exactly once, however often
 * the job runs again. The days used here are used by no other test, so the
 * once-per-day guard never skips a run this test expects.
 */
describe('licence expiry end to end with a controlled clock', () => {
  const T = today();
  const D = dayPlus(1);
  const D1 = dayPlus(45);
  const D2 = dayPlus(101);
  const D3 = dayPlus(130);
  let capture: Awaited<ReturnType<typeof startWebhookCapture>>;
  let licence: { documentId: string; number: string };
  let holder: Awaited<ReturnType<typeof georgiaPractitioner>>;
  const forL = (event: string) => (e: { event: string; body: any }) => e.event === event && e.body.licence?.documentId === licence.documentId;
  const reported: { event: string; documentId: string }[] = [];

  beforeAll(async () => {
    capture = await startWebhookCapture(['licence.expiring', 'licence.expired']);
    holder = await georgiaPractitioner();
    licence = await createGeorgiaLicence(holder.practitioner.documentId, { issuedOn: dayPlus(-400), expiresOn: dayPlus(100) });
  });

  afterAll(async () => {
    await capture?.stop();
    if (licence) await deleteLicence(licence.documentId);
    // Put the demo chain's statuses back to the real day for the other test files.
    await recompute({ today: T, force: true });
    await closeDb();
  });

  it('on day D the licence stays active and is not in the expiring list', async () => {
    const run = await recompute({ today: D });
    expect(run.status).toBe(200);
    expect(run.body.data).toMatchObject({ day: D, ran: true });
    reported.push(...run.body.data.events);
    expect(run.body.data.changed.map((c: any) => c.documentId)).not.toContain(licence.documentId);
    expect(await storedStatus(licence.documentId)).toBe('active');

    const list = await expiringList(`days=60&today=${D}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: any) => r.licence.documentId)).not.toContain(licence.documentId);
  });

  it("on day D' (55 days left) it becomes expiring, is listed by location and practitioner, and licence.expiring fires", async () => {
    const run = await recompute({ today: D1 });
    expect(run.body.data.ran).toBe(true);
    reported.push(...run.body.data.events);
    expect(run.body.data.changed).toContainEqual({ documentId: licence.documentId, number: licence.number, from: 'active', to: 'expiring' });
    expect(run.body.data.events).toContainEqual({ event: 'licence.expiring', documentId: licence.documentId });
    expect(await storedStatus(licence.documentId)).toBe('expiring');

    const list = await expiringList(`days=60&today=${D1}`);
    const rows = list.body.data.filter((r: any) => r.licence.documentId === licence.documentId);
    expect(rows).toContainEqual({
      location: { documentId: holder.location.documentId, name: holder.location.name, slug: holder.location.slug },
      practitioner: expect.objectContaining({ documentId: holder.practitioner.documentId, lastName: holder.practitioner.lastName }),
      licence: { documentId: licence.documentId, type: 'LMT', number: licence.number, state: 'GA', expiresOn: dayPlus(100), status: 'expiring', daysLeft: 55 },
    });
    const expiries = list.body.data.map((r: any) => r.licence.expiresOn);
    expect(expiries).toEqual([...expiries].sort());
    expect(list.body.data.every((r: any) => r.licence.daysLeft >= 0 && r.licence.daysLeft <= 60)).toBe(true);

    const [event] = await capture.waitFor(forL('licence.expiring'), 1);
    expect(event.body).toMatchObject({
      event: 'licence.expiring',
      day: D1,
      licence: { number: licence.number, state: 'GA', status: 'expiring', previousStatus: 'active', daysLeft: 55 },
      practitioner: { documentId: holder.practitioner.documentId },
    });
    expect(event.body.locations).toContainEqual({ documentId: holder.location.documentId, name: holder.location.name, slug: holder.location.slug });
    expect(event.body.practitioner).not.toHaveProperty('email');
  });

  it("running D' again does nothing, and a forced re-run changes and announces nothing for it", async () => {
    const again = await recompute({ today: D1 });
    expect(again.body.data).toEqual({ day: D1, ran: false, reason: 'already-ran', changed: [], events: [] });

    const forced = await recompute({ today: D1, force: true });
    expect(forced.body.data.ran).toBe(true);
    expect(forced.body.data.changed).toEqual([]);
    expect(forced.body.data.events).toEqual([]);
  });

  it("on day D'' it becomes expired and licence.expired fires; the public API reads the status of the dates on the app's day", async () => {
    const run = await recompute({ today: D2 });
    reported.push(...run.body.data.events);
    expect(run.body.data.changed).toContainEqual({ documentId: licence.documentId, number: licence.number, from: 'expiring', to: 'expired' });
    expect(run.body.data.events).toContainEqual({ event: 'licence.expired', documentId: licence.documentId });
    expect(await storedStatus(licence.documentId)).toBe('expired');

    const [event] = await capture.waitFor(forL('licence.expired'), 1);
    expect(event.body.licence).toMatchObject({ status: 'expired', previousStatus: 'expiring', daysLeft: -1 });

    // The run was for day D'' (an admin re-run); the app's day is still T, when the licence
    // has 100 days left: the public never reads a status the dates contradict.
    const pub = await graphql(`query ($id: ID!) { clinicLicence(documentId: $id) { number licenceStatus } }`, { id: licence.documentId });
    expect(pub.data.clinicLicence).toEqual({ number: licence.number, licenceStatus: 'active' });

    const list = await expiringList(`days=60&today=${D2}`);
    expect(list.body.data.map((r: any) => r.licence.documentId)).not.toContain(licence.documentId);
  });

  it('each event fired exactly once even after a run for a later day', async () => {
    const later = await recompute({ today: D3 });
    reported.push(...later.body.data.events);
    expect(later.body.data.changed.map((c: any) => c.documentId)).not.toContain(licence.documentId);

    expect(await capture.waitFor(forL('licence.expiring'), 1)).toHaveLength(1);
    expect(capture.matching(forL('licence.expired'))).toHaveLength(1);
    // Every event a run reported reached the webhook once, and nothing else did.
    const key = (e: { event: string; documentId: string }) => `${e.event} ${e.documentId}`;
    expect(capture.received.map((e) => key({ event: e.event, documentId: e.body.licence.documentId })).sort()).toEqual(reported.map(key).sort());
  });
});

describe('the admin API of the licence lifecycle', () => {
  it('refuses a bad query with a 400 naming the field', async () => {
    for (const query of ['days=-1', 'days=soon', 'days=2.5', 'days=99999']) {
      const res = await expiringList(query);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.details.errors[0].path).toEqual(['days']);
    }
    const badDay = await expiringList('today=2026-02-30');
    expect(badDay.status).toBe(400);
    expect(badDay.body.error.details.errors[0].path).toEqual(['today']);
    const badBody = await recompute({ today: 'tomorrow' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.error.details.errors[0].path).toEqual(['today']);
  });

  it('defaults to the configured 60-day window and the real day', async () => {
    const res = await expiringList('');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.body.data.every((r: any) => r.licence.daysLeft >= 0 && r.licence.daysLeft <= 60)).toBe(true);
  });

  it('refuses the public and API paths without an admin JWT', async () => {
    expect((await rest('GET', '/clinic/licences/expiring?days=60')).status).toBe(401);
    expect((await rest('POST', '/clinic/licences/recompute', {})).status).toBe(401);
    expect((await rest('GET', '/clinic/licences/expiring', undefined, { authorization: 'Bearer not-a-token' })).status).toBe(401);
    const viaContentApi = await rest('GET', '/api/clinic/licences/expiring');
    expect(viaContentApi.status).not.toBe(200);
  });

  it('refuses an admin whose role lacks the licence permissions (403)', async () => {
    const admin = await asAdmin();
    const role = await rest('POST', '/admin/roles', { name: `No licences ${Date.now()}`, description: 'test role without clinic permissions' }, admin);
    expect(role.status).toBe(201);
    const email = `no-licences-${Date.now()}@test.clinic.example`;
    const user = await rest('POST', '/admin/users', { email, firstname: 'No', lastname: 'Licences', roles: [role.body.data.id] }, admin);
    expect(user.status).toBe(201);
    const registered = await rest('POST', '/admin/register', {
      registrationToken: user.body.data.registrationToken,
      userInfo: { firstname: 'No', lastname: 'Licences', password: 'NoLicences2026!' },
    });
    expect(registered.status).toBe(200);
    const headers = { authorization: `Bearer ${registered.body.data.token}` };
    try {
      expect((await rest('GET', '/clinic/licences/expiring?days=60', undefined, headers)).status).toBe(403);
      expect((await rest('POST', '/clinic/licences/recompute', {}, headers)).status).toBe(403);
    } finally {
      await rest('POST', '/admin/users/batch-delete', { ids: [user.body.data.id] }, admin);
      await rest('DELETE', `/admin/roles/${role.body.data.id}`, undefined, admin);
    }
  });
});
