/**
 * The changes a price matrix applies to a cell, in integer cents.
 *
 * Rounding rule: a percentage change is computed exactly (integer arithmetic on
 * cents and basis points) and the change itself is rounded to the nearest cent,
 * halves away from zero: +10 % of $0.05 is +$0.01 (0.5 cent rounds up), -10 % of
 * $0.05 is -$0.01. Amounts and prices are taken as given (at most 2 decimals).
 */
import { problem, Problem } from '../errors';
import { Cents } from '../money';

export type PriceOperation =
  | { kind: 'set'; priceCents: Cents }
  | { kind: 'add'; amountCents: Cents }
  | { kind: 'subtract'; amountCents: Cents }
  /** Basis points: 1050 is 10.5 %. */
  | { kind: 'add-percent'; basisPoints: number }
  | { kind: 'subtract-percent'; basisPoints: number }
  /** Back to the service's base price: the override is removed. */
  | { kind: 'reset' };

/** The new price in cents, `'base'` for a reset, or the problem with the result. */
export type OperationResult = { ok: true; priceCents: Cents | 'base' } | { ok: false; problem: Problem };

/** `round(cents * basisPoints / 10000)`, halves away from zero, without floating point. */
export function percentOf(cents: Cents, basisPoints: number): Cents {
  const product = BigInt(cents) * BigInt(basisPoints);
  const sign = product < 0n ? -1n : 1n;
  const magnitude = product * sign;
  const rounded = (magnitude + 5000n) / 10000n;
  return Number(rounded * sign);
}

/** Applies `op` to the price `currentCents` (the price in effect on the day the change takes effect). */
export function applyOperation(currentCents: Cents, op: PriceOperation): OperationResult {
  let next: Cents;
  switch (op.kind) {
    case 'reset':
      return { ok: true, priceCents: 'base' };
    case 'set':
      next = op.priceCents;
      break;
    case 'add':
      next = currentCents + op.amountCents;
      break;
    case 'subtract':
      next = currentCents - op.amountCents;
      break;
    case 'add-percent':
      next = currentCents + percentOf(currentCents, op.basisPoints);
      break;
    case 'subtract-percent':
      next = currentCents - percentOf(currentCents, op.basisPoints);
      break;
  }
  if (next < 0) {
    return { ok: false, problem: problem('price', 'negative-amount', `the price would be negative (${formatCents(next)})`) };
  }
  if (!Number.isSafeInteger(next)) return { ok: false, problem: problem('price', 'amount-too-large', 'the price would be too large') };
  return { ok: true, priceCents: next };
}

/** Cents as dollars for messages: -250 -> "-$2.50". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
