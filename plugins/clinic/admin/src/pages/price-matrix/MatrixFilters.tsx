import { Field, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { MatrixFilterOptions } from './api';

export interface Filters {
  franchise: string;
  region: string;
  state: string;
  modality: string;
  service: string;
}

export const NO_FILTERS: Filters = { franchise: '', region: '', state: '', modality: '', service: '' };

interface Picker {
  name: keyof Filters;
  label: string;
  all: string;
  col: number;
  choices: (o: MatrixFilterOptions, f: Filters) => { value: string; label: string }[];
}

const PICKERS: Picker[] = [
  { name: 'franchise', label: 'Franchise', all: 'All franchises', col: 3, choices: (o) => o.franchises.map((f) => ({ value: f.slug, label: f.name })) },
  { name: 'region', label: 'Region', all: 'All regions', col: 2, choices: (o) => o.regions.map((r) => ({ value: r, label: r })) },
  { name: 'state', label: 'State', all: 'All states', col: 2, choices: (o) => o.states.map((s) => ({ value: s, label: s })) },
  { name: 'modality', label: 'Modality', all: 'All modalities', col: 2, choices: (o) => o.modalities.map((m) => ({ value: m.slug, label: m.name })) },
  {
    name: 'service',
    label: 'Service',
    all: 'All services',
    col: 3,
    // Narrowed to the chosen modality: a service of another one would show no column.
    choices: (o, f) => o.services.filter((s) => !f.modality || s.modality === f.modality).map((s) => ({ value: s.slug, label: s.name })),
  },
];

/**
 * The matrix's filters, each a picker of what exists (franchise, region, state of the
 * locations this user sees — an owner's own —, modality, service), by name. The server
 * refuses a malformed one and the page shows its message under `error`.
 */
export const MatrixFilters = ({
  value,
  options,
  onChange,
  error,
}: {
  value: Filters;
  options: MatrixFilterOptions | null;
  onChange: (next: Filters) => void;
  error: Partial<Record<keyof Filters, string>>;
}) => {
  const set = (name: keyof Filters, v: string) => {
    const next = { ...value, [name]: v };
    // A service outside the newly chosen modality would leave the matrix empty.
    if (name === 'modality' && v && options && next.service && options.services.find((s) => s.slug === next.service)?.modality !== v) next.service = '';
    onChange(next);
  };
  return (
    <Grid.Root gap={4}>
      {PICKERS.map((p) => (
        <Grid.Item key={p.name} col={p.col} s={6} xs={12} direction="column" alignItems="stretch">
          <Field.Root name={p.name} error={error[p.name]}>
            <Field.Label>{p.label}</Field.Label>
            <SingleSelect
              value={value[p.name]}
              placeholder={options ? p.all : 'Loading…'}
              disabled={!options}
              onChange={(v) => set(p.name, String(v))}
              onClear={() => set(p.name, '')}
              clearLabel={p.all}
            >
              {(options ? p.choices(options, value) : []).map((c) => (
                <SingleSelectOption key={c.value} value={c.value}>{c.label}</SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Error />
          </Field.Root>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
