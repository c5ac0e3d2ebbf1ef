import { z } from 'zod';
import { compareDates } from '../dates';
import { problem, Problem } from '../errors';
import { LICENCE_STATUSES } from '../licence.rules';
import { LICENCE_TYPES } from '../vocabulary';
import { fieldIsClean, httpUrl, isoDate, isoDateTime, relationRef, shapeProblems, text, usState, ValidationMode } from './common.schema';

/**
 * Licence-number formats by state and type, where the board's format is known.
 * Other combinations only need a plausible number (letters, digits, - and /).
 */
export const LICENCE_NUMBER_FORMATS: Readonly<Record<string, { pattern: RegExp; example: string }>> = {
  'GA:LMT': { pattern: /^MT\d{6}$/, example: 'MT012345' },
  'GA:DC': { pattern: /^CHIR\d{6}$/, example: 'CHIR012345' },
};

export const licenceShape = {
  practitioner: relationRef,
  type: z.enum(LICENCE_TYPES),
  number: z.string().regex(/^[A-Z0-9][A-Z0-9/-]{2,29}$/, 'must be 3-30 upper-case letters, digits, - or /'),
  state: usState,
  board: text(),
  issuedOn: isoDate,
  expiresOn: isoDate,
  licenceStatus: z.enum(LICENCE_STATUSES),
  suspended: z.boolean().nullish(),
  verificationUrl: httpUrl.nullish(),
  verifiedAt: z.union([isoDateTime, z.date(), z.number()]).nullish(), // numbers and Dates: as read back from the database
};

/** Expiry after the issue date; the number in its state's format for the type, where known. */
export function validateLicenceDocument(doc: Record<string, unknown>, mode: ValidationMode): Problem[] {
  const problems = shapeProblems(licenceShape, doc, mode);
  const { issuedOn, expiresOn, state, type, number } = doc as Record<string, string>;
  if (issuedOn && expiresOn && fieldIsClean(problems, 'issuedOn', 'expiresOn') && compareDates(expiresOn, issuedOn) <= 0) {
    problems.push(problem('expiresOn', 'invalid-order', `expiresOn (${expiresOn}) must be after issuedOn (${issuedOn})`));
  }
  const format = LICENCE_NUMBER_FORMATS[`${state}:${type}`];
  if (format && typeof number === 'string' && fieldIsClean(problems, 'number') && !format.pattern.test(number)) {
    problems.push(problem('number', 'invalid-format', `a ${state} ${type} licence number looks like ${format.example}, got "${number}"`));
  }
  return problems;
}
