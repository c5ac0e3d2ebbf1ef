/**
 * How an import names a document: its slug, or for the types that have none the
 * fields that identify it (an offering is a service at a location, a licence its
 * holder, state, type and number). Rows refer to each other by these keys, and a
 * second import of the same data finds the documents the first one wrote by them
 * (idempotency). Pure.
 */
const KEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  offering: ['service', 'location'],
  'bundle-offering': ['bundle', 'location'],
  licence: ['practitioner', 'state', 'type', 'number'],
};

export const KEY_SEPARATOR = '|';

/** The fields whose values make a type's key, in order. */
export const keyFieldsOf = (type: string): readonly string[] => KEY_FIELDS[type] ?? ['slug'];

/** The key of a row (relation fields hold the keys of their targets), or null when a key field is missing. */
export const keyOf = (type: string, data: Record<string, unknown>): string | null => {
  const parts = keyFieldsOf(type).map((f) => data[f]);
  if (parts.some((p) => typeof p !== 'string' || p === '')) return null;
  return parts.join(KEY_SEPARATOR);
};
