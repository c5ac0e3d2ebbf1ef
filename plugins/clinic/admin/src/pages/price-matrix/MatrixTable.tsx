import * as React from 'react';
import { Checkbox, VisuallyHidden } from '@strapi/design-system';
import { styled } from 'styled-components';
import { cellKey, columnKey, formatCents, type CellError, type Matrix, type MatrixColumn, type MatrixRow } from './api';
import { CellStyles, PriceCell } from './MatrixCells';

export const columnLabel = (c: MatrixColumn) => `${c.service.name} ${c.minutes} min`;

// A native table under one set of styles (see MatrixCells.tsx for why not the design system's
// Table at this size). The location column stays in view while the wide matrix scrolls sideways.
const Grid = styled(CellStyles)`
  overflow-x: auto;
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
  }
  th {
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
    text-align: left;
    vertical-align: top;
    white-space: nowrap;
    background: ${({ theme }) => theme.colors.neutral0};
    color: ${({ theme }) => theme.colors.neutral800};
    font-size: ${({ theme }) => theme.fontSizes[2]};
    line-height: ${({ theme }) => theme.lineHeights[4]};
  }
  th[data-chosen] {
    background: ${({ theme }) => theme.colors.primary100};
  }
  th.location {
    position: sticky;
    left: 0;
    z-index: 1;
  }
  .heading {
    display: block;
    font-size: ${({ theme }) => theme.fontSizes[0]};
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    text-transform: uppercase;
    color: ${({ theme }) => theme.colors.neutral700};
  }
  .location-line {
    display: flex;
    gap: ${({ theme }) => theme.spaces[3]};
    align-items: flex-start;
  }
  .name {
    display: block;
    font-weight: ${({ theme }) => theme.fontWeights.bold};
  }
  .detail {
    display: block;
    font-size: ${({ theme }) => theme.fontSizes[1]};
    font-weight: ${({ theme }) => theme.fontWeights.regular};
    color: ${({ theme }) => theme.colors.neutral700};
  }
`;

interface RowProps {
  row: MatrixRow;
  selected: boolean;
  /** The column chosen in the form, for a selected row only (other rows need not re-render when it changes). */
  column: string;
  errors: ReadonlyMap<string, CellError[]> | undefined;
  onToggle: (location: string, on: boolean) => void;
}

/** One location: re-rendered only when its own selection, chosen column or refusals change. */
const LocationRow = React.memo(function LocationRow({ row, selected, column, errors, onToggle }: RowProps) {
  const id = row.location.documentId;
  return (
    <tr>
      <th scope="row" className="location">
        <span className="location-line">
          <Checkbox aria-label={`Select ${row.location.name}`} checked={selected} onCheckedChange={(on) => onToggle(id, on === true)} />
          <span>
            <span className="name">{row.location.name}</span>
            <span className="detail">{[row.location.state, row.location.region].filter(Boolean).join(' · ')}</span>
            {row.location.franchise && <span className="detail">{row.location.franchise.name}</span>}
          </span>
        </span>
      </th>
      {row.cells.map((cell) => (
        <PriceCell
          key={`${cell.service}|${cell.minutes}`}
          location={id}
          cell={cell}
          chosen={selected && columnKey(cell) === column}
          errors={errors?.get(cellKey({ location: id, service: cell.service, minutes: cell.minutes }))}
        />
      ))}
    </tr>
  );
});

interface MatrixTableProps {
  matrix: Matrix;
  selected: ReadonlySet<string>;
  onToggle: (location: string, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
  column: string;
  errors: ReadonlyMap<string, CellError[]>;
}

/** Locations as rows, service lengths as columns; each cell the price in effect today and where it comes from. */
export const MatrixTable = ({ matrix, selected, onToggle, onToggleAll, column, errors }: MatrixTableProps) => {
  const { columns, rows } = matrix;
  const chosen = rows.filter((r) => selected.has(r.location.documentId)).length;
  const all = rows.length > 0 && chosen === rows.length;
  // The page makes a new toggle every render; the rows keep one, so a click re-renders only its row.
  const latestToggle = React.useRef(onToggle);
  latestToggle.current = onToggle;
  const toggle = React.useCallback((location: string, on: boolean) => latestToggle.current(location, on), []);
  const errorsByRow = React.useMemo(() => {
    const map = new Map<string, Map<string, CellError[]>>();
    for (const [key, list] of errors) {
      const location = key.split('|')[0];
      map.set(location, (map.get(location) ?? new Map<string, CellError[]>()).set(key, list));
    }
    return map;
  }, [errors]);
  // The matrix is wider than the screen: scroll the column chosen in the form into view,
  // sideways only (scrollIntoView would also move the page away from the form).
  const wrapper = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const header = column ? wrapper.current?.querySelector<HTMLElement>(`[data-column="${CSS.escape(column)}"]`) : null;
    let box = header?.parentElement ?? null;
    while (box && box !== wrapper.current?.parentElement && box.scrollWidth <= box.clientWidth) box = box.parentElement;
    if (!header || !box || box.scrollWidth <= box.clientWidth) return;
    const h = header.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollLeft += h.left - b.left - (b.width - h.width) / 2;
  }, [column]);
  return (
    <Grid ref={wrapper}>
      <table role="grid" aria-label="Price matrix" aria-rowcount={rows.length + 1} aria-colcount={columns.length + 1}>
        <thead>
          <tr>
            <th className="location">
              <span className="location-line">
                <Checkbox
                  aria-label="Select all locations on this page"
                  checked={all ? true : chosen > 0 ? 'indeterminate' : false}
                  onCheckedChange={(on) => onToggleAll(on === true)}
                />
                <span className="heading">Location</span>
              </span>
            </th>
            {columns.map((c) => {
              const key = columnKey(c);
              return (
                <th key={key} scope="col" data-column={key} data-chosen={key === column ? '' : undefined}>
                  <span className="heading">{c.service.name}</span>
                  <span className="detail">{`${c.minutes} min · base ${formatCents(c.basePriceCents)}`}</span>
                  {key === column && <VisuallyHidden>(column to change)</VisuallyHidden>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = row.location.documentId;
            const on = selected.has(id);
            return <LocationRow key={id} row={row} selected={on} column={on ? column : ''} errors={errorsByRow.get(id)} onToggle={toggle} />;
          })}
        </tbody>
      </table>
    </Grid>
  );
};
