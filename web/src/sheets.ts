import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { apiHeaders, problemOf, type TaxonomyView } from './api.ts';
import { announce, h } from './dom.ts';
import { buttonOf, whileBusy } from './busy.ts';

/**
 * Cover sheets (førsteside) and separator sheets (skilleark) from the page: the PDFs `postmottak
 * coversheet` and `separator` write (the service makes both in one place), saved as a file to print.
 */

/** Fetches a sheet behind the bearer token and saves it under the service's file name; null when refused (said in the status line). */
async function download(path: string, fallback: string): Promise<string | null> {
  const response = await fetch(`/api/v1${path}`, { headers: apiHeaders() }).catch(() => null);
  if (!response) {
    announce('Tjenesten svarer ikke.', 'error');
    return null;
  }
  if (!response.ok) {
    announce((await problemOf(response, fallback)).detail, 'error');
    return null;
  }
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'ark.pdf';
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the URL is let go after that turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return fileName;
}

/** The type the sheet names: none (the letter's own is read) or one of the configuration's. */
function typeSelect(id: string, taxonomy: TaxonomyView): HTMLSelectElement {
  return h(
    'select',
    { id, name: 'type' },
    h('option', { value: '' }, 'Ikke angitt (leses av dokumentet)'),
    taxonomy.documentTypes.map((t) => h('option', { value: t.code }, t.name)),
  );
}

async function printCover(caseId: string, type: string): Promise<void> {
  const query = new URLSearchParams({ case: caseId, ...(type ? { type } : {}) });
  const saved = await download(`/sheets/cover?${query}`, 'Førstesiden kunne ikke lages.');
  if (saved) announce(`Førstesiden for sak ${displayCaseNumber(caseId)} er lastet ned som ${saved}. Skriv den ut og legg den øverst på dokumentet før det skannes.`);
}

/** On a case: its cover sheet, with the type the document will be given, or none. */
export function caseCoverSheet(caseId: string, caseNumber: string, taxonomy: TaxonomyView): HTMLElement {
  const type = typeSelect('cover-type', taxonomy);
  const form = h(
    'form',
    { class: 'inline cover-sheet', 'aria-label': `Førsteside for sak ${caseNumber}` },
    h('label', { for: 'cover-type' }, 'Dokumenttype på arket '),
    type,
    h('button', { type: 'submit' }, 'Skriv ut førsteside (PDF)'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form.querySelector<HTMLButtonElement>('button[type=submit]'), () => printCover(caseId, type.value));
  });
  return h('section', { class: 'decision sheet-box', 'aria-labelledby': 'cover-title' }, h('h3', { id: 'cover-title' }, 'Førsteside til skanning'), h('p', { class: 'hint sheet-note' }, 'Post med førstesiden øverst registreres på denne saken.'), form);
}

/** The mailroom's sheets: a cover sheet for a case number typed in, and separator sheets for a batch. */
export function mailroomSheets(taxonomy: TaxonomyView): HTMLElement {
  const caseNumber = h('input', { id: 'sheet-case', name: 'case', type: 'text', required: true, placeholder: '2025/00001', autocomplete: 'off' });
  const check = () => caseNumber.setCustomValidity(caseNumber.value && !caseIdFromInput(caseNumber.value) ? `«${caseNumber.value.trim()}» er ikke et saksnummer. Skriv det som 2025/00001.` : caseNumber.validity.valueMissing ? 'Skriv saksnummeret, for eksempel 2025/00001.' : '');
  caseNumber.addEventListener('input', check);
  // The browser keeps the form from being sent and shows the sentence; the status line says it too.
  caseNumber.addEventListener('invalid', () => announce(caseNumber.validationMessage, 'error'));
  check();
  const type = typeSelect('sheet-type', taxonomy);
  const cover = h(
    'form',
    { class: 'decision sheet-box', 'aria-labelledby': 'sheet-cover-title' },
    h('h4', { id: 'sheet-cover-title' }, 'Førsteside'),
    h('label', { for: 'sheet-case' }, 'Saksnummer', caseNumber),
    h('label', { for: 'sheet-type' }, 'Dokumenttype på arket', type),
    h('button', { type: 'submit' }, 'Skriv ut førsteside (PDF)'),
  );
  cover.addEventListener('submit', (event) => {
    event.preventDefault();
    const caseId = caseIdFromInput(caseNumber.value);
    if (!caseId) return;
    void whileBusy(cover.querySelector<HTMLButtonElement>('button[type=submit]'), () => printCover(caseId, type.value));
  });
  const separator = h(
    'button',
    {
      type: 'button',
      onclick: (event: Event) =>
        void whileBusy(buttonOf(event), async () => {
          const saved = await download('/sheets/separator', 'Skillearket kunne ikke lages.');
          if (saved) announce(`Skillearket er lastet ned som ${saved}. Skriv ut ett ark for hvert skille, og legg det mellom to dokumenter i bunken.`);
        }),
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
