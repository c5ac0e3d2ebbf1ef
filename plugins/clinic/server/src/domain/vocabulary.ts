/**
 * The closed vocabularies of the catalogue, mirroring database/seed/seed-types.ts
 * (kept here so the domain layer imports nothing outside itself).
 */
import { z } from 'zod';

export const LICENCE_TYPES = ['LMT', 'DC', 'PT', 'ATC'] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];
export const licenceTypeSchema = z.enum(LICENCE_TYPES);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdaySchema = z.enum(WEEKDAYS);

export const PERIOD_UNITS = ['day', 'week', 'month'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const periodUnitSchema = z.enum(PERIOD_UNITS);

export function isLicenceType(value: unknown): value is LicenceType {
  return typeof value === 'string' && (LICENCE_TYPES as readonly string[]).includes(value);
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

export function isPeriodUnit(value: unknown): value is PeriodUnit {
  return typeof value === 'string' && (PERIOD_UNITS as readonly string[]).includes(value);
}
