import { fieldError, h } from './dom.ts';
import { dateField, isoOf } from './date-field.ts';

export interface DecisionDates {
  decisionDate: string | null;
  decisionReceivedDate: string | null;
}

const MISSING = 'Vedtaksdato: skriv datoen for vedtaket dokumentet gjelder (eller datoen vedtaket ble mottatt); klagefristen regnes fra den.';

/**
 * The review form's decision dates (Vedtaksdato, Vedtak mottatt), prefilled with what the machine read.
 * Shown for a type whose appeal deadline counts from them (Taxonomy.decisionDateTypes), and whenever the
 * machine read one, so a date it misread can be cleared or put right whatever the type; for such a
 * type one of them must be given before the decision is sent, as the service requires.
 */
export function decisionDateFields(read: DecisionDates, decisionDateTypes: readonly string[]) {
  const decisionDate = dateField({ id: 'decision-date', name: 'decisionDate', label: 'Vedtaksdato', value: read.decisionDate });
  const decisionReceivedDate = dateField({ id: 'decision-received', name: 'decisionReceivedDate', label: 'Vedtak mottatt', value: read.decisionReceivedDate });
  const element = h(
    'fieldset',
    { class: 'decision-dates', hidden: true },
    h('legend', {}, 'Vedtaket dokumentet gjelder'),
    h('p', {}, h('label', { for: 'decision-date' }, 'Vedtaksdato '), decisionDate),
    h('p', {}, h('label', { for: 'decision-received' }, 'Vedtak mottatt '), decisionReceivedDate),
  );
  let required = false;
  // The «missing» sentence is this form's own; the field's own (a day it cannot read) is dateField's.
  decisionDate.addEventListener('input', () => {
    if (decisionDate.validationMessage === MISSING) decisionDate.setCustomValidity('');
  });
  return {
    element,
    /** Shows the dates for a type that needs them or when one was read; they stay as typed when the type changes back and forth. */
    showFor(type: string | null) {
      required = type !== null && decisionDateTypes.includes(type);
      element.hidden = !required && read.decisionDate === null && read.decisionReceivedDate === null;
      if (!required && decisionDate.validationMessage === MISSING) decisionDate.setCustomValidity('');
      decisionDate.setAttribute('aria-required', String(required));
    },
    /** True when the form may be sent; otherwise the field says why and has the focus. */
    check(): boolean {
      if (element.hidden) return true;
      for (const field of [decisionDate, decisionReceivedDate]) {
        if (!field.checkValidity()) {
          field.focus();
          fieldError(field, field.validationMessage);
          return false;
        }
      }
      if (required && !isoOf(decisionDate) && !isoOf(decisionReceivedDate)) {
        decisionDate.setCustomValidity(MISSING);
        fieldError(decisionDate, MISSING);
        decisionDate.focus();
        return false;
      }
      return true;
    },
    /** The dates the archivist changed, as the decision's fields (a cleared date as null); nothing when none changed or they are hidden. */
    changed(): { fields?: Partial<DecisionDates> } {
      if (element.hidden) return {};
      const fields: Partial<DecisionDates> = {};
      const typedDate = isoOf(decisionDate) || null;
      const typedReceived = isoOf(decisionReceivedDate) || null;
      if (typedDate !== read.decisionDate) fields.decisionDate = typedDate;
      if (typedReceived !== read.decisionReceivedDate) fields.decisionReceivedDate = typedReceived;
      return Object.keys(fields).length ? { fields } : {};
    },
  };
}
