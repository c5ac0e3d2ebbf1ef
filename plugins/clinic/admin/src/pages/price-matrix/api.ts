// The matrix's shapes are the server's own (type-only: nothing of the server is bundled).
import type { CellChange, CellRef, CellSource, MatrixFilterOptions, UpcomingPrice } from '../../../../server/src/domain/price-matrix';

export type { CellChange, CellRef, CellSource, MatrixFilterOptions };

export const MATRIX_PATH = '/clinic/price-matrix';
export const OPTIONS_PATH = '/clinic/price-matrix/options';
export const PREVIEW_PATH = '/clinic/price-matrix/preview';
export const APPLY_PATH = '/clinic/price-matrix/apply';
export const PAGE_SIZE = 50;

export interface MatrixColumn {
  service: { documentId: string; slug: string; name: string; modality: { slug: string; name: string } | null };
  minutes: number;
  basePriceCents: number;
}

export interface MatrixCellView {
  service: string;
  minutes: number;
  priceCents: number | null;
  basePriceCents: number;
  source: CellSource;
  overridden: boolean;
  upcoming: UpcomingPrice | null;
  offering: string | null;
  /** The draft differs from what the public sees; `published` is the public cell then. */
  unpublished: boolean;
  published: { priceCents: number | null; source: CellSource } | null;
}

export interface MatrixRow {
  location: {
    documentId: string;
    name: string;
    region: string | null;
    state: string | null;
    city: string | null;
    franchise: { documentId: string; slug: string; name: string } | null;
    today: string;
  };
  cells: MatrixCellView[];
}

export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  pageInfo: { page: number; pageSize: number; total: number; pageCount: number };
}

/** One refused cell, as the preview lists it and a 400/403 of apply details it. */
export interface CellError {
  path: string[];
  message: string;
  cell: CellRef;
  field: string;
  code: string;
  change: number;
}

export interface Preview {
  changes: CellChange[];
  unchanged: CellRef[];
  skipped: { cell: CellRef; reason: 'not-offered' }[];
  refusals: CellError[];
}

export interface ApplyResult extends Omit<Preview, 'refusals'> {
  mode: 'draft' | 'publish';
  offeringsWritten: number;
}

export const cellKey = (c: CellRef): string => `${c.location}|${c.service}|${c.minutes}`;
export const columnKey = (c: { service: { documentId: string } | string; minutes: number }): string =>
  `${typeof c.service === 'string' ? c.service : c.service.documentId}|${c.minutes}`;

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const formatCents = (cents: number | null): string => (cents === null ? '—' : dollars.format(cents / 100));

export const SOURCE_LABELS: Record<CellSource, string> = {
  base: 'base',
  override: 'override',
  unavailable: 'unavailable',
  'not-offered': 'not offered',
};
