/**
 * Which of the matrix's price columns to render. At the benchmark's 50 locations × 117 service
 * lengths the page spent ~1.4 s of its open creating 5,850 cells of which a screen shows about
 * fifty; every column has one fixed width, so the columns in view follow from the scroll offset
 * alone, and the columns outside are stood in for by two spacers of the same total width.
 */
export interface ColumnWindow {
  /** Index of the first rendered column. */
  first: number;
  /** Index one past the last rendered column. */
  end: number;
  /** Width in px of the columns before `first` and from `end` on. */
  before: number;
  after: number;
}

export interface ColumnWindowInput {
  count: number;
  columnWidth: number;
  /** Horizontal scroll offset of the scrolling box, in px (the location column is not part of it). */
  scrollLeft: number;
  /** Width in px of the box's part where price columns show (its width less the sticky location column). */
  viewportWidth: number;
  /** Columns rendered beyond each edge, so a short scroll shows no blank before the next render. */
  overscan: number;
}

export const columnWindow = ({ count, columnWidth, scrollLeft, viewportWidth, overscan }: ColumnWindowInput): ColumnWindow => {
  if (count <= 0 || columnWidth <= 0) return { first: 0, end: 0, before: 0, after: 0 };
  const left = Math.max(0, scrollLeft);
  const width = Math.max(0, viewportWidth);
  const first = Math.min(count, Math.max(0, Math.floor(left / columnWidth) - overscan));
  const end = Math.min(count, Math.max(first, Math.ceil((left + width) / columnWidth) + overscan));
  return { first, end, before: first * columnWidth, after: (count - end) * columnWidth };
};

/** The scroll offset that puts column `index` in the middle of the viewport (0 when it fits from the start). */
export const scrollLeftToCentre = (index: number, columnWidth: number, viewportWidth: number): number =>
  Math.max(0, index * columnWidth - (viewportWidth - columnWidth) / 2);
