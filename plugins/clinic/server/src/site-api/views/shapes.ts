/** Small shapers shared by the views: Money, display names, pages of lists. */
import { fromCents } from '../../domain';

export interface Money {
  cents: number;
  amount: string;
  currency: 'USD';
}
export const money = (cents: number): Money => ({ cents, amount: fromCents(cents).toFixed(2), currency: 'USD' });

export const displayName = (p: { firstName: string; lastName: string; credentialsSuffix: string | null }) =>
  `${p.firstName} ${p.lastName}${p.credentialsSuffix ? `, ${p.credentialsSuffix}` : ''}`;

export interface Page {
  limit: number;
  offset: number;
}
export const paginate = <T>(items: T[], { limit, offset }: Page) => ({
  items: items.slice(offset, offset + limit),
  pageInfo: { total: items.length, limit, offset, hasNextPage: offset + limit < items.length },
});
