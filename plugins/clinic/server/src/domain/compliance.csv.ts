/**
 * The compliance report as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a comma, quote or line break), one line per row of both sections.
 */
import type { ComplianceReport } from './compliance.rules';

export const COMPLIANCE_CSV_HEADER = [
  'section',
  'location',
  'franchise',
  'practitioner',
  'licence type',
  'licence number',
  'licence state',
  'expires on',
  'days left',
  'status',
  'modality',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return)
 * as a formula: such text is prefixed with an apostrophe. Numbers (a negative days
 * left) stay numbers.
 */
const neutralise = (value: string): string => (/^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value);

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: (string | number | null | undefined)[]): string => fields.map(csvField).join(',');

export function complianceCsv(report: ComplianceReport): string {
  const lines = [line([...COMPLIANCE_CSV_HEADER])];
  for (const group of report.licences) {
    for (const a of group.rows) {
      lines.push(
        line([
          `licence ${a.kind}`,
          a.location?.name ?? '',
          a.location?.franchise?.name ?? '',
          a.practitioner.name,
          a.licence.type,
          a.licence.number,
          a.licence.state,
          a.licence.expiresOn,
          a.daysLeft,
          a.kind,
          '',
        ]),
      );
    }
  }
  for (const group of report.gaps) {
    for (const g of group.rows) {
      lines.push(
        line([
          'not licensed here',
          g.location.name,
          g.location.franchise?.name ?? '',
          g.practitioner.name,
          g.modality.requiredLicenceType,
          g.licence?.number ?? '',
          g.location.state,
          g.licence?.expiresOn ?? '',
          '',
          g.explanation,
          g.modality.name,
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
