import { DomainError } from '../errors';
import { amountProblem, decimalToCentsSchema, fromCents, toCents, tryToCents } from '../money';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('Given a decimal amount of dollars', () => {
  it('when it has up to 2 decimals, then it converts to exact cents', () => {
    expect(toCents(19.99)).toBe(1999);
    expect(toCents(0.29)).toBe(29);
    expect(toCents(110)).toBe(11000);
    expect(toCents('12.5')).toBe(1250);
    expect(toCents(' 89.00 ')).toBe(8900);
    expect(toCents('12.340')).toBe(1234);
    expect(toCents(0)).toBe(0);
  });

  it('when it has more than 2 decimals, then a too-many-decimals DomainError names the field', () => {
    const e = errorOf(() => toCents('12.345', 'variants.0.basePrice'));
    expect(e.kind).toBe('too-many-decimals');
    expect(e.path).toBe('variants.0.basePrice');
    expect(e.message).toBe('variants.0.basePrice must have at most 2 decimals, got 12.345');
    expect(errorOf(() => toCents(0.1 + 0.2)).kind).toBe('too-many-decimals');
    expect(errorOf(() => toCents(1e-7)).kind).toBe('too-many-decimals');
  });

  it('when it is negative, then a negative-amount DomainError is thrown', () => {
    expect(errorOf(() => toCents(-5, 'price')).message).toBe('price must not be negative, got -5');
    expect(errorOf(() => toCents('-5.00')).kind).toBe('negative-amount');
  });

  it('when it is not a plain decimal, then an invalid-amount or amount-too-large DomainError is thrown', () => {
    expect(errorOf(() => toCents('12,50')).kind).toBe('invalid-amount');
    expect(errorOf(() => toCents('')).kind).toBe('invalid-amount');
    expect(errorOf(() => toCents(Number.NaN)).kind).toBe('invalid-amount');
    expect(errorOf(() => toCents(1e21)).kind).toBe('amount-too-large');
    expect(errorOf(() => toCents('900719925474099.99')).kind).toBe('amount-too-large');
  });

  it('when using the non-throwing forms, then null or a problem is returned', () => {
    expect(tryToCents('abc')).toBeNull();
    expect(tryToCents('1.10')).toBe(110);
    expect(amountProblem('1.001', 'minPrice')).toEqual({
      path: 'minPrice', code: 'too-many-decimals', message: 'minPrice must have at most 2 decimals, got 1.001',
    });
    expect(amountProblem(5, 'minPrice')).toBeNull();
  });

  it('when parsed with the zod schema, then it yields cents or an issue with the message', () => {
    expect(decimalToCentsSchema('price').parse('49.95')).toBe(4995);
    const bad = decimalToCentsSchema('price').safeParse(-1);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe('price must not be negative, got -1');
  });
});

describe('Given an amount in cents', () => {
  it('when converted back, then it is the decimal amount', () => {
    expect(fromCents(1999)).toBe(19.99);
    expect(fromCents(-250)).toBe(-2.5);
    expect(() => fromCents(12.5)).toThrow(DomainError);
  });
});
