import { Flex, Typography } from '@strapi/design-system';
import type { ComplianceLocation } from './api';
import { EntryLink } from './EntryLink';
import { locationEntry } from './links';

/** The heading of one location's rows: name (linked), state, franchise. */
export const LocationHeading = ({ location, headingId }: { location: ComplianceLocation | null; headingId: string }) => (
  <Flex gap={2} paddingBottom={2} alignItems="baseline">
    <Typography tag="h3" variant="delta" id={headingId}>
      {location ? <EntryLink to={locationEntry(location.documentId)}>{location.name}</EntryLink> : 'No location in the licence’s state'}
    </Typography>
    {location && (
      <Typography variant="pi" textColor="neutral600">
        {[location.state, location.franchise?.name].filter(Boolean).join(' · ')}
      </Typography>
    )}
  </Flex>
);
