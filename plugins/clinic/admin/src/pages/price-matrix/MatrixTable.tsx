import * as React from 'react';
import { Checkbox, VisuallyHidden } from '@strapi/design-system';
import { styled } from 'styled-components';
import { cellKey, columnKey, formatCents, type CellError, type Matrix, type MatrixColumn, type MatrixRow } from './api';
import { CellStyles, PriceCell } from './MatrixCells';
import { columnWindow, scrollLeftToCentre, type ColumnWindow } from './column-window';

export const columnLabel = (c: MatrixColumn) => `${c.service.name} ${c.minutes} min`;

/** Every price column has this width, so the columns in view follow from the scroll offset (column-window.ts). */
const COLUMN_WIDTH = 168;
const LOCATION_WIDTH = 264;
/** Columns rendered past each edge of the view. */
const OVERSCAN = 3;

// A native table under one set of styles (see MatrixCells.tsx for why not the design system's
// Table at this size). The location column stays in view while the wide matrix scrolls sideways;
// only the price columns in view (and a few past each edge) are rendered, spacers stand in for the rest.
const Grid = styled(CellStyles)`
  overflow-x: auto;
  table {
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
  }
  td.spacer {
    padding: 0;
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
  }
  th {
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
    text-align: left;
    vertical-align: top;
    overflow-wrap: anywhere;
    background: ${({ theme }) => theme.colors.neutral0};
    color: ${({ theme }) => theme.colors.neutral800};
    font-size: ${({ theme }) => theme.fontSizes[2]};
    line-height: ${({ theme }) => theme.lineHeights[4]};
  }
  th[data-chosen] {
    background: ${({ theme }) => theme.colors.primary100};
  }
  th.location {
    width: ${LOCATION_WIDTH}px;
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
  onEdit: ((location: string, column: string) => void) | undefined;
  columns: readonly MatrixColumn[];
  first: number;
  end: number;
  before: number;
  after: number;
}

/** Stands in for the columns not rendered, so the table keeps its full width and the scroll bar its place. */
const Spacer = ({ width }: { width: number }) => (width > 0 ? <td role="presentation" className="spacer" style={{ width }} /> : null);

/** One location: re-rendered only when its own selection, chosen column, refusals or the columns in view change. */
const LocationRow = React.memo(function LocationRow({ row, selected, column, errors, onToggle, onEdit, columns, first, end, before, after }: RowProps) {
  const id = row.location.documentId;
  return (
    <tr>
      <th scope="row" className="location" aria-colindex={1}>
        <span className="location-line">
          <Checkbox aria-label={`Select ${row.location.name}`} checked={selected} onCheckedChange={(on) => onToggle(id, on === true)} />
          <span>
            <span className="name">{row.location.name}</span>
            <span className="detail">{[row.location.state, row.location.region].filter(Boolean).join(' · ')}</span>
            {row.location.franchise && <span className="detail">{row.location.franchise.name}</span>}
          </span>
        </span>
      </th>
      <Spacer width={before} />
      {row.cells.slice(first, end).map((cell, i) => (
        <PriceCell
          key={`${cell.service}|${cell.minutes}`}
          location={id}
          colIndex={first + i + 2}
          cell={cell}
          chosen={selected && columnKey(cell) === column}
          errors={errors?.get(cellKey({ location: id, service: cell.service, minutes: cell.minutes }))}
          onEdit={onEdit}
          editLabel={onEdit ? `Edit the price of ${columnLabel(columns[first + i])} at ${row.location.name}` : undefined}
        />
      ))}
      <Spacer width={after} />
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
  /** Given when the user may change prices: a cell's price opens it in the change form. */
  onEditCell?: (location: string, column: string) => void;
}

/** Locations as rows, service lengths as columns; each cell the price in effect today and where it comes from. */
export const MatrixTable = ({ matrix, selected, onToggle, onToggleAll, column, errors, onEditCell }: MatrixTableProps) => {
  const { columns, rows } = matrix;
  const chosen = rows.filter((r) => selected.has(r.location.documentId)).length;
  const all = rows.length > 0 && chosen === rows.length;
  // The page makes a new toggle every render; the rows keep one, so a click re-renders only its row.
  const latestToggle = React.useRef(onToggle);
  latestToggle.current = onToggle;
  const toggle = React.useCallback((location: string, on: boolean) => latestToggle.current(location, on), []);
  const latestEdit = React.useRef(onEditCell);
  latestEdit.current = onEditCell;
  const canEdit = onEditCell !== undefined;
  const editCell = React.useMemo(() => (canEdit ? (location: string, key: string) => latestEdit.current?.(location, key) : undefined), [canEdit]);
  const errorsByRow = React.useMemo(() => {
    const map = new Map<string, Map<string, CellError[]>>();
    for (const [key, list] of errors) {
      const location = key.split('|')[0];
      map.set(location, (map.get(location) ?? new Map<string, CellError[]>()).set(key, list));
    }
    return map;
  }, [errors]);
  // Which price columns are in view: measured before the first paint, then on every scroll and resize.
  const wrapper = React.useRef<HTMLDivElement>(null);
  const [view, setView] = React.useState<ColumnWindow>(() => columnWindow({ count: columns.length, columnWidth: COLUMN_WIDTH, scrollLeft: 0, viewportWidth: 1200, overscan: OVERSCAN }));
  const measure = React.useCallback(() => {
    const box = wrapper.current;
    if (!box) return;
    const next = columnWindow({ count: columns.length, columnWidth: COLUMN_WIDTH, scrollLeft: box.scrollLeft, viewportWidth: box.clientWidth - LOCATION_WIDTH, overscan: OVERSCAN });
    setView((now) => (now.first === next.first && now.end === next.end && now.after === next.after ? now : next));
  }, [columns.length]);
  React.useLayoutEffect(() => {
    measure();
    const box = wrapper.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [measure]);
  const frame = React.useRef(0);
  const onScroll = React.useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);
  React.useEffect(() => () => cancelAnimationFrame(frame.current), []);
  // The matrix is wider than the screen: bring the column chosen in the form into view,
  // sideways only (scrollIntoView would also move the page away from the form).
  React.useEffect(() => {
    const box = wrapper.current;
    const index = column ? columns.findIndex((c) => columnKey(c) === column) : -1;
    if (!box || index < 0) return;
    const viewport = box.clientWidth - LOCATION_WIDTH;
    const left = index * COLUMN_WIDTH;
    if (left >= box.scrollLeft && left + COLUMN_WIDTH <= box.scrollLeft + viewport) return;
    box.scrollLeft = scrollLeftToCentre(index, COLUMN_WIDTH, viewport);
    measure();
  }, [column, columns, measure]);
  const { first, end, before, after } = view;
  return (
    <Grid ref={wrapper} onScroll={onScroll}>
      <table
        role="grid"
        aria-label="Price matrix"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        style={{ width: LOCATION_WIDTH + columns.length * COLUMN_WIDTH }}
      >
        <thead>
          <tr>
            <th className="location" aria-colindex={1}>
              <span className="location-line">
                <Checkbox
                  aria-label="Select all locations on this page"
                  checked={all ? true : chosen > 0 ? 'indeterminate' : false}
                  onCheckedChange={(on) => onToggleAll(on === true)}
                />
                <span className="heading">Location</span>
              </span>
            </th>
            <Spacer width={before} />
            {columns.slice(first, end).map((c, i) => {
              const key = columnKey(c);
              return (
                <th key={key} scope="col" aria-colindex={first + i + 2} style={{ width: COLUMN_WIDTH }} data-column={key} data-chosen={key === column ? '' : undefined}>
                  <span className="heading">{c.service.name}</span>
                  <span className="detail">{`${c.minutes} min · base ${formatCents(c.basePriceCents)}`}</span>
                  {key === column && <VisuallyHidden>(column to change)</VisuallyHidden>}
                </th>
              );
            })}
            <Spacer width={after} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = row.location.documentId;
            const on = selected.has(id);
            return (
              <LocationRow
                key={id}
                row={row}
                selected={on}
                column={on ? column : ''}
                errors={errorsByRow.get(id)}
                onToggle={toggle}
                onEdit={editCell}
                columns={columns}
                first={first}
                end={end}
                before={before}
                after={after}
              />
            );
          })}
        </tbody>
      </table>
    </Grid>
  );
};
