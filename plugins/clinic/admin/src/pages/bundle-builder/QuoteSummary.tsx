import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { formatCents, type Quote } from './api';

const percent = (p: number | null) => (p === null ? '' : ` (${p.toFixed(1)} %)`);

/** Sum of parts at the location, the price, the saving and the chain's bounds: the builder's page and the edit view's panel show the same. */
export const QuoteFigures = ({ quote }: { quote: Quote }) => (
  <Flex direction="column" alignItems="stretch" gap={1}>
    <Typography>{`Sum of parts at ${quote.location.name}: ${formatCents(quote.sumOfPartsCents)}`}</Typography>
    <Typography>{`Price${quote.priceSource === 'percent_off_parts' ? ' (percent off the parts here)' : ''}: ${formatCents(quote.priceCents)}`}</Typography>
    <Typography fontWeight="bold" textColor={quote.savingCents !== null && quote.savingCents < 0 ? 'danger600' : 'success700'}>
      {quote.savingCents === null ? 'Saving: —' : `Saving: ${formatCents(quote.savingCents)}${percent(quote.savingPercent)}`}
    </Typography>
    <Typography>{quote.bounds ? `Chain's bounds: ${formatCents(quote.bounds.minPriceCents)} – ${formatCents(quote.bounds.maxPriceCents)}` : "Chain's bounds: not set"}</Typography>
    {quote.missing.length > 0 && (
      <Typography textColor="danger600" role="alert">
        {`Not offered here: ${quote.missing.map((m) => `${quote.lines[m.index]?.serviceName ?? m.service} ${m.minutes} min`).join(', ')}. The bundle cannot be sold at this location.`}
      </Typography>
    )}
  </Flex>
);

/** The parts, one line each, at the location's prices today. */
export const QuoteLines = ({ quote }: { quote: Quote }) => (
  <Table colCount={4} rowCount={quote.lines.length + 1}>
    <Thead>
      <Tr>
        <Th><Typography variant="sigma">Service</Typography></Th>
        <Th><Typography variant="sigma">Count</Typography></Th>
        <Th><Typography variant="sigma">Each</Typography></Th>
        <Th><Typography variant="sigma">Line</Typography></Th>
      </Tr>
    </Thead>
    <Tbody>
      {quote.lines.map((l, i) => (
        <Tr key={`${l.service}-${l.minutes}-${i}`}>
          <Td><Typography>{`${l.serviceName ?? l.service} · ${l.minutes} min`}</Typography></Td>
          <Td><Typography>{l.count}</Typography></Td>
          <Td><Typography>{l.unitCents === null ? 'not offered' : formatCents(l.unitCents)}</Typography></Td>
          <Td><Typography>{formatCents(l.lineCents)}</Typography></Td>
        </Tr>
      ))}
    </Tbody>
  </Table>
);
