/**
 * Errors and problems of the domain layer.
 *
 * Rules report problems as data (`Problem[]`). Only parsing of money, and
 * helpers handed malformed values that a schema should already have rejected
 * (an invalid 'YYYY-MM-DD' date, an unknown IANA time zone), throw a
 * `DomainError`.
 */

export type DomainErrorKind =
  | 'invalid-amount'
  | 'negative-amount'
  | 'too-many-decimals'
  | 'amount-too-large'
  | 'invalid-date'
  | 'invalid-time-zone';

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  /** Dotted path of the offending field, e.g. `variants.0.basePrice`. */
  readonly path: string;

  constructor(kind: DomainErrorKind, path: string, message: string) {
    super(message);
    this.name = 'DomainError';
    this.kind = kind;
    this.path = path;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** Stable machine-readable codes of validation problems. */
export type ProblemCode =
  | 'required'
  | 'not-an-integer'
  | 'too-small'
  | 'too-large'
  | 'out-of-range'
  | 'wrong-step'
  | 'invalid-format'
  | 'invalid-value'
  | 'invalid-order'
  | 'overlap'
  | 'duplicate'
  | 'ongoing-not-last'
  | 'read-only'
  | 'in-use'
  | 'not-found'
  | 'unknown-variant'
  | DomainErrorKind;

/** One validation problem, naming the field by a dotted path (`phases.1.maxPerPeriod`). */
export interface Problem {
  path: string;
  code: ProblemCode;
  message: string;
}

export function problem(path: string, code: ProblemCode, message: string): Problem {
  return { path, code, message };
}

/** Joins path segments: `joinPath('phases', 1, 'name')` -> `phases.1.name`. */
export function joinPath(...segments: (string | number)[]): string {
  return segments.filter((s) => s !== '').join('.');
}
