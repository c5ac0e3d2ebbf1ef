import { Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { columnKey, formatCents, type MatrixColumn } from './api';
import { OPERATIONS, type ChangeFormState, type FormErrors, type OperationKind } from './change-form';
import { columnLabel } from './MatrixTable';

interface ChangeFormProps {
  columns: MatrixColumn[];
  form: ChangeFormState;
  onChange: (next: ChangeFormState) => void;
  errors: FormErrors;
  /** A refusal of the whole request (not of one cell), as the server said it. */
  requestError: string | null;
  busy: 'preview' | 'draft' | 'publish' | null;
  onPreview: () => void;
  onApply: (mode: 'draft' | 'publish') => void;
  /** The Value field, for the page to focus when a cell is opened in the form. */
  valueRef?: React.Ref<HTMLInputElement>;
}

/** The change to make at the selected locations: one column, one operation, optionally from a later day. */
export const ChangeForm = ({ columns, form, onChange, errors, requestError, busy, onPreview, onApply, valueRef }: ChangeFormProps) => (
  <Flex direction="column" alignItems="stretch" gap={4}>
    <Typography tag="p" textColor={errors.locations ? 'danger600' : 'neutral700'} role={errors.locations ? 'alert' : undefined}>
      {errors.locations ?? `${form.locations.length} location${form.locations.length === 1 ? '' : 's'} selected`}
    </Typography>
    <Grid.Root gap={4}>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <Field.Root name="column" error={errors.column}>
          <Field.Label>Column (service and length)</Field.Label>
          <SingleSelect value={form.column} placeholder="Choose a column" onChange={(column) => onChange({ ...form, column: String(column) })}>
            {columns.map((c) => (
              <SingleSelectOption key={columnKey(c)} value={columnKey(c)}>{`${columnLabel(c)} (base ${formatCents(c.basePriceCents)})`}</SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="operation">
          <Field.Label>Operation</Field.Label>
          <SingleSelect value={form.kind} onChange={(kind) => onChange({ ...form, kind: kind as OperationKind })}>
            {OPERATIONS.map((o) => (
              <SingleSelectOption key={o.kind} value={o.kind}>{o.label}</SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="value" error={errors.value} hint={form.kind.endsWith('percent') ? 'Percent' : 'Dollars'}>
          <Field.Label>Value</Field.Label>
          <TextInput
            ref={valueRef}
            value={form.kind === 'reset' ? '' : form.value}
            onKeyDown={(e: React.KeyboardEvent<HTMLInputElement>) => {
              // Enter previews, as a form's submit would.
              if (e.key === 'Enter' && busy === null) onPreview();
            }}
            disabled={form.kind === 'reset'}
            inputMode="decimal"
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...form, value: e.target.value })}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
      <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name="effectiveFrom" error={errors.effectiveFrom} hint="Empty: now. A later day schedules the change.">
          <Field.Label>From date (optional)</Field.Label>
          <TextInput type="date" value={form.effectiveFrom} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...form, effectiveFrom: e.target.value })} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
    </Grid.Root>
    {requestError && (
      <Typography textColor="danger600" role="alert">
        {requestError}
      </Typography>
    )}
    <Flex gap={2}>
      <Button variant="secondary" onClick={onPreview} loading={busy === 'preview'} disabled={busy !== null}>
        Preview
      </Button>
      <Button variant="default" onClick={() => onApply('draft')} loading={busy === 'draft'} disabled={busy !== null}>
        Apply as draft
      </Button>
      <Button variant="success" onClick={() => onApply('publish')} loading={busy === 'publish'} disabled={busy !== null}>
        Apply and publish
      </Button>
    </Flex>
  </Flex>
);
