import * as React from 'react';
import { styled } from 'styled-components';
import { SOURCE_LABELS, cellKey, formatCents, type CellError, type MatrixCellView } from './api';

/**
 * The matrix's cells in plain markup under one set of styles. At the benchmark's 50 × 117
 * (5,850 cells) the design system's Td / Flex / Typography / Badge per cell made the page
 * take seconds to render: every Td runs two layout effects that query its subtree and
 * re-renders whenever focus moves anywhere in the grid (the table's context), and each
 * styled component costs its own hooks. Here a cell is one td and two to four spans.
 */
export const CellStyles = styled.div`
  td[data-cell] {
    padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td[data-cell][data-tint='chosen'] {
    background: ${({ theme }) => theme.colors.primary100};
  }
  td[data-cell][data-tint='refused'] {
    background: ${({ theme }) => theme.colors.danger100};
  }
  .price,
  .badge,
  .note,
  .refusal {
    display: block;
    font-size: ${({ theme }) => theme.fontSizes[2]};
    line-height: ${({ theme }) => theme.lineHeights[4]};
    color: ${({ theme }) => theme.colors.neutral800};
  }
  .price {
    font-weight: ${({ theme }) => theme.fontWeights.semiBold};
  }
  button.price {
    padding: 0;
    border: 0;
    background: none;
    font-family: inherit;
    text-align: left;
    cursor: pointer;
    text-decoration: underline dotted ${({ theme }) => theme.colors.neutral500};
    text-underline-offset: 3px;
  }
  button.price:hover {
    color: ${({ theme }) => theme.colors.primary700};
  }
  button.price:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 2px;
  }
  .badge {
    display: inline-block;
    margin-top: ${({ theme }) => theme.spaces[1]};
    padding: 0 ${({ theme }) => theme.spaces[2]};
    border-radius: ${({ theme }) => theme.borderRadius};
    font-size: ${({ theme }) => theme.fontSizes[0]};
    font-weight: ${({ theme }) => theme.fontWeights.bold};
    text-transform: uppercase;
  }
  .badge[data-source='base'] {
    background: ${({ theme }) => theme.colors.neutral150};
  }
  .badge[data-source='override'] {
    background: ${({ theme }) => theme.colors.alternative100};
  }
  .badge[data-source='unavailable'] {
    background: ${({ theme }) => theme.colors.warning100};
  }
  .badge[data-source='not-offered'] {
    background: ${({ theme }) => theme.colors.neutral100};
  }
  .note,
  .refusal {
    font-size: ${({ theme }) => theme.fontSizes[1]};
    color: ${({ theme }) => theme.colors.neutral700};
  }
  .refusal {
    color: ${({ theme }) => theme.colors.danger600};
  }
`;

const NO_ERRORS: readonly CellError[] = [];

interface PriceCellProps {
  location: string;
  /** The cell's column in the whole matrix (1 is the location), for assistive technology: only the columns in view are rendered. */
  colIndex: number;
  cell: MatrixCellView;
  chosen: boolean;
  errors: readonly CellError[] | undefined;
  /** Set when the user may change prices: the price is a button that puts this cell in the change form. */
  onEdit?: (location: string, column: string) => void;
  /** The button's name ("Edit the price of Therapeutic massage 60 min at Decatur"). */
  editLabel?: string;
}

/** The price in effect, its source in words, an upcoming change or an unpublished draft, and any refusal. */
export const PriceCell = React.memo(function PriceCell({ location, colIndex, cell, chosen, errors = NO_ERRORS, onEdit, editLabel }: PriceCellProps) {
  const key = cellKey({ location, service: cell.service, minutes: cell.minutes });
  const price = formatCents(cell.priceCents);
  return (
    <td data-cell={key} aria-colindex={colIndex} data-tint={errors.length ? 'refused' : chosen ? 'chosen' : undefined}>
      {onEdit && cell.source !== 'not-offered' ? (
        <button type="button" className="price" aria-label={editLabel} onClick={() => onEdit(location, `${cell.service}|${cell.minutes}`)}>
          {price}
        </button>
      ) : (
        <span className="price">{price}</span>
      )}
      <span className="badge" data-source={cell.source}>
        {SOURCE_LABELS[cell.source]}
      </span>
      {cell.upcoming && <span className="note">{`${formatCents(cell.upcoming.priceCents)} from ${cell.upcoming.from}`}</span>}
      {cell.unpublished && <span className="note">{`draft; public ${formatCents(cell.published?.priceCents ?? null)}`}</span>}
      {errors.map((e) => (
        <span key={`${e.field}:${e.code}`} className="refusal" role="alert">
          {e.message}
        </span>
      ))}
    </td>
  );
});
