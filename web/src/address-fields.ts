import { brokenPostcodeRule, knownOrNorway, typedPostcodeRule } from '../../domain/letters/postcode-rules.ts';
import { h } from './dom.ts';

/** The fields of an address as the API takes it (schemas/outbox.ts AddressCorrection). */
export const addressKeys = ['name', 'street', 'postcode', 'place', 'country'] as const;
export type AddressKey = (typeof addressKeys)[number];
export type AddressBody = Record<AddressKey, string>;

export interface AddressFields {
  /** The labelled fields, in the order they are filled in. */
  labels: HTMLLabelElement[];
  inputs: Record<AddressKey, HTMLInputElement>;
  /** What was typed, trimmed, as the body the API takes. */
  body(): AddressBody;
}

/**
 * Name, street or post box, postcode, place and the country of an address abroad, each with its words in
 * bokmål: a held letter's address in «Utgående post» and a party's on the case view. The service checks
 * it again (the postcode by the country's rule, Posten's table in Norway) and answers in a sentence.
 * `idSuffix` keeps the ids of one form's fields apart from another's on the same view.
 */
export function addressFields(idSuffix: string, initial: Partial<AddressBody> = {}): AddressFields {
  const field = (name: AddressKey, label: string, attrs: Record<string, string | boolean> = {}) => {
    const id = `${name}-${idSuffix}`;
    const input = h('input', { id, name, type: 'text', required: true, value: initial[name] ?? '', ...attrs });
    bokmalValidity(input, label);
    return { label: h('label', { for: id }, label, input), input };
  };
  const name = field('name', 'Navn', { autocomplete: 'name' });
  const street = field('street', 'Gate eller postboks', { autocomplete: 'address-line1' });
  const postcode = field('postcode', 'Postnummer', { inputmode: 'numeric', maxlength: '12', autocomplete: 'postal-code' });
  const place = field('place', 'Poststed', { autocomplete: 'address-level2' });
  const country = field('country', 'Land (tomt for Norge)', { required: false, maxlength: '60', autocomplete: 'country-name' });
  postcodeValidity(postcode.input, country.input);
  const inputs = { name: name.input, street: street.input, postcode: postcode.input, place: place.input, country: country.input };
  return {
    labels: [name.label, street.label, postcode.label, place.label, country.label],
    inputs,
    body: () => Object.fromEntries(addressKeys.map((k) => [k, inputs[k].value.trim()])) as AddressBody,
  };
}

/**
 * The browser's own words for an empty or mistyped field are in the browser's language, and the page is
 * bokmål: the field carries its own sentence, kept up to date as it is typed in.
 */
function bokmalValidity(input: HTMLInputElement, label: string): void {
  const check = () => {
    input.setCustomValidity('');
    if (input.validity.valueMissing) input.setCustomValidity(`Fyll inn ${label.toLowerCase()}.`);
  };
  input.addEventListener('input', check);
  check();
}

/**
 * The postcode by the country's rule (domain/letters/postcode-rules.ts, the one the service checks by):
 * Norway's four digits when no country is written, «411 38» in Sweden, M1 1AA in the United Kingdom, and
 * free text (or none) for a country without a known rule. Checked again as either field is typed in.
 */
function postcodeValidity(postcode: HTMLInputElement, country: HTMLInputElement): void {
  const check = () => {
    const rule = typedPostcodeRule(country.value);
    postcode.required = rule !== null;
    postcode.inputMode = rule?.numeric ? 'numeric' : 'text';
    postcode.setCustomValidity('');
    if (!postcode.value.trim()) {
      if (postcode.required) postcode.setCustomValidity('Fyll inn postnummer.');
      return;
    }
    const broken = brokenPostcodeRule(country.value, postcode.value);
    if (broken) postcode.setCustomValidity(broken.hintNb);
  };
  const countryCheck = () => country.setCustomValidity(knownOrNorway(country.value) ? '' : 'Skriv et land vi kjenner: navnet på norsk, engelsk eller landets eget språk, eller landkoden (for eksempel SE).');
  country.addEventListener('input', countryCheck);
  countryCheck();
  postcode.addEventListener('input', check);
  country.addEventListener('input', check);
  check();
}
