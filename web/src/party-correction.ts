import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { partyRoleNames } from '../../domain/wording/names-nb.ts';
import type { PartyCorrectedView } from '../../schemas/outbox.ts';
import type { z } from 'zod';
import { ApiError, post, put, type CaseView } from './api.ts';
import { addressFields, addressKeys, type AddressBody, type AddressKey } from './address-fields.ts';
import { whileBusy } from './busy.ts';
import { announce, focusStatus, h } from './dom.ts';
import { date, letterKindNames } from './labels.ts';
import { partiesList } from './parties.ts';

type Party = CaseView['parties'][number];
type PartyCorrected = z.infer<typeof PartyCorrectedView>;

/** The parties a person may have corrected (PUT /cases/{case}/parties/{role}): the ones letters go to. */
const correctable = new Set(['appellant', 'representative']);

/**
 * The case's parties for an archivist: «Endre» on the appellant and the representative opens a form for
 * the name and postal address, which PUTs the correction; «Legg til part», on a case without a representative,
 * opens the same form (with the firm) to add one. A refusal is said beside the field it is about
 * (the postcode for an address that does not read as one, the name for a case with two parties in the
 * role); after success the case is drawn again with the new value, and the status line says which letters
 * not yet posted follow it.
 */
export function correctableParties(view: CaseView, redraw: () => Promise<void>): HTMLElement {
  let n = 0;
  const list = partiesList(view.parties, 'Sakens parter', (party) => (correctable.has(party.role) ? partyEditor(view, party, n++, redraw) : null));
  // «Legg til part» only where the case has no representative: one it has is corrected with «Endre».
  if (view.parties.some((p) => p.role === 'representative')) return list;
  return h('div', {}, list, h('p', {}, partyAdder(view, redraw)));
}

function partyEditor(view: CaseView, party: Party, index: number, redraw: () => Promise<void>): HTMLElement {
  const role = partyRoleNames[party.role] ?? party.role;
  const formId = `party-form-${index}`;
  const parts = addressParts(party.address);
  // The fields are filled only from a Norwegian address of two lines; any other (abroad, c/o, more lines)
  // must be typed again whole, so say what the case holds rather than show empty fields without a word.
  const retype =
    party.address.length > 0 && Object.keys(parts).length === 0
      ? h('p', { class: 'hint', id: `party-retype-${index}` }, `Adressen i saken er «${party.address.join(', ')}». Den er ikke en norsk adresse på to linjer: skriv hele adressen, med land.`)
      : null;
  const edit = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': formId, 'aria-label': `Endre ${role.toLowerCase()}: ${party.name}` }, 'Endre');
  return partyForm(redraw, {
    formId,
    idSuffix: `party-${index}`,
    trigger: edit,
    title: `Rett ${role.toLowerCase()}s navn og adresse`,
    initial: { name: party.name, ...parts },
    before: [retype],
    send: (body) => put<PartyCorrected>(`/cases/${encodeURIComponent(view.case.caseId)}/parties/${party.role}`, body),
    words: (done) => `${role} i sak ${displayCaseNumber(done.caseId)} er rettet: ${[done.name, ...done.address].join(', ')}. ${lettersWords(view, done, role.toLowerCase(), 'til den nye adressen')}`,
  });
}

/**
 * «Legg til part» where the case has no representative: the representative the machine did not find, with their
 * firm, or the appellant where the case names none (then the archivist says which). POSTs to the case's parties.
 */
function partyAdder(view: CaseView, redraw: () => Promise<void>): HTMLElement {
  const formId = 'party-form-add';
  const add = h('button', { type: 'button', id: 'party-add-open', class: 'link', 'aria-expanded': 'false', 'aria-controls': formId }, 'Legg til part');
  const hasAppellant = view.parties.some((p) => p.role === 'appellant');
  const roleChoice = (value: string, label: string, checked: boolean) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'party-add-role', value, ...(checked ? { checked: true } : {}) }), ` ${label}`);
  // Only a case that names no appellant asks whom it adds: otherwise the party missing is the representative.
  const roles = hasAppellant ? null : h('fieldset', {}, h('legend', {}, 'Rolle'), roleChoice('representative', 'Fullmektig', true), roleChoice('appellant', 'Klager', false));
  const chosenRole = () => (roles?.querySelector<HTMLInputElement>('input:checked')?.value === 'appellant' ? 'appellant' : 'representative');
  const firm = h('input', { id: 'firm-party-add', name: 'firm', type: 'text', maxlength: '120', autocomplete: 'organization' });
  return partyForm(redraw, {
    formId,
    idSuffix: 'party-add',
    trigger: add,
    title: hasAppellant ? 'Legg til fullmektig' : 'Legg til part',
    initial: {},
    before: [roles],
    firm: { input: firm, label: h('label', { for: firm.id }, 'Firma (valgfritt)', firm) },
    send: (body) => post<PartyCorrected>(`/cases/${encodeURIComponent(view.case.caseId)}/parties`, { role: chosenRole(), ...body, ...(firm.value.trim() ? { firm: firm.value.trim() } : {}) }),
    words: (done) => {
      const role = partyRoleNames[done.role] ?? done.role;
      return `${role} i sak ${displayCaseNumber(done.caseId)} er lagt til: ${[done.name, ...done.address].join(', ')}. ${lettersWords(view, done, role.toLowerCase(), `til ${role.toLowerCase()}en`)}`;
    },
  });
}

interface PartyFormSpec {
  formId: string;
  idSuffix: string;
  /** The button beside the party (or under the list) that opens and closes the form, and gets focus back. */
  trigger: HTMLButtonElement;
  title: string;
  initial: Partial<AddressBody>;
  before: (HTMLElement | null)[];
  firm?: { input: HTMLInputElement; label: HTMLLabelElement };
  send: (body: Partial<AddressBody>) => Promise<PartyCorrected>;
  /** The status line after success: the party as the case now has it, and the letters that follow. */
  words: (done: PartyCorrected) => string;
}

/**
 * A party's name and address form, by keyboard: focus on «Navn» when opened, Enter or «Lagre» sends, Escape or
 * «Avbryt» closes and gives focus back to the trigger. The API's refusal is said beside the field it is about.
 */
function partyForm(redraw: () => Promise<void>, spec: PartyFormSpec): HTMLElement {
  const fields = addressFields(spec.idSuffix, spec.initial);
  const inputs: Record<RefusedKey, HTMLInputElement | undefined> = { ...fields.inputs, firm: spec.firm?.input };
  const refusal = h('p', { id: `${spec.formId}-refusal`, class: 'status-error field-error', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'primary' }, 'Lagre');
  const [nameLabel, ...addressLabels] = fields.labels;
  const form = h(
    'form',
    { id: spec.formId, class: 'decision party-correction', 'aria-labelledby': `${spec.formId}-title`, hidden: true },
    h('h4', { id: `${spec.formId}-title` }, spec.title),
    ...spec.before,
    nameLabel,
    spec.firm?.label ?? null,
    addressLabels,
    h('div', { class: 'sheet-confirm-actions' }, save, h('button', { type: 'button', onclick: () => close() }, 'Avbryt')),
  );
  const open = () => {
    form.hidden = false;
    spec.trigger.setAttribute('aria-expanded', 'true');
    fields.inputs.name.focus();
  };
  const close = () => {
    form.hidden = true;
    spec.trigger.setAttribute('aria-expanded', 'false');
    spec.trigger.focus();
  };
  spec.trigger.addEventListener('click', () => (form.hidden ? open() : close()));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  const showRefusal = (field: RefusedKey | null, message: string | null) => {
    for (const input of Object.values(inputs)) {
      input?.removeAttribute('aria-invalid');
      if (input?.getAttribute('aria-describedby') === refusal.id) input.removeAttribute('aria-describedby');
    }
    refusal.textContent = message ?? '';
    const input = field ? inputs[field] : undefined;
    if (!input || !message) return refusal.remove();
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', refusal.id);
    // Beside the field: right after its label, so it is read and seen where the mistake is.
    input.closest('label')?.after(refusal);
    input.focus();
  };
  for (const input of Object.values(inputs)) input?.addEventListener('input', () => showRefusal(null, null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = withoutEmptyCountry(fields.body());
    void whileBusy(save, async () => {
      let done: PartyCorrected;
      try {
        done = await spec.send(body);
      } catch (error) {
        if (!(error instanceof ApiError)) return showRefusal('name', 'Endringen kunne ikke lagres.');
        return showRefusal(refusedField(error), error.detail);
      }
      await redraw();
      announce(spec.words(done));
      focusStatus();
    });
  });
  return h('span', {}, ' ', spec.trigger, form);
}

type RefusedKey = AddressKey | 'firm';
const refusableKeys: readonly string[] = [...addressKeys, 'firm'];

/** The field a refusal is about: the postcode for an address that does not read as one (422), a field the 400 names, else the name (whom it corrects). */
function refusedField(error: ApiError): RefusedKey {
  if (error.status === 422) return 'postcode';
  if (error.status === 400) {
    const named = error.fieldPaths.find((path): path is RefusedKey => refusableKeys.includes(path));
    if (named) return named;
  }
  return 'name';
}

/** The API takes no country for Norway: an empty field is left out. */
function withoutEmptyCountry(body: AddressBody): Partial<AddressBody> {
  const { country, ...rest } = body;
  return country ? body : rest;
}

/** A Norwegian address as the case shows it («Fjellveien 3», «5006 Bergen») back into its fields; anything else leaves them empty. */
function addressParts(address: readonly string[]): Partial<AddressBody> {
  const [street, town, ...more] = address;
  const postal = town ? /^(\d{4}) (.+)$/.exec(town) : null;
  return street && postal && more.length === 0 ? { street, postcode: postal[1]!, place: postal[2]! } : {};
}

/**
 * The letters not yet posted that follow the party, each by what it was before (the case view's letters): a held
 * one released, a ready one written again to `writtenAgainTo`; or that none goes to the party.
 */
function lettersWords(view: CaseView, done: PartyCorrected, party: string, writtenAgainTo: string): string {
  if (!done.readdressed.length) return `Ingen brev som venter på utsending, går til ${party}.`;
  const letters = done.readdressed.map(({ letterId }) => {
    const was = view.letters.find((l) => l.letterId === letterId);
    const name = was ? `${letterKindNames[was.kind] ?? was.title} datert ${date(was.letterDate)}` : letterId;
    return was?.status === 'held' ? `${name} var holdt tilbake og er frigitt, klart til utsending` : `${name} er skrevet på nytt ${writtenAgainTo}`;
  });
  return `${letters.join('; ')}.`;
}
