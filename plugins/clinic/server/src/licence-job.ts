import type { Core } from '@strapi/strapi';

export const LICENCE_JOB_NAME = 'clinic.licence-statuses';

/**
 * Schedules the daily licence status job on Strapi's cron (croner). Every
 * instance schedules it; the daily-job guard makes only one do the work.
 * `licenceJobCron` = 'off' schedules nothing (the tests trigger it themselves).
 */
export const scheduleLicenceJob = (strapi: Core.Strapi) => {
  const config = strapi.plugin('clinic').config;
  const rule = config<string>('licenceJobCron');
  if (!rule || rule === 'off') return;
  strapi.cron.add({
    [LICENCE_JOB_NAME]: {
      options: { rule, tz: config<string>('licenceJobTimeZone') },
      task: async () => {
        const runs = strapi.plugin('clinic').service('metrics').licenceJobRuns;
        try {
          const result = await strapi.plugin('clinic').service('licence-lifecycle').recomputeLicenceStatuses();
          runs.inc({ outcome: result.ran ? 'ran' : 'skipped' });
        } catch (error) {
          runs.inc({ outcome: 'failed' });
          throw error;
        }
      },
    },
  });
};
