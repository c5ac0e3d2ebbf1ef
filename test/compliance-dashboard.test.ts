/**
 * The compliance dashboard's admin API, as the admin page calls it (admin JWT):
 * who may read it, what a bad day count answers, and what each reader sees of the
 * demo chain (database/seed/demo: Jun Park's licence expires in 20 days at Buckhead,
 * Whitney Sorensen works in Birmingham, AL, with a Georgia licence only).
 */
import { asUser } from './helpers/admin-session';
import { asAdmin, baseUrl, rest } from './helpers/http';
import { CATALOGUE_EDITOR, OWNER_A, OWNER_B } from './helpers/test-users';

const locationsOf = (groups: { location: { name: string } | null }[]) => groups.map((g) => g.location?.name ?? null);
const practitionersIn = (groups: { rows: { practitioner: { name: string } }[] }[]) => groups.flatMap((g) => g.rows.map((r) => r.practitioner.name));

describe('GET /clinic/compliance', () => {
  it('answers a catalogue editor with the whole chain: expiring and expired licences with days left, and the unlicensed links', async () => {
    const res = await rest('GET', '/clinic/compliance?days=60', undefined, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(200);
    const buckhead = res.body.data.licences.find((g: any) => g.location?.name === 'Lantern Oak Wellness Buckhead');
    expect(buckhead.rows.map((r: any) => [r.practitioner.name, r.kind, r.daysLeft])).toEqual([
      ['Hollis Whitaker, LMT', 'expired', -20],
      ['Jun Park, LMT', 'expiring', 20],
    ]);
    expect(res.body.data.days).toBe(60);
    const birmingham = res.body.data.gaps.find((g: any) => g.location.name === 'Lantern Oak Wellness Birmingham');
    expect(birmingham.rows.map((r: any) => [r.practitioner.name, r.modality.name, r.explanation])).toContainEqual([
      'Whitney Sorensen, LMT',
      'Therapeutic massage',
      'No licence in AL (needs LMT)',
    ]);
  });

  it('narrows to the days asked: 30 days drop the licence that expires in 45', async () => {
    const headers = await asUser(CATALOGUE_EDITOR);
    const wide = await rest('GET', '/clinic/compliance?days=60', undefined, headers);
    const narrow = await rest('GET', '/clinic/compliance?days=30', undefined, headers);
    expect(practitionersIn(wide.body.data.licences)).toContain('Grace Liu, LMT');
    expect(practitionersIn(narrow.body.data.licences)).not.toContain('Grace Liu, LMT');
    expect(practitionersIn(narrow.body.data.licences)).toContain('Jun Park, LMT');
  });

  it.each(['0', '3651', 'abc', '2.5'])('refuses days=%s with 400 naming days', async (days) => {
    const res = await rest('GET', `/clinic/compliance?days=${days}`, undefined, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([{ path: ['days'], message: 'days must be a whole number of days from 1 to 3650', name: 'ValidationError' }]);
  });

  it('refuses an unknown parameter with 400 naming it', async () => {
    const res = await rest('GET', '/clinic/compliance?days=60&franchise=x', undefined, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['franchise']);
  });

  it("shows a franchise owner their own franchise's locations only", async () => {
    const metro = await rest('GET', '/clinic/compliance?days=60', undefined, await asUser(OWNER_A));
    expect(metro.status).toBe(200);
    expect(locationsOf(metro.body.data.licences)).toEqual(['Lantern Oak Wellness Buckhead', 'Lantern Oak Wellness Decatur', 'Lantern Oak Wellness Marietta']);
    expect(locationsOf(metro.body.data.gaps)).not.toContain('Lantern Oak Wellness Birmingham');
    const coast = await rest('GET', '/clinic/compliance?days=60', undefined, await asUser(OWNER_B));
    expect(locationsOf(coast.body.data.licences)).toEqual([]);
    expect(locationsOf(coast.body.data.gaps)).toEqual(['Lantern Oak Wellness Birmingham', 'Lantern Oak Wellness Savannah']);
  });

  it('answers 401 without an admin JWT, and nothing on the content API', async () => {
    expect((await rest('GET', '/clinic/compliance')).status).toBe(401);
    expect((await rest('GET', '/clinic/compliance/export')).status).toBe(401);
    expect((await rest('GET', '/api/clinic/compliance')).status).not.toBe(200);
  });

  it('answers 403 to an admin whose role lacks the permission', async () => {
    const admin = await asAdmin();
    const role = await rest('POST', '/admin/roles', { name: `No compliance ${Date.now()}`, description: 'test role without clinic permissions' }, admin);
    const email = `no-compliance-${Date.now()}@test.clinic.example`;
    const user = await rest('POST', '/admin/users', { email, firstname: 'No', lastname: 'Compliance', roles: [role.body.data.id] }, admin);
    const registered = await rest('POST', '/admin/register', { registrationToken: user.body.data.registrationToken, userInfo: { firstname: 'No', lastname: 'Compliance', password: 'NoCompliance2026!' } });
    const headers = { authorization: `Bearer ${registered.body.data.token}` };
    try {
      expect((await rest('GET', '/clinic/compliance', undefined, headers)).status).toBe(403);
      expect((await rest('GET', '/clinic/compliance/export', undefined, headers)).status).toBe(403);
    } finally {
      await rest('POST', '/admin/users/batch-delete', { ids: [user.body.data.id] }, admin);
      await rest('DELETE', `/admin/roles/${role.body.data.id}`, undefined, admin);
    }
  });
});

describe('GET /clinic/compliance/export', () => {
  it('answers the same report as a CSV attachment, scoped like the page', async () => {
    const res = await fetch(`${baseUrl()}/clinic/compliance/export?days=60`, { headers: await asUser(OWNER_B) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="licence-compliance-\d{4}-\d{2}-\d{2}-60d\.csv"$/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^section,location,franchise,practitioner/);
    expect(lines.slice(1).every((l) => /Birmingham|Savannah/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('Whitney Sorensen'))).toBe(true);
  });
});

describe('GET /clinic/licences/expiring (issue 10: it answered 403 to editors)', () => {
  it('answers a catalogue editor', async () => {
    const res = await rest('GET', '/clinic/licences/expiring?days=60', undefined, await asUser(CATALOGUE_EDITOR));
    expect(res.status).toBe(200);
    expect(res.body.data.map((r: any) => r.practitioner.firstName)).toContain('Jun');
  });
});
