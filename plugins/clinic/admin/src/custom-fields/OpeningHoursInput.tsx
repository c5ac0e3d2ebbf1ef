import { Accordion, Box, Button, Field, Flex, Grid, IconButton, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { useField } from '@strapi/strapi/admin';
import * as React from 'react';
import { enumLabel } from '../content-manager/enum-labels';
import { DAYS, rowHeading, type OpeningHoursRow } from './opening-hours-rows';

/** What the content manager hands a field's input (with the form field's state spread in). */
interface OpeningHoursInputProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  disabled?: boolean;
  error?: string;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
}

/** One stored field of a row, with the form's own value, error (a refused save's message) and change. */
const RowField = ({ name, label, children }: { name: string; label: string; children: (field: { value: string; onChange: (v: string) => void }) => React.ReactNode }) => {
  const field = useField<string>(name);
  return (
    <Field.Root name={name} id={name} error={field.error} required>
      <Field.Label>{label}</Field.Label>
      {children({ value: typeof field.value === 'string' ? field.value : '', onChange: (v) => field.onChange(name, v) })}
      <Field.Error />
    </Field.Root>
  );
};

let added = 0;

/**
 * A location's opening hours (the repeatable clinic.opening-hours component) with each
 * row headed by what it holds, "Monday · 08:00–17:00", updated while typing. The content
 * manager 5.54 heads a component row with the raw stored value of one field ("monday"),
 * so this editor takes the field's place (content-manager/opening-hours-field.ts); it
 * writes the same component rows, and a refused save's message shows beside its field.
 */
export const OpeningHoursInput = React.forwardRef<HTMLDivElement, OpeningHoursInputProps>(({ name, label, hint, disabled, error, value, onChange }, ref) => {
  const rows = (Array.isArray(value) ? value : []) as OpeningHoursRow[];
  const keyOf = (row: OpeningHoursRow, i: number) => row.__temp_key__ ?? `row-${i}`;
  const [open, setOpen] = React.useState<string>('');
  const add = () => {
    added += 1;
    const key = `clinic-new-${Date.now()}-${added}`;
    onChange(name, [...rows, { __temp_key__: key, day: null, opens: '', closes: '' }]);
    setOpen(key);
  };
  const remove = (i: number) => onChange(name, rows.filter((_, j) => j !== i));
  return (
    <Field.Root name={name} id={name} error={error} hint={hint} ref={ref}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Field.Label>{`${typeof label === 'string' ? label : 'Opening hours'} (${rows.length})`}</Field.Label>
        {rows.length === 0 && <Typography textColor="neutral600">No opening hours: closed every day.</Typography>}
        <Box hasRadius borderColor="neutral200">
          <Accordion.Root value={open} onValueChange={setOpen}>
            {rows.map((row, i) => (
              <Accordion.Item key={keyOf(row, i)} value={keyOf(row, i)}>
                <Accordion.Header>
                  <Accordion.Trigger>{rowHeading(row)}</Accordion.Trigger>
                  <Accordion.Actions>
                    <IconButton variant="ghost" label={`Delete ${rowHeading(row)}`} disabled={disabled} onClick={() => remove(i)}>
                      <Trash />
                    </IconButton>
                  </Accordion.Actions>
                </Accordion.Header>
                <Accordion.Content>
                  <Box padding={4}>
                    <Grid.Root gap={4}>
                      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                        <RowField name={`${name}.${i}.day`} label="Day">
                          {({ value: day, onChange: setDay }) => (
                            <SingleSelect value={day} placeholder="Choose a day" disabled={disabled} onChange={(v) => setDay(String(v))}>
                              {DAYS.map((d) => (
                                <SingleSelectOption key={d} value={d}>{enumLabel(d)}</SingleSelectOption>
                              ))}
                            </SingleSelect>
                          )}
                        </RowField>
                      </Grid.Item>
                      {(['opens', 'closes'] as const).map((part) => (
                        <Grid.Item key={part} col={4} s={6} direction="column" alignItems="stretch">
                          <RowField name={`${name}.${i}.${part}`} label={part === 'opens' ? 'Opens (HH:MM)' : 'Closes (HH:MM)'}>
                            {({ value: time, onChange: setTime }) => (
                              <TextInput value={time} placeholder="08:00" disabled={disabled} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setTime(e.target.value)} />
                            )}
                          </RowField>
                        </Grid.Item>
                      ))}
                    </Grid.Root>
                  </Box>
                </Accordion.Content>
              </Accordion.Item>
            ))}
          </Accordion.Root>
        </Box>
        <Box>
          <Button variant="secondary" startIcon={<Plus />} disabled={disabled} onClick={add}>Add opening hours</Button>
        </Box>
        <Field.Hint />
        <Field.Error />
      </Flex>
    </Field.Root>
  );
});
OpeningHoursInput.displayName = 'OpeningHoursInput';
