import path from 'node:path';
import { closeDb } from './helpers/db';
import { startWebhookCapture } from './helpers/webhook-capture';
import { dayPlus, today } from './helpers/clock';
import { createGeorgiaLicence, deleteLicence, georgiaPractitioner, recompute, storedStatus } from './helpers/licences';

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const root = path.resolve(__dirname, '..');

/**
 * Two triggers of the daily job for one day at the same moment: exactly one
 * does the work and every event it raises reaches the webhook once.
 * PostgreSQL: a second Strapi instance booted here on the same database races
 * the suite's app (advisory lock + recorded day). SQLite serves one instance:
 * two concurrent triggers race inside the suite's app (in-process guard).
 */
describe(
  onPostgres
    ? 'the licence job run once by two instances on one PostgreSQL'
    : 'the licence job run once by two concurrent triggers on one instance (SQLite: single-instance variant)',
  () => {
    const T = today();
    const X = dayPlus(300); // no other test runs the job for these days
    let second: any = null;
    let capture: Awaited<ReturnType<typeof startWebhookCapture>>;
    let licence: { documentId: string; number: string };

    beforeAll(async () => {
      capture = await startWebhookCapture(['licence.expiring', 'licence.expired']);
      const { practitioner } = await georgiaPractitioner();
      // Active today, expiring at X - 10, so on day X it goes straight from active to expired.
      licence = await createGeorgiaLicence(practitioner.documentId, { issuedOn: dayPlus(-30), expiresOn: dayPlus(280) });
      if (onPostgres) {
        // Booted after the webhook exists: every instance loads webhooks at start.
        // The second instance keeps the production schedule so we can see it is scheduled.
        const { createStrapi } = await import('@strapi/strapi');
        const previous = process.env.CLINIC_LICENCE_JOB_CRON;
        process.env.CLINIC_LICENCE_JOB_CRON = '0 15 3 * * *';
        try {
          second = createStrapi({ appDir: root, distDir: path.join(root, 'dist') });
          second.log.level = 'error';
          await second.load();
        } finally {
          process.env.CLINIC_LICENCE_JOB_CRON = previous;
        }
      }
    }, 120_000);

    afterAll(async () => {
      await capture?.stop();
      if (licence) await deleteLicence(licence.documentId);
      await recompute({ today: T, force: true });
      await closeDb();
      if (second) await second.destroy();
    }, 60_000);

    const trigger = async (which: 'suite' | 'second', day: string) =>
      which === 'second'
        ? second.plugin('clinic').service('licence-lifecycle').recomputeLicenceStatuses({ today: day })
        : (await recompute({ today: day })).body.data;

    const race = (day: string) => Promise.all([trigger('suite', day), trigger(onPostgres ? 'second' : 'suite', day)]);

    it('exactly one run does the work; the other does nothing', async () => {
      const results = await race(X);
      const ran = results.filter((r) => r.ran);
      const skipped = results.filter((r) => !r.ran);
      expect(ran).toHaveLength(1);
      expect(skipped).toHaveLength(1);
      expect(['locked', 'already-ran']).toContain(skipped[0].reason);
      expect(skipped[0]).toMatchObject({ changed: [], events: [] });
      expect(ran[0].changed).toContainEqual({ documentId: licence.documentId, number: licence.number, from: 'active', to: 'expired' });
      expect(await storedStatus(licence.documentId)).toBe('expired');

      // Every event the winning run raised reached the webhook exactly once; the
      // licence that skipped its window raised licence.expired only.
      const expected = ran[0].events.map((e: any) => `${e.event} ${e.documentId}`).sort();
      expect(expected).toContain(`licence.expired ${licence.documentId}`);
      expect(expected).not.toContain(`licence.expiring ${licence.documentId}`);
      const received = await capture.waitFor(() => true, expected.length, { settleMs: 1500 });
      expect(received.map((e) => `${e.event} ${e.body.licence.documentId}`).sort()).toEqual(expected);
    });

    it('a trigger later the same day does nothing; the next day runs once and raises nothing new', async () => {
      expect(await trigger(onPostgres ? 'second' : 'suite', X)).toMatchObject({ ran: false, reason: 'already-ran' });
      const before = capture.received.length;
      const results = await race(dayPlus(301));
      expect(results.filter((r) => r.ran)).toHaveLength(1);
      expect(results.flatMap((r) => r.events)).toEqual([]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(capture.received.length).toBe(before);
    });

    if (onPostgres) {
      it('every instance schedules the job daily at 03:15 UTC', () => {
        const job = second.cron.jobs.find((j: any) => j.name === 'clinic.licence-statuses');
        expect(job).toBeDefined();
        const next: Date = job.job.nextInvocation();
        expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([3, 15]);
        expect(next.getTime() - Date.now()).toBeLessThanOrEqual(86_400_000);
      });
    }
  },
);
