/** The change form as typed, checked before anything is sent, and turned into the API's body. */
export type OperationKind = 'set' | 'add' | 'subtract' | 'add-percent' | 'subtract-percent' | 'reset';

export const OPERATIONS: { kind: OperationKind; label: string }[] = [
  { kind: 'set', label: 'Set to ($)' },
  { kind: 'add', label: '+ amount ($)' },
  { kind: 'subtract', label: '− amount ($)' },
  { kind: 'add-percent', label: '+ percent (%)' },
  { kind: 'subtract-percent', label: '− percent (%)' },
  { kind: 'reset', label: 'Reset to base price' },
];

export interface ChangeFormState {
  locations: string[];
  /** `serviceDocumentId|minutes`, or '' when no column is chosen. */
  column: string;
  kind: OperationKind;
  value: string;
  /** YYYY-MM-DD or ''. */
  effectiveFrom: string;
}

export type FormErrors = Partial<Record<'locations' | 'column' | 'value' | 'effectiveFrom', string>>;

const MONEY = /^\d{1,7}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,4}(\.\d{1,2})?$/;

const operationOf = (kind: OperationKind, value: string) => {
  switch (kind) {
    case 'set':
      return { kind, price: value };
    case 'add':
    case 'subtract':
      return { kind, amount: value };
    case 'add-percent':
    case 'subtract-percent':
      return { kind, percent: Number(value) };
    case 'reset':
      return { kind };
  }
};

/** The `changes` body, or the message to show under each field that is not ready. */
export function changesBody(form: ChangeFormState): { body: { changes: unknown[] } } | { errors: FormErrors } {
  const errors: FormErrors = {};
  if (form.locations.length === 0) errors.locations = 'Select at least one location (the checkboxes in the first column).';
  if (!form.column) errors.column = 'Choose the service and length to change.';
  const value = form.value.trim();
  if (form.kind !== 'reset') {
    const percent = form.kind.endsWith('percent');
    if (!(percent ? PERCENT : MONEY).test(value)) {
      errors.value = percent ? 'Enter a percentage such as 5 or 2.5 (at most 2 decimals).' : 'Enter an amount in dollars such as 5 or 4.50.';
    } else if (Number(value) === 0 && form.kind !== 'set') {
      errors.value = 'Enter more than 0.';
    }
  }
  if (form.effectiveFrom && form.kind === 'reset') errors.effectiveFrom = 'A reset applies now: leave the date empty, or schedule "Set to" the base price.';
  if (Object.keys(errors).length > 0) return { errors };
  const [service, minutes] = form.column.split('|');
  const change = {
    locations: form.locations,
    variants: [{ service, minutes: Number(minutes) }],
    operation: operationOf(form.kind, value),
    ...(form.effectiveFrom ? { effectiveFrom: form.effectiveFrom } : {}),
  };
  return { body: { changes: [change] } };
}
