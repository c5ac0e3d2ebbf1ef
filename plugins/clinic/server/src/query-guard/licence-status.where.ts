import { isLicenceStatus, type LicenceStatus, type LicenceStatusCondition } from '../domain';
import { refuse } from './query-problem';

type Where = Record<string, unknown>;

const NOT_SUSPENDED: Where = { $or: [{ suspended: { $eq: false } }, { suspended: { $null: true } }] };

const conditionWhere = (condition: LicenceStatusCondition): Where => {
  const parts: Where[] = [condition.suspended ? { suspended: { $eq: true } } : NOT_SUSPENDED];
  const { issuedOn, expiresOn } = condition;
  if (issuedOn?.after) parts.push({ issuedOn: { $gt: issuedOn.after } });
  if (issuedOn?.onOrBefore) parts.push({ issuedOn: { $lte: issuedOn.onOrBefore } });
  if (expiresOn?.before) parts.push({ expiresOn: { $lt: expiresOn.before } });
  if (expiresOn?.onOrAfter) parts.push({ expiresOn: { $gte: expiresOn.onOrAfter } });
  if (expiresOn?.onOrBefore) parts.push({ expiresOn: { $lte: expiresOn.onOrBefore } });
  if (expiresOn?.after) parts.push({ expiresOn: { $gt: expiresOn.after } });
  return { $and: parts };
};

const statusOf = (value: unknown, path: string[]): LicenceStatus => {
  if (typeof value !== 'string' || !isLicenceStatus(value)) return refuse(path, 'must be one of pending, active, expiring, expired, suspended');
  return value;
};

const statusList = (value: unknown, path: string[]): LicenceStatus[] =>
  (Array.isArray(value) ? value : [value]).map((v, i) => statusOf(v, [...path, String(i)]));

/**
 * A filter on a licence's public status, answered from the dates (the stored column is
 * the daily job's last result and may be out of date): `{ licenceStatus: 'active' }`,
 * `$eq`, `$ne`, `$in`, `$notIn`, `$null`, `$notNull`.
 */
export const licenceStatusWhere = (value: unknown, path: string[], conditionOf: (status: LicenceStatus) => LicenceStatusCondition): Where => {
  const anyOf = (statuses: LicenceStatus[]): Where => ({ $or: statuses.map((s) => conditionWhere(conditionOf(s))) });
  if (typeof value === 'string' || Array.isArray(value)) return anyOf(statusList(value, path));
  if (typeof value !== 'object' || value === null) return refuse(path, 'must be a status or operators on it');
  const parts: Where[] = [];
  for (const [operator, operand] of Object.entries(value)) {
    const at = [...path, operator];
    if (operator === '$eq' || operator === '$in') parts.push(anyOf(statusList(operand, at)));
    else if (operator === '$ne' || operator === '$notIn') parts.push({ $not: anyOf(statusList(operand, at)) });
    // Every licence has a status.
    else if (operator === '$null' || operator === '$notNull') parts.push((operator === '$null') === (operand === true) ? { id: { $null: true } } : {});
    else refuse(at, `licenceStatus is computed from the dates: filter it with $eq, $ne, $in or $notIn`);
  }
  return { $and: parts };
};
