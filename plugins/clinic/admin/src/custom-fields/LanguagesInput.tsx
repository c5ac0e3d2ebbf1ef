import { Field, MultiSelect, MultiSelectOption } from '@strapi/design-system';
import * as React from 'react';
import { languageLabel, languageOptions, tagsOf } from './language-tags';

/** What the content manager hands a custom field's input (with the form field's state spread in). */
interface LanguagesInputProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
}

/**
 * A practitioner's languages as a multi-select of BCP-47 tags with their names
 * ("Spanish (es)"), writing the same JSON array the field always stored. The choice reads
 * as a list of names: the select's tags put nameless remove buttons inside the combobox.
 */
export const LanguagesInput = React.forwardRef<HTMLDivElement, LanguagesInputProps>(
  ({ name, label, hint, required, disabled, error, value, onChange }, ref) => {
    const tags = tagsOf(value);
    const key = tags.join(' ');
    const options = React.useMemo(() => languageOptions(key === '' ? [] : key.split(' ')), [key]);
    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label>{label}</Field.Label>
        <MultiSelect
          ref={ref}
          value={tags}
          onChange={(next: string[]) => onChange(name, next)}
          onClear={() => onChange(name, [])}
          clearLabel="Clear the languages"
          disabled={disabled}
          placeholder="Choose the languages spoken"
          customizeContent={(selected?: string[]) => (selected ?? []).map(languageLabel).join(', ')}
        >
          {options.map(({ tag, label: text }) => (
            <MultiSelectOption key={tag} value={tag} textValue={text}>
              {text}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);
LanguagesInput.displayName = 'LanguagesInput';
