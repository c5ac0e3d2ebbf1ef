import type { Core } from '@strapi/strapi';
import { daysLeft, expiringWithin, planLicenceTransitions, type LicenceEvent, type LicenceStatus } from '../domain';
import { licenceRepository } from '../repositories/licence.repository';
import type { GuardedRun } from './daily-job-guard';
import { emitLicenceEvent, licenceEventPayload, type LicenceEventPayload } from './licence-events';

export const LICENCE_STATUS_JOB = 'licence-statuses';

export interface RecomputeResult {
  day: string;
  ran: boolean;
  /** Why nothing was done: another run holds the lock, or this day already ran. */
  reason?: 'locked' | 'already-ran';
  changed: { documentId: string; number: string; from: LicenceStatus | null; to: LicenceStatus }[];
  events: { event: LicenceEvent; documentId: string }[];
}

export interface ExpiringRow {
  location: { documentId: string; name: string; slug: string } | null;
  practitioner: { documentId: string; firstName: string; lastName: string; credentialsSuffix: string | null; slug: string } | null;
  licence: { documentId: string; type: string; number: string; state: string; expiresOn: string; status: LicenceStatus; daysLeft: number };
}

const service = (strapi: Core.Strapi) => strapi.plugin('clinic').service;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The daily job: writes each licence's status for `today` and announces the
   * transitions into 'expiring' and 'expired'. Runs once per day across
   * instances (daily-job-guard); events go out after the commit, so a rolled
   * back run announces nothing.
   */
  async recomputeLicenceStatuses({ today, force = false }: { today?: string; force?: boolean } = {}): Promise<RecomputeResult> {
    const day = today ?? service(strapi)('clock').today();
    const window = service(strapi)('licences').expiringWindowDays();
    const repo = licenceRepository(strapi);

    type Outcome = { changed: RecomputeResult['changed']; outbox: { event: LicenceEvent; payload: LicenceEventPayload }[] };
    const run: GuardedRun<Outcome> = await service(strapi)('daily-job-guard').runOncePerDay(
      LICENCE_STATUS_JOB,
      day,
      async () => {
        const transitions = planLicenceTransitions(await repo.findAllForRecompute(), day, { expiringWindowDays: window });
        const byStatus = new Map<LicenceStatus, number[]>();
        for (const t of transitions) byStatus.set(t.to, [...(byStatus.get(t.to) ?? []), t.licence.id]);
        for (const [status, ids] of byStatus) await repo.setStatus(ids, status);

        const announced = transitions.filter((t) => t.event);
        const holders = new Map((await repo.findWithHolders(announced.map((t) => t.licence.id))).map((l) => [l.id, l]));
        const outbox: { event: LicenceEvent; payload: LicenceEventPayload }[] = announced.map((t) => ({
          event: t.event!,
          payload: licenceEventPayload(holders.get(t.licence.id)!, t.from, t.to, day),
        }));
        return {
          changed: transitions.map((t) => ({ documentId: t.licence.documentId, number: t.licence.number, from: t.from, to: t.to })),
          outbox,
        };
      },
      { force },
    );

    if (!run.ran) return { day, ran: false, reason: run.reason, changed: [], events: [] };
    for (const { event, payload } of run.result.outbox) await emitLicenceEvent(strapi, event, payload);
    const events = run.result.outbox.map(({ event, payload }) => ({ event, documentId: payload.licence.documentId }));
    strapi.log.info(`[clinic] licence statuses for ${day}: ${run.result.changed.length} changed, ${events.length} events`);
    return { day, ran: true, changed: run.result.changed, events };
  },

  /**
   * Licences expiring within `days` of `today`, one row per location of the
   * holder in the licence's state (a row with no location when the holder
   * works in none there), soonest expiry first. Decided from the dates, not the
   * stored status, so it is right even before the day's job ran.
   */
  async expiringLicences({ today, days }: { today?: string; days?: number } = {}): Promise<ExpiringRow[]> {
    const day = today ?? service(strapi)('clock').today();
    const window = days ?? service(strapi)('licences').expiringWindowDays();
    const licences = expiringWithin(await licenceRepository(strapi).findWithHolders(), day, window);
    return licences.flatMap((l) => {
      const licence = {
        documentId: l.documentId,
        type: l.type,
        number: l.number,
        state: l.state,
        expiresOn: l.expiresOn,
        // The status the daily job stores for that day (configured window), which a wider `days` does not change.
        status: service(strapi)('licences').statusOn(l, day) as LicenceStatus,
        daysLeft: daysLeft(l, day),
      };
      const here = l.locations.filter((loc) => loc.state === l.state).sort((a, b) => a.name.localeCompare(b.name));
      const rows = here.length ? here.map(({ documentId, name, slug }) => ({ documentId, name, slug })) : [null];
      return rows.map((location) => ({ location, practitioner: l.practitioner, licence }));
    });
  },
});
