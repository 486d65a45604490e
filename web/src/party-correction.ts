import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { partyRoleNames } from '../../domain/wording/names-nb.ts';
import type { PartyCorrectedView } from '../../schemas/outbox.ts';
import type { z } from 'zod';
import { ApiError, put, type CaseView } from './api.ts';
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
 * the name and postal address, which PUTs the correction. A refusal is said beside the field it is about
 * (the postcode for an address that does not read as one, the name for a case with two parties in the
 * role); after success the case is drawn again with the new value, and the status line says which letters
 * not yet posted follow it.
 */
export function correctableParties(view: CaseView, redraw: () => Promise<void>): HTMLElement {
  let n = 0;
  return partiesList(view.parties, 'Sakens parter', (party) => (correctable.has(party.role) ? partyEditor(view, party, n++, redraw) : null));
}

function partyEditor(view: CaseView, party: Party, index: number, redraw: () => Promise<void>): HTMLElement {
  const role = partyRoleNames[party.role] ?? party.role;
  const formId = `party-form-${index}`;
  const parts = addressParts(party.address);
  const fields = addressFields(`party-${index}`, { name: party.name, ...parts });
  // The fields are filled only from a Norwegian address of two lines; any other (abroad, c/o, more lines)
  // must be typed again whole, so say what the case holds rather than show empty fields without a word.
  const retype =
    party.address.length > 0 && Object.keys(parts).length === 0
      ? h('p', { class: 'hint', id: `party-retype-${index}` }, `Adressen i saken er «${party.address.join(', ')}». Den er ikke en norsk adresse på to linjer: skriv hele adressen, med land.`)
      : null;
  const refusal = h('p', { id: `party-refusal-${index}`, class: 'status-error field-error', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'primary' }, 'Lagre');
  const edit = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': formId, 'aria-label': `Endre ${role.toLowerCase()}: ${party.name}` }, 'Endre');
  const form = h(
    'form',
    { id: formId, class: 'decision party-correction', 'aria-labelledby': `${formId}-title`, hidden: true },
    h('h4', { id: `${formId}-title` }, `Rett ${role.toLowerCase()}s navn og adresse`),
    retype,
    fields.labels,
    h('div', { class: 'sheet-confirm-actions' }, save, h('button', { type: 'button', onclick: () => close() }, 'Avbryt')),
  );
  const open = () => {
    form.hidden = false;
    edit.setAttribute('aria-expanded', 'true');
    fields.inputs.name.focus();
  };
  const close = () => {
    form.hidden = true;
    edit.setAttribute('aria-expanded', 'false');
    edit.focus();
  };
  edit.addEventListener('click', () => (form.hidden ? open() : close()));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  const showRefusal = (field: AddressKey | null, message: string | null) => {
    for (const key of addressKeys) {
      fields.inputs[key].removeAttribute('aria-invalid');
      if (fields.inputs[key].getAttribute('aria-describedby') === refusal.id) fields.inputs[key].removeAttribute('aria-describedby');
    }
    refusal.textContent = message ?? '';
    if (!field || !message) return refusal.remove();
    const input = fields.inputs[field];
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', refusal.id);
    // Beside the field: right after its label, so it is read and seen where the mistake is.
    input.closest('label')?.after(refusal);
    input.focus();
  };
  for (const key of addressKeys) fields.inputs[key].addEventListener('input', () => showRefusal(null, null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = fields.body();
    void whileBusy(save, async () => {
      let done: PartyCorrected;
      try {
        done = await put<PartyCorrected>(`/cases/${encodeURIComponent(view.case.caseId)}/parties/${party.role}`, withoutEmptyCountry(body));
      } catch (error) {
        if (!(error instanceof ApiError)) return showRefusal('name', 'Rettingen kunne ikke lagres.');
        return showRefusal(refusedField(error), error.detail);
      }
      await redraw();
      announce(correctedWords(view, role, done));
      focusStatus();
    });
  });
  return h('span', {}, ' ', edit, form);
}

/** The field a refusal is about: the postcode for an address that does not read as one (422), a field the 400 names, else the name (whom it corrects). */
function refusedField(error: ApiError): AddressKey {
  if (error.status === 422) return 'postcode';
  if (error.status === 400) {
    const named = error.fieldPaths.find((path): path is AddressKey => (addressKeys as readonly string[]).includes(path));
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
 * «Klager er rettet: Kari Nordmo, Fjellveien 3, 5006 Bergen.», then the letters not yet posted that follow
 * the correction, each by what it was before (the case view's letters): a held one released, a ready one
 * written again to the new address.
 */
function correctedWords(view: CaseView, role: string, done: PartyCorrected): string {
  const head = `${role} i sak ${displayCaseNumber(done.caseId)} er rettet: ${[done.name, ...done.address].join(', ')}.`;
  if (!done.readdressed.length) return `${head} Ingen brev som venter på utsending, går til ${role.toLowerCase()}.`;
  const letters = done.readdressed.map(({ letterId }) => {
    const was = view.letters.find((l) => l.letterId === letterId);
    const name = was ? `${letterKindNames[was.kind] ?? was.title} datert ${date(was.letterDate)}` : letterId;
    return was?.status === 'held' ? `${name} var holdt tilbake og er frigitt, klart til utsending` : `${name} er skrevet på nytt til den nye adressen`;
  });
  return `${head} ${letters.join('; ')}.`;
}
