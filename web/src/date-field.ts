import { clearFieldError, fieldError, h } from './dom.ts';
import { DATE_HINT, isoFromTyped, typedFromIso } from '../../domain/wording/typed-date.ts';
import { dateProblem } from './typed-date.ts';

export interface DateFieldOptions {
  name: string;
  /** The field's label, also the start of its error sentence. */
  label: string;
  id?: string;
  /** An ISO day, shown as dd.mm.åååå. */
  value?: string | null;
  required?: boolean;
}

/**
 * The text field for one day (what it reads, and the sentence for what it cannot: typed-date.ts). Its validity is kept as it is typed, so the browser keeps a form with a
 * day it cannot read from being sent and shows the Norwegian sentence; the status line says it too.
 */
export function dateField(options: DateFieldOptions): HTMLInputElement {
  const input = h('input', {
    type: 'text',
    name: options.name,
    id: options.id,
    value: typedFromIso(options.value),
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: DATE_HINT,
    size: 10,
    maxlength: 10,
    'aria-required': options.required ? 'true' : null,
    'data-date-field': '',
  });
  const check = () => {
    const problem = dateProblem(input.value, options.label, options.required ?? false);
    input.setCustomValidity(problem ?? '');
    if (problem) input.setAttribute('aria-invalid', 'true');
    else clearFieldError(input);
  };
  input.addEventListener('input', check);
  // A day read is shown back in the one form people expect, once they leave the field.
  input.addEventListener('change', () => {
    const iso = isoFromTyped(input.value);
    if (iso) input.value = typedFromIso(iso);
    check();
  });
  input.addEventListener('invalid', () => {
    // The browser shows the first field it cannot send; the status line says the same one.
    if (!input.form || input.form.querySelector(':invalid') === input) fieldError(input, input.validationMessage);
  });
  check();
  return input;
}

/** The ISO day of a field made by `dateField` ('' when empty); call after the form's validity was checked. */
export function isoOf(input: HTMLInputElement): string {
  return isoFromTyped(input.value) || '';
}
