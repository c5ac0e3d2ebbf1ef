import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { SOURCE_LABELS, cellKey, formatCents, type Matrix, type Preview } from './api';

const HEADERS = ['Location', 'Service', 'Length', 'Before', 'After', 'From'];

const point = (p: { priceCents: number; source: keyof typeof SOURCE_LABELS }) => `${formatCents(p.priceCents)} (${SOURCE_LABELS[p.source]})`;

/** Every cell the change would write (before → after), and every cell it refuses, with the server's reason. */
export const PreviewPanel = ({ preview, matrix }: { preview: Preview; matrix: Matrix | null }) => {
  const locationName = (id: string) => matrix?.rows.find((r) => r.location.documentId === id)?.location.name ?? id;
  const serviceName = (id: string) => matrix?.columns.find((c) => c.service.documentId === id)?.service.name ?? id;
  const { changes, refusals, unchanged, skipped } = preview;
  return (
    <Box tag="section" aria-labelledby="price-preview" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography tag="h2" id="price-preview" variant="beta" paddingBottom={2}>
        {`Preview: ${changes.length} cell${changes.length === 1 ? '' : 's'} change`}
      </Typography>
      <Typography tag="p" textColor="neutral700" paddingBottom={4}>
        {[`${unchanged.length} unchanged`, `${skipped.length} not offered (skipped)`, `${refusals.length} refused`].join(' · ')}
      </Typography>
      {changes.length > 0 && (
        <Table colCount={HEADERS.length} rowCount={changes.length + 1} aria-label="Cells this change writes">
          <Thead>
            <Tr>
              {HEADERS.map((h) => (
                <Th key={h}>
                  <Typography variant="sigma">{h}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {changes.map((c) => (
              <Tr key={cellKey(c.cell)}>
                <Td><Typography>{c.locationName}</Typography></Td>
                <Td><Typography>{c.serviceName}</Typography></Td>
                <Td><Typography>{`${c.cell.minutes} min`}</Typography></Td>
                <Td><Typography>{point(c.before)}</Typography></Td>
                <Td><Typography fontWeight="semiBold">{point(c.after)}</Typography></Td>
                <Td><Typography>{c.effectiveFrom ?? 'now'}</Typography></Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {refusals.length > 0 && (
        <Box paddingTop={4}>
          <Typography tag="h3" variant="delta" paddingBottom={2}>Refused (nothing is written while any cell is refused)</Typography>
          <Box tag="ul" paddingLeft={4}>
            {refusals.map((r) => (
              <li key={`${cellKey(r.cell)}:${r.field}`}>
                <Badge backgroundColor="danger100" textColor="neutral800">refused</Badge>{' '}
                <Typography>{`${locationName(r.cell.location)}, ${serviceName(r.cell.service)} ${r.cell.minutes} min: ${r.message}`}</Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
};
