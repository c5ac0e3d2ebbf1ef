// The report's shape is the server's own (type-only: nothing of the server is bundled).
export type {
  ComplianceReport,
  CoverageGap,
  LicenceAlert,
  LocationGroup,
  ComplianceLocation,
} from '../../../../server/src/domain/compliance.rules';

export const COMPLIANCE_PATH = '/clinic/compliance';
export const COMPLIANCE_EXPORT_PATH = '/clinic/compliance/export';
export const DEFAULT_DAYS = 60;
export const MAX_DAYS = 3650;

/** The days field as typed: a whole number 1–3650, or the message shown under the field. */
export const readDays = (value: number | undefined): { days: number } | { error: string } =>
  value !== undefined && Number.isInteger(value) && value >= 1 && value <= MAX_DAYS
    ? { days: value }
    : { error: `Enter a whole number of days from 1 to ${MAX_DAYS}.` };

/** "20 days left", "expires today", "expired 3 days ago". */
export const daysLeftLabel = (daysLeft: number): string => {
  if (daysLeft === 0) return 'expires today';
  if (daysLeft > 0) return `${daysLeft} day${daysLeft === 1 ? '' : 's'} left`;
  const ago = -daysLeft;
  return `expired ${ago} day${ago === 1 ? '' : 's'} ago`;
};
