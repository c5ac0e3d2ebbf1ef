import { graphql, rest } from './helpers/http';
import { closeDb, db } from './helpers/db';
import { dayPlus } from './helpers/clock';
import { createGeorgiaLicence, deleteLicence, georgiaPractitioner } from './helpers/licences';

/**
 * The public reads a licence's status from its dates on the app's day (CLINIC_TODAY in
 * tests), not the column the daily job last wrote: here the column says "active" for
 * licences the dates call expired, not yet issued and suspended, as it does between a
 * change and the next run of the job.
 */
describe('the public licence status never contradicts the dates', () => {
  let holder: Awaited<ReturnType<typeof georgiaPractitioner>>;
  const licences: Record<'expired' | 'pending' | 'suspended' | 'expiring', { documentId: string; number: string }> = {} as any;

  beforeAll(async () => {
    holder = await georgiaPractitioner();
    licences.expired = await createGeorgiaLicence(holder.practitioner.documentId, { issuedOn: dayPlus(-700), expiresOn: dayPlus(-1) });
    licences.pending = await createGeorgiaLicence(holder.practitioner.documentId, { issuedOn: dayPlus(3), expiresOn: dayPlus(700) });
    licences.suspended = await createGeorgiaLicence(holder.practitioner.documentId, { issuedOn: dayPlus(-100), expiresOn: dayPlus(500) });
    licences.expiring = await createGeorgiaLicence(holder.practitioner.documentId, { issuedOn: dayPlus(-100), expiresOn: dayPlus(0) });
    await db()('clinic_licences').where({ document_id: licences.suspended.documentId }).update({ suspended: true });
    // What the column holds until the job runs again.
    const ids = Object.values(licences).map((l) => l.documentId);
    await db()('clinic_licences').whereIn('document_id', ids).update({ licence_status: 'active' });
  });

  afterAll(async () => {
    for (const licence of Object.values(licences)) await deleteLicence(licence.documentId);
    await closeDb();
  });

  const expected = () => Object.fromEntries(Object.entries(licences).map(([status, l]) => [l.number, status]));

  it('REST answers each licence with the status of its dates, also with a fields selection', async () => {
    for (const [status, licence] of Object.entries(licences)) {
      const one = await rest('GET', `/api/clinic/licences/${licence.documentId}`);
      expect(one.body.data.licenceStatus).toBe(status);
      const selected = await rest('GET', `/api/clinic/licences/${licence.documentId}?fields[0]=number&fields[1]=licenceStatus`);
      expect(selected.body.data).toMatchObject({ number: licence.number, licenceStatus: status });
    }
  });

  it('REST populate through the practitioner answers the same', async () => {
    const res = await rest('GET', `/api/clinic/practitioners/${holder.practitioner.documentId}?populate[licences][fields][0]=number&populate[licences][fields][1]=licenceStatus`);
    const byNumber = Object.fromEntries(res.body.data.licences.map((l: any) => [l.number, l.licenceStatus]));
    expect(byNumber).toMatchObject(expected());
  });

  it('/graphql answers the same at the root and through the relation', async () => {
    for (const [status, licence] of Object.entries(licences)) {
      const res = await graphql(`query ($id: ID!) { clinicLicence(documentId: $id) { licenceStatus } }`, { id: licence.documentId });
      expect(res.data.clinicLicence.licenceStatus).toBe(status);
    }
    const res = await graphql(`query ($id: ID!) { clinicPractitioner(documentId: $id) { licences(pagination: { limit: 50 }) { number licenceStatus } } }`, { id: holder.practitioner.documentId });
    const byNumber = Object.fromEntries(res.data.clinicPractitioner.licences.map((l: any) => [l.number, l.licenceStatus]));
    expect(byNumber).toMatchObject(expected());
  });

  it('a filter on licenceStatus follows the dates on REST and /graphql', async () => {
    const numbers = Object.values(licences).map((l) => l.number);
    const restMatch = async (filter: string) => {
      const res = await rest('GET', `/api/clinic/licences?${numbers.map((n, i) => `filters[number][$in][${i}]=${n}`).join('&')}&${filter}&fields[0]=number`);
      expect(res.status).toBe(200);
      return res.body.data.map((l: any) => l.number).sort();
    };
    expect(await restMatch('filters[licenceStatus][$eq]=active')).toEqual([]);
    expect(await restMatch('filters[licenceStatus]=expired')).toEqual([licences.expired.number]);
    expect(await restMatch('filters[licenceStatus][$in][0]=pending&filters[licenceStatus][$in][1]=suspended')).toEqual([licences.pending.number, licences.suspended.number].sort());
    expect(await restMatch('filters[licenceStatus][$ne]=expiring')).toEqual([licences.expired.number, licences.pending.number, licences.suspended.number].sort());
    const gql = await graphql(`query ($n: [String]) { clinicLicences(filters: { number: { in: $n }, licenceStatus: { eq: "expiring" } }) { number } }`, { n: numbers });
    expect(gql.data.clinicLicences).toEqual([{ number: licences.expiring.number }]);
  });

  it('sorting on the status, which the dates decide, is refused', async () => {
    const res = await rest('GET', '/api/clinic/licences?sort=licenceStatus');
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['sort']);
  });
});
