import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { ApiError, apiHeaders, get, problemOf, type CaseView, type TaxonomyView } from './api.ts';
import { announce, announceOver, h, replace } from './dom.ts';
import { buttonOf, whileBusy } from './busy.ts';
import { areaName } from './labels.ts';
import { notACaseNumber } from './case-number-words.ts';

/**
 * Cover sheets (førsteside) and separator sheets (skilleark) from the page: the PDFs `postmottak
 * coversheet` and `separator` write (the service makes both in one place), saved as a file to print.
 */

/**
 * Fetches a sheet behind the bearer token and saves it under the service's file name. Says `saved` (or
 * the refusal) in the status line of the view it was asked from, not of one moved to while it was made.
 */
async function download(path: string, fallback: string, saved: (fileName: string) => string): Promise<void> {
  const view = location.hash;
  const response = await fetch(`/api/v1${path}`, { headers: apiHeaders() }).catch(() => null);
  if (!response) return announceOver(view, 'Tjenesten svarer ikke.', 'error');
  if (!response.ok) return announceOver(view, (await problemOf(response, fallback)).detail, 'error');
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'ark.pdf';
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the URL is let go after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  announceOver(view, saved(fileName));
}

/**
 * The type the sheet names: none (the letter's own is read) or one of the configuration's. Said as what
 * it does for the clerk: the document under the sheet is registered as that type (domain/sheets/cover.ts).
 */
const typeLabel = 'Dokumentet under arket er';
const typeHint = 'Velger du en type, registreres dokumentet som den. Ellers avgjøres typen ut fra innholdet.';

function typeField(id: string, taxonomy: TaxonomyView): { select: HTMLSelectElement; label: HTMLElement; hint: HTMLElement } {
  const select = h(
    'select',
    { id, name: 'type', 'aria-describedby': `${id}-hint` },
    h('option', { value: '' }, 'Vet ikke – avgjøres ut fra innholdet'),
    taxonomy.documentTypes.map((t) => h('option', { value: t.code }, t.name)),
  );
  return { select, label: h('label', { for: id }, typeLabel, ' ', select), hint: h('p', { id: `${id}-hint`, class: 'hint sheet-note' }, typeHint) };
}

function printCover(caseId: string, type: string): Promise<void> {
  const query = new URLSearchParams({ case: caseId, ...(type ? { type } : {}) });
  return download(`/sheets/cover?${query}`, 'Førstesiden kunne ikke lages.', (saved) => `Førstesiden for sak ${displayCaseNumber(caseId)} er lastet ned som ${saved}. Skriv den ut og legg den øverst på dokumentet før det skannes.`);
}

/** «Sak 2025/00002: Tannbehandling, klager Kari Nordmann»: enough to see that the number typed is the case meant. */
export function caseLine(view: CaseView, taxonomy: TaxonomyView): string {
  const appellant = view.parties.find((p) => p.role === 'appellant')?.name;
  return `Sak ${view.case.caseNumber}: ${areaName(taxonomy.areas, view.case.area)}, ${appellant ? `klager ${appellant}` : 'ingen klager registrert'}`;
}

/** On a case: its cover sheet, with the type the document will be given, or none. */
export function caseCoverSheet(caseId: string, caseNumber: string, taxonomy: TaxonomyView): HTMLElement {
  const { select: type, label, hint } = typeField('cover-type', taxonomy);
  const form = h('form', { class: 'inline cover-sheet', 'aria-label': `Førsteside for sak ${caseNumber}` }, label, h('button', { type: 'submit' }, 'Skriv ut førsteside (PDF)'), hint);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form.querySelector<HTMLButtonElement>('button[type=submit]'), () => printCover(caseId, type.value));
  });
  return h('section', { class: 'decision sheet-box', 'aria-labelledby': 'cover-title' }, h('h3', { id: 'cover-title' }, 'Førsteside til skanning'), h('p', { class: 'hint sheet-note' }, 'Post med førstesiden øverst registreres på denne saken.'), form);
}

/** The mailroom's sheets: a cover sheet for a case number typed in, and separator sheets for a batch. */
export function mailroomSheets(taxonomy: TaxonomyView): HTMLElement {
  const caseNumber = h('input', { id: 'sheet-case', name: 'case', type: 'text', required: true, placeholder: '2025/00001', autocomplete: 'off' });
  const check = () => caseNumber.setCustomValidity(caseNumber.value && !caseIdFromInput(caseNumber.value) ? notACaseNumber(caseNumber.value) : caseNumber.validity.valueMissing ? 'Skriv saksnummeret, for eksempel 2025/00001.' : '');
  // What the case was shown as is for the number it was read for: another number typed takes it away.
  const confirm = h('div', { class: 'sheet-confirm', role: 'group', tabindex: '-1', hidden: true });
  caseNumber.addEventListener('input', () => {
    check();
    confirm.hidden = true;
    confirm.replaceChildren();
  });
  // The browser keeps the form from being sent and shows the sentence; the status line says it too.
  caseNumber.addEventListener('invalid', () => announce(caseNumber.validationMessage, 'error'));
  check();
  const { select: type, label: typeLabelled, hint: typeHinted } = typeField('sheet-type', taxonomy);
  const cover = h(
    'form',
    { class: 'decision sheet-box', 'aria-labelledby': 'sheet-cover-title' },
    h('h4', { id: 'sheet-cover-title' }, 'Førsteside'),
    h('p', { class: 'hint sheet-note' }, 'Post med førstesiden øverst registreres på saken du skriver inn.'),
    h('label', { for: 'sheet-case' }, 'Saksnummer', caseNumber),
    typeLabelled,
    typeHinted,
    h('button', { type: 'submit' }, 'Vis saken'),
    confirm,
  );
  // The case is read first (as the case view reads it, in the access log) and shown by its area and
  // appellant: a sheet for a number typed one digit wrong would send the post to a stranger's case.
  cover.addEventListener('submit', (event) => {
    event.preventDefault();
    const caseId = caseIdFromInput(caseNumber.value);
    if (!caseId) return;
    const view = location.hash;
    void whileBusy(cover.querySelector<HTMLButtonElement>('button[type=submit]'), async () => {
      let found: CaseView;
      try {
        found = await get<CaseView>(`/cases/${encodeURIComponent(caseId)}?why=${encodeURIComponent('Førsteside til skanning')}`);
      } catch (error) {
        return announceOver(view, error instanceof ApiError ? error.detail : 'Tjenesten svarer ikke.', 'error');
      }
      if (caseIdFromInput(caseNumber.value) !== caseId || location.hash !== view) return;
      const line = h('p', { id: 'sheet-confirm-line' }, caseLine(found, taxonomy));
      const closed = !found.case.open;
      const print = h('button', { type: 'button', class: 'primary' }, 'Skriv ut førsteside (PDF)');
      print.addEventListener('click', () => void whileBusy(print, () => printCover(caseId, type.value)));
      const cancel = h('button', { type: 'button' }, 'Avbryt');
      cancel.addEventListener('click', () => {
        confirm.hidden = true;
        confirm.replaceChildren();
        caseNumber.focus();
      });
      replace(
        confirm,
        line,
        closed
          ? h('p', { class: 'status-error' }, 'Saken er avsluttet og tar ikke imot mer post; det skrives ingen førsteside til den.')
          : h('div', { class: 'sheet-confirm-actions' }, print, cancel),
      );
      confirm.setAttribute('aria-labelledby', 'sheet-confirm-line');
      confirm.hidden = false;
      confirm.focus();
    });
  });
  const separator = h(
    'button',
    {
      type: 'button',
      onclick: (event: Event) =>
        void whileBusy(buttonOf(event), () => download('/sheets/separator', 'Skillearket kunne ikke lages.', (saved) => `Skillearket er lastet ned som ${saved}. Skriv ut ett ark for hvert skille, og legg det mellom to dokumenter i bunken.`)),
    },
    'Skriv ut skilleark (PDF)',
  );
  return h(
    'section',
    { class: 'sheets', 'aria-labelledby': 'sheets-title' },
    h('h3', { id: 'sheets-title' }, 'Ark til skanning'),
    h('div', { class: 'forms' }, cover, h('div', { class: 'decision sheet-box' }, h('h4', {}, 'Skilleark'), h('p', { class: 'hint sheet-note' }, 'Legges mellom to dokumenter i en bunke som skannes som én fil.'), separator)),
  );
}
