import { Typography } from '@strapi/design-system';

const LOCATION_LIST = /\/content-manager\/collection-types\/plugin::clinic\.location\/?$/;

interface ListColumn {
  name: string;
}

interface ListColumnsArgs<C extends ListColumn> {
  displayedHeaders: C[];
  layout: unknown;
}

const addressCell = (field: 'city' | 'state') => (row: Record<string, unknown>) => {
  const address = row.address as Record<string, unknown> | null | undefined;
  const value = address?.[field];
  return <Typography textColor="neutral800">{typeof value === 'string' && value ? value : '-'}</Typography>;
};

const addressColumn = (field: 'city' | 'state', label: string) => ({
  name: `address.${field}`,
  label: { id: `clinic.location.list.${field}`, defaultMessage: label },
  attribute: { type: 'string' },
  searchable: false,
  sortable: false,
  cellFormatter: addressCell(field),
});

/**
 * City and state columns on the location list (issue 10: "the location list has no state
 * column"). They live in the address component, which the content manager's list
 * configuration cannot show; its list query loads components one level deep, so the
 * row has them. The hook is told no model: the list's URL says which one it is.
 * Not sortable or searchable (the list query sorts and searches the type's own fields).
 */
export const addLocationAddressColumns = <C extends ListColumn>(args: ListColumnsArgs<C>): ListColumnsArgs<C> => {
  if (!LOCATION_LIST.test(decodeURIComponent(window.location.pathname))) return args;
  const headers: unknown[] = [...args.displayedHeaders];
  const after = Math.max(0, args.displayedHeaders.findIndex((h) => h.name === 'name') + 1);
  headers.splice(after, 0, addressColumn('city', 'City'), addressColumn('state', 'State'));
  return { ...args, displayedHeaders: headers as C[] };
};
