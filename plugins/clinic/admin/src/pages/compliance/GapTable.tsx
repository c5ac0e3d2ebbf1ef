import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { CoverageGap, LocationGroup } from './api';
import { EntryLink } from './EntryLink';
import { LocationHeading } from './LocationHeading';
import { licenceEntry, practitionerEntry } from './links';

const COLUMNS = ['Practitioner', 'Modality', 'Why not', 'Licence'];

/** Practitioners linked to a location where they may not practise a modality, one table per location. */
export const GapTables = ({ groups }: { groups: LocationGroup<CoverageGap>[] }) => (
  <>
    {groups.map((group, index) => {
      const headingId = `gaps-location-${index}`;
      return (
        <Box key={group.location?.documentId ?? 'none'} paddingBottom={6}>
          <LocationHeading location={group.location} headingId={headingId} />
          <Table colCount={COLUMNS.length} rowCount={group.rows.length + 1} aria-labelledby={headingId}>
            <Thead>
              <Tr>
                {COLUMNS.map((c) => (
                  <Th key={c}>
                    <Typography variant="sigma">{c}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {group.rows.map((row) => (
                <Tr key={`${row.practitioner.documentId}:${row.modality.documentId}`}>
                  <Td>
                    <EntryLink to={practitionerEntry(row.practitioner.documentId)}>{row.practitioner.name}</EntryLink>
                  </Td>
                  <Td>
                    <Typography>{row.modality.name}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.explanation}</Typography>
                  </Td>
                  <Td>
                    {row.licence ? (
                      <EntryLink to={licenceEntry(row.licence.documentId)}>{`${row.licence.number}, expires ${row.licence.expiresOn}`}</EntryLink>
                    ) : (
                      <Typography textColor="neutral600">none</Typography>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      );
    })}
  </>
);
