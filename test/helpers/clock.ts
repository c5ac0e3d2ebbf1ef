/**
 * The run's one "today". test/setup/test-env.ts fixes CLINIC_TODAY when the run starts;
 * the booted app's clock (the plugin's services/clock.ts) pins its day to it and the
 * demo data is dated from it, so a run that crosses midnight UTC still has one day.
 * Set CLINIC_TODAY yourself to run the suite as of another day.
 */
export const today = (): string => {
  const day = process.env.CLINIC_TODAY;
  if (!day) throw new Error('CLINIC_TODAY is not set: run the integration tests through jest (test/setup/global-setup.ts sets it)');
  return day;
};

/** A day `days` after `from` (before it when negative), in UTC calendar days. */
export const dayPlus = (days: number, from = today()) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
