/**
 * Money is held as an integer number of US cents. Stored prices are decimals
 * (a number, or a string as some databases return them) with at most two
 * decimals; `toCents` converts them exactly, never through binary floating
 * point arithmetic.
 */
import { z } from 'zod';
import { DomainError, isDomainError, problem, Problem } from './errors';

export type Cents = number;
/** A decimal amount of dollars as stored: 12.5, "12.50". */
export type Decimal = number | string;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Converts a decimal amount to integer cents: toCents(19.99) === 1999,
 * toCents("12.5") === 1250, toCents("12.340") === 1234 (trailing zeros are
 * not significant). Throws a DomainError for a negative amount
 * ('negative-amount'), more than 2 significant decimals ('too-many-decimals'),
 * anything that is not a plain decimal ('invalid-amount'), or more cents than
 * a safe integer ('amount-too-large').
 */
export function toCents(decimal: Decimal, path = 'amount'): Cents {
  let text: string;
  if (typeof decimal === 'number') {
    if (!Number.isFinite(decimal)) throw new DomainError('invalid-amount', path, `${path} must be a finite number, got ${decimal}`);
    if (decimal < 0) throw negative(path, decimal);
    text = String(decimal);
    if (/e/i.test(text)) {
      if (decimal >= 1) throw tooLarge(path, decimal);
      throw tooManyDecimals(path, decimal);
    }
  } else if (typeof decimal === 'string') {
    text = decimal.trim();
    if (text.startsWith('-') && DECIMAL.test(text.slice(1))) throw negative(path, decimal);
  } else {
    throw new DomainError('invalid-amount', path, `${path} must be a decimal number or string, got ${typeof decimal}`);
  }

  const m = DECIMAL.exec(text);
  if (!m) throw new DomainError('invalid-amount', path, `${path} must be a decimal amount like 12.50, got "${decimal}"`);
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) throw tooManyDecimals(path, decimal);
  const cents = Number(m[1]) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) throw tooLarge(path, decimal);
  return cents;
}

/** Cents back to a decimal number of dollars: fromCents(1999) === 19.99. */
export function fromCents(cents: Cents, path = 'amount'): number {
  if (!Number.isSafeInteger(cents)) throw new DomainError('invalid-amount', path, `${path} must be a whole number of cents, got ${cents}`);
  return cents / 100;
}

/** Like toCents, but returns null instead of throwing. */
export function tryToCents(decimal: Decimal, path = 'amount'): Cents | null {
  try {
    return toCents(decimal, path);
  } catch (e) {
    if (isDomainError(e)) return null;
    throw e;
  }
}

/** The problem with a stored amount, or null when toCents accepts it. */
export function amountProblem(decimal: Decimal, path: string): Problem | null {
  try {
    toCents(decimal, path);
    return null;
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return problem(e.path, e.kind, e.message);
  }
}

/**
 * A zod schema accepting a decimal amount and producing cents; a rejected
 * amount becomes a zod issue carrying the DomainError message, with
 * `params.kind`. `path` names the field in the message (zod adds its own path).
 */
export function decimalToCentsSchema(path = 'amount') {
  return z.union([z.number(), z.string()]).transform((value, ctx) => {
    try {
      return toCents(value, path);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message, params: { kind: e.kind } });
      return z.NEVER;
    }
  });
}

function negative(path: string, value: Decimal): DomainError {
  return new DomainError('negative-amount', path, `${path} must not be negative, got ${value}`);
}
function tooManyDecimals(path: string, value: Decimal): DomainError {
  return new DomainError('too-many-decimals', path, `${path} must have at most 2 decimals, got ${value}`);
}
function tooLarge(path: string, value: Decimal): DomainError {
  return new DomainError('amount-too-large', path, `${path} is too large, got ${value}`);
}
