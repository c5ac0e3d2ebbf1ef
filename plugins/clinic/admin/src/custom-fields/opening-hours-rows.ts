import openingHours from '../../../server/src/components/opening-hours.json';
import { enumLabel } from '../content-manager/enum-labels';

/** The component's uid and its days, read from its schema. */
export const OPENING_HOURS_COMPONENT = 'clinic.opening-hours';
export const DAYS: readonly string[] = openingHours.attributes.day.enum;

export interface OpeningHoursRow {
  __temp_key__?: string;
  day?: unknown;
  opens?: unknown;
  closes?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * A row's heading, from what the row holds now: "Monday · 08:00–17:00"; the day alone
 * while a time is missing, "New opening hours" before a day is chosen. Days without a
 * row are closed (the model has no closed flag).
 */
export const rowHeading = (row: OpeningHoursRow): string => {
  const day = text(row.day);
  if (!day) return 'New opening hours';
  const opens = text(row.opens);
  const closes = text(row.closes);
  return opens && closes ? `${enumLabel(day)} · ${opens}–${closes}` : enumLabel(day);
};
