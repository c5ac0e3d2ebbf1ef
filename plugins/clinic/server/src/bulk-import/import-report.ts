/**
 * The one report an import ends with: every refused row with its field and why,
 * in the order of the data set. Pure.
 */
export interface Refusal {
  /** Content type (singular name), e.g. "offering". */
  type: string;
  /** The row's key (slug, or service|location …), null when it has none. */
  key: string | null;
  /** 1-based position of the row among the rows of its type in the data set. */
  row: number;
  /** Dotted field path, e.g. "priceOverrides.0.minutes". */
  path: string;
  message: string;
}

export interface ImportCounts {
  /** Documents written, by type. */
  created: Record<string, number>;
  /** Rows whose document was already there (left as it is), by type. */
  existing: Record<string, number>;
}

const rowName = (r: Pick<Refusal, 'type' | 'key' | 'row'>) => `${r.type} #${r.row}${r.key ? ` (${r.key})` : ''}`;

/** Refusals grouped by row, one line per field: what a person fixing the data set reads. */
export function formatRefusals(refusals: readonly Refusal[]): string {
  const rows = new Map<string, Refusal[]>();
  for (const r of refusals) {
    const name = rowName(r);
    rows.set(name, [...(rows.get(name) ?? []), r]);
  }
  const lines = [
    `Import refused: ${refusals.length} problem${refusals.length === 1 ? '' : 's'} in ${rows.size} row${rows.size === 1 ? '' : 's'}; nothing was written.`,
  ];
  for (const [name, problems] of rows) {
    lines.push(`  ${name}`);
    for (const p of problems) lines.push(`    ${p.path || '(row)'}: ${p.message}`);
  }
  return lines.join('\n');
}

/** Thrown when an import refuses rows: its message is the report, `refusals` the same as data. */
export class ImportRefusedError extends Error {
  readonly refusals: readonly Refusal[];

  constructor(refusals: readonly Refusal[]) {
    super(formatRefusals(refusals));
    this.name = 'ImportRefusedError';
    this.refusals = refusals;
  }
}

export const isImportRefused = (e: unknown): e is ImportRefusedError =>
  e instanceof Error && e.name === 'ImportRefusedError' && Array.isArray((e as ImportRefusedError).refusals);
