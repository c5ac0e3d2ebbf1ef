import * as React from 'react';
import { Badge, Box, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { SOURCE_LABELS, cellKey, columnKey, formatCents, type CellError, type Matrix, type MatrixCellView, type MatrixColumn } from './api';

// Dark text on light tints: the source is said in words, the tint only helps the eye.
const BADGE_TINT = { base: 'neutral150', override: 'alternative100', unavailable: 'warning100', 'not-offered': 'neutral100' } as const;

// The location column stays in view while the wide matrix scrolls sideways.
const STICKY = { position: 'sticky', left: 0, zIndex: 1 } as const;

export const columnLabel = (c: MatrixColumn) => `${c.service.name} ${c.minutes} min`;

const Cell = ({ cell, errors }: { cell: MatrixCellView; errors: CellError[] }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography fontWeight="semiBold">{formatCents(cell.priceCents)}</Typography>
    <Badge backgroundColor={BADGE_TINT[cell.source]} textColor="neutral800">
      {SOURCE_LABELS[cell.source]}
    </Badge>
    {cell.upcoming && (
      <Typography variant="pi" textColor="neutral700">{`${formatCents(cell.upcoming.priceCents)} from ${cell.upcoming.from}`}</Typography>
    )}
    {cell.unpublished && (
      <Typography variant="pi" textColor="neutral700">
        {`draft; public ${formatCents(cell.published?.priceCents ?? null)}`}
      </Typography>
    )}
    {errors.map((e) => (
      <Typography key={`${e.field}:${e.code}`} variant="pi" textColor="danger600" role="alert">
        {e.message}
      </Typography>
    ))}
  </Flex>
);

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
  // The matrix is wider than the screen: scroll the column chosen in the form into view,
  // sideways only (scrollIntoView would also move the page away from the form).
  const wrapper = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const header = column ? wrapper.current?.querySelector<HTMLElement>(`[data-column="${CSS.escape(column)}"]`) : null;
    let box = header?.parentElement ?? null;
    while (box && box !== wrapper.current && box.scrollWidth <= box.clientWidth) box = box.parentElement;
    if (!header || !box || box.scrollWidth <= box.clientWidth) return;
    const h = header.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    box.scrollLeft += h.left - b.left - (b.width - h.width) / 2;
  }, [column]);
  return (
    <div ref={wrapper}>
      <Table colCount={columns.length + 1} rowCount={rows.length + 1} aria-label="Price matrix">
        <Thead>
          <Tr>
            <Th background="neutral0" style={STICKY}>
              <Flex gap={3}>
                <Checkbox
                  aria-label="Select all locations on this page"
                  checked={all ? true : chosen > 0 ? 'indeterminate' : false}
                  onCheckedChange={(on) => onToggleAll(on === true)}
                />
                <Typography variant="sigma">Location</Typography>
              </Flex>
            </Th>
            {columns.map((c) => (
              <Th key={columnKey(c)} data-column={columnKey(c)} background={columnKey(c) === column ? 'primary100' : undefined}>
                <Flex direction="column" alignItems="flex-start">
                  <Typography variant="sigma">{c.service.name}</Typography>
                  <Typography variant="pi" textColor="neutral700">{`${c.minutes} min · base ${formatCents(c.basePriceCents)}`}</Typography>
                  {columnKey(c) === column && <VisuallyHidden>(column to change)</VisuallyHidden>}
                </Flex>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((row) => {
            const id = row.location.documentId;
            return (
              <Tr key={id}>
                <Th scope="row" background="neutral0" style={STICKY}>
                  <Flex gap={3}>
                    <Checkbox aria-label={`Select ${row.location.name}`} checked={selected.has(id)} onCheckedChange={(on) => onToggle(id, on === true)} />
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="bold" textColor="neutral800">
                        {row.location.name}
                      </Typography>
                      <Typography variant="pi" fontWeight="regular" textColor="neutral700">
                        {[row.location.state, row.location.region].filter(Boolean).join(' · ')}
                      </Typography>
                      {row.location.franchise && (
                        <Typography variant="pi" fontWeight="regular" textColor="neutral700">
                          {row.location.franchise.name}
                        </Typography>
                      )}
                    </Flex>
                  </Flex>
                </Th>
                {row.cells.map((cell) => {
                  const key = cellKey({ location: id, service: cell.service, minutes: cell.minutes });
                  const cellErrors = errors.get(key) ?? [];
                  const inColumn = columnKey(cell) === column;
                  return (
                    <Td key={key} data-cell={key} background={cellErrors.length ? 'danger100' : inColumn && selected.has(id) ? 'primary100' : undefined}>
                      <Box paddingTop={1} paddingBottom={1}>
                        <Cell cell={cell} errors={cellErrors} />
                      </Box>
                    </Td>
                  );
                })}
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </div>
  );
};
