import { Badge, Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { daysLeftLabel, type LicenceAlert, type LocationGroup } from './api';
import { EntryLink } from './EntryLink';
import { LocationHeading } from './LocationHeading';
import { licenceEntry, practitionerEntry } from './links';

const COLUMNS = ['Practitioner', 'Licence', 'Expires on', 'Days left'];

/** Licences expired or expiring, one table per location. */
export const LicenceTables = ({ groups }: { groups: LocationGroup<LicenceAlert>[] }) => (
  <>
    {groups.map((group, index) => {
      const headingId = `licences-location-${index}`;
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
                <Tr key={row.licence.documentId}>
                  <Td>
                    <EntryLink to={practitionerEntry(row.practitioner.documentId)}>{row.practitioner.name}</EntryLink>
                  </Td>
                  <Td>
                    <EntryLink to={licenceEntry(row.licence.documentId)}>
                      {`${row.licence.type} ${row.licence.number} (${row.licence.state})`}
                    </EntryLink>
                  </Td>
                  <Td>
                    <Typography>{row.licence.expiresOn}</Typography>
                  </Td>
                  <Td>
                    {/* Dark text on the tint: the design system's danger700/warning700 on their 100 tints
                        failed axe's colour-contrast rule at the badge's small type. */}
                    <Badge backgroundColor={row.kind === 'expired' ? 'danger100' : 'warning100'} textColor="neutral800">
                      {daysLeftLabel(row.daysLeft)}
                    </Badge>
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
