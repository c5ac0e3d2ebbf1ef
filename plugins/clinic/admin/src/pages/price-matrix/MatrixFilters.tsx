import { Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { UsStateCode } from '../../../../server/src/domain/us-states';

// The server's codes, typed against its list (a value import would bundle zod into the admin).
const STATES: readonly UsStateCode[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];

export interface Filters {
  franchise: string;
  region: string;
  state: string;
  modality: string;
  service: string;
}

export const NO_FILTERS: Filters = { franchise: '', region: '', state: '', modality: '', service: '' };

const TEXT_FILTERS: { name: Exclude<keyof Filters, 'state'>; label: string; hint: string }[] = [
  { name: 'franchise', label: 'Franchise', hint: 'Slug, e.g. lantern-oak-metro-atlanta' },
  { name: 'region', label: 'Region', hint: 'As on the location, e.g. Metro Atlanta' },
  { name: 'modality', label: 'Modality', hint: 'Slug, e.g. therapeutic-massage: its services only' },
  { name: 'service', label: 'Service', hint: 'Slug, e.g. deep-tissue-massage: that service only' },
];

/** The matrix's filters; the server refuses a malformed one and the page shows its message under `error`. */
export const MatrixFilters = ({ value, onChange, error }: { value: Filters; onChange: (next: Filters) => void; error: Partial<Record<keyof Filters, string>> }) => (
  <Grid.Root gap={4}>
    <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
      <Field.Root name="state" error={error.state}>
        <Field.Label>State</Field.Label>
        <SingleSelect
          value={value.state}
          placeholder="All states"
          onChange={(state) => onChange({ ...value, state: String(state) })}
          onClear={() => onChange({ ...value, state: '' })}
          clearLabel="All states"
        >
          {STATES.map((code) => (
            <SingleSelectOption key={code} value={code}>{code}</SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
    </Grid.Item>
    {TEXT_FILTERS.map((f) => (
      <Grid.Item key={f.name} col={f.name === 'franchise' || f.name === 'modality' ? 3 : 2} s={6} xs={12} direction="column" alignItems="stretch">
        <Field.Root name={f.name} error={error[f.name]} hint={f.hint}>
          <Field.Label>{f.label}</Field.Label>
          <TextInput value={value[f.name]} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [f.name]: e.target.value })} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Grid.Item>
    ))}
  </Grid.Root>
);
