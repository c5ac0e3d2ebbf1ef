import { Typography } from '@strapi/design-system';

/**
 * Enumeration values in words: 'coming_soon' → 'Coming soon', 'expiring' → 'Expiring'.
 * Values that are codes (LMT, GA) are left as they are.
 */
export const enumLabel = (value: string): string =>
  /^[a-z][a-z0-9]*([_-][a-z0-9]+)*$/.test(value) ? value.charAt(0).toUpperCase() + value.slice(1).replace(/[_-]/g, ' ') : value;

/** The part of a list-view column this hook reads (the content manager's own type is internal). */
interface ListColumn {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
}

interface ListColumnsArgs<C extends ListColumn> {
  displayedHeaders: C[];
  layout: unknown;
}

/**
 * For the content manager's list-view hook (Admin/CM/pages/ListView/inject-column-in-table):
 * enumeration columns of the clinic types show their values in words. The content
 * manager's configuration has labels for fields but none for enumeration values.
 */
export const labelEnumerationColumns = <C extends ListColumn>({ displayedHeaders, layout }: ListColumnsArgs<C>): ListColumnsArgs<C> => ({
  layout,
  displayedHeaders: displayedHeaders.map((column) =>
    column.attribute?.type !== 'enumeration' || column.cellFormatter
      ? column
      : {
          ...column,
          cellFormatter: (row: Record<string, unknown>, _column: unknown, { model }: { model: string }) => {
            const value = row[column.name];
            if (typeof value !== 'string' || value === '') return <Typography textColor="neutral800">-</Typography>;
            return <Typography textColor="neutral800">{model.startsWith('plugin::clinic.') ? enumLabel(value) : value}</Typography>;
          },
        },
  ),
});
