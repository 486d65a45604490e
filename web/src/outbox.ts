import { osloDate } from '../../domain/calendar.ts';
import type { OutboxItem, OutboxList } from '../../schemas/outbox.ts';
import { ApiError, apiHeaders, get, post, problemOf } from './api.ts';
import { announce, announceOver, focusStatus, h, replace } from './dom.ts';
import { date, languageName, letterKindNames } from './labels.ts';
import { dateField, isoOf } from './date-field.ts';
import { capitalised, letterStanding, letterStatusName, letterStatusNames } from '../../domain/wording/letter-status.ts';
import { addressFields } from './address-fields.ts';

/**
 * «Utgående post» (archivists): the letters postmottak wrote. Ready ones are downloaded, printed as
 * the day's post and marked sent with the day; a held one says why and takes the address it lacked
 * (name, street, postcode, place, and the country of an address abroad), after which it is released and ready.
 */
/** A PDF behind the bearer token, opened in a new tab through an object URL; what was opened is said in the status line. */
export async function openPdf(path: string, fallback: string, opened: string): Promise<void> {
  const view = location.hash;
  const response = await fetch(`/api/v1${path}`, { headers: apiHeaders() });
  if (!response.ok) return announceOver(view, (await problemOf(response, fallback)).message, 'error');
  window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
  announceOver(view, opened);
}

export async function outboxView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const status = params.get('status') ?? '';
  const list = await get<OutboxList>(`/outbox${status ? `?status=${encodeURIComponent(status)}` : ''}`);
  const reload = () => outboxView(main, params);

  const filters = h(
    'ul',
    { class: 'filters', 'aria-label': 'Vis brev' },
    [['', 'Alle'], ...Object.entries(letterStatusNames).map(([s, words]) => [s, capitalised(words)])].map(([value, label]) =>
      h('li', {}, h('a', { href: `#/outbox${value ? `?status=${value}` : ''}`, 'aria-current': value === status ? 'page' : null }, label)),
    ),
  );

  const printDate = dateField({ name: 'date', id: 'print-date', label: 'Brevdato' });
  const print = h('form', { class: 'decision', 'aria-labelledby': 'print-title' }, h('h3', { id: 'print-title' }, 'Dagens post'), h('label', { for: 'print-date' }, 'Brevdato (tom: alle klare)'), printDate, h('button', { type: 'submit' }, 'Skriv ut klare brev (PDF)'));
  print.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = isoOf(printDate);
    void openPdf(`/outbox/print${day ? `?date=${day}` : ''}`, 'Utskriften kunne ikke lages.', `Klare brev${day ? ` med brevdato ${date(day)}` : ''} er åpnet i en ny fane for utskrift.`);
  });

  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Utgående post'),
    filters,
    print,
    list.letters.length
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, 'Brev postmottak har skrevet'),
          h('thead', {}, h('tr', {}, ['Brevdato', 'Sak', 'Brev', 'Mottaker', 'Status', 'Handling'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, list.letters.map((letter) => letterRow(letter, reload))),
        )
      : h('p', {}, status ? `Ingen brev med status «${capitalised(letterStatusName(status))}».` : 'Ingen brev ennå.'),
  );
}

function letterRow(letter: OutboxItem, reload: () => Promise<void>): HTMLElement {
  const to = letter.recipient ? [letter.recipient.name, ...letter.recipient.address].join(', ') : '–';
  const statusText = capitalised(letterStanding(letter));
  const pdf = h('button', { type: 'button', 'aria-label': `PDF: ${letterName(letter)}`, onclick: () => void openPdf(`/outbox/${encodeURIComponent(letter.letterId)}/pdf`, 'Brevet kunne ikke hentes.', `${letterName(letter)} er åpnet i en ny fane.`) }, 'PDF');
  return h(
    'tr',
    { 'data-letter': letter.letterId },
    h('td', {}, date(letter.letterDate)),
    h('td', {}, h('a', { href: `#/cases/${encodeURIComponent(letter.caseId)}` }, letter.caseNumber)),
    h('td', {}, letterKindNames[letter.kind] ?? letter.kind, h('span', { class: 'hint' }, ` (${languageName(letter.language)})`)),
    h('td', {}, to),
    h('td', {}, statusText),
    h('td', {}, pdf, letter.status === 'ready' ? sentForm(letter, reload) : letter.status === 'held' ? releaseForm(letter, reload) : null),
  );
}

/**
 * «Bekreftelse på mottatt klage, sak 2025/00004»: a row's buttons and fields are named by their letter,
 * so a screen reader's list of buttons tells one row's «PDF» and «Marker sendt» from the next.
 */
const letterName = (letter: OutboxItem) => `${letterKindNames[letter.kind] ?? letter.kind}, sak ${letter.caseNumber}`;

function sentForm(letter: OutboxItem, reload: () => Promise<void>): HTMLElement {
  const id = `sent-${letter.letterId}`;
  const on = dateField({ id, name: 'on', label: 'Sendt dato', value: osloDate(new Date()), required: true });
  const form = h(
    'form',
    { class: 'inline' },
    h('label', { for: id }, 'Sendt dato', h('span', { class: 'visually-hidden' }, ` for ${letterName(letter)}`)),
    on,
    h('button', { type: 'submit', 'aria-label': `Marker sendt: ${letterName(letter)}` }, 'Marker sendt'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`/outbox/${encodeURIComponent(letter.letterId)}/sent`, { on: isoOf(on) });
      await reload();
      announce(`Brevet til sak ${letter.caseNumber} er markert sendt ${date(isoOf(on))}.`);
    } catch (error) {
      announce(error instanceof ApiError ? error.detail : 'Brevet kunne ikke markeres sendt.', 'error');
    }
    focusStatus();
  });
  return form;
}

/**
 * The address a held letter lacked, in Norway or abroad; the service checks it again (the postcode by
 * the country's rule, Posten's table in Norway) and answers in a sentence.
 */
function releaseForm(letter: OutboxItem, reload: () => Promise<void>): HTMLElement {
  const address = addressFields(letter.letterId, { name: letter.recipient?.name ?? '' });
  const form = h(
    'form',
    { class: 'decision release', 'aria-label': `Rett adressen og frigi brevet til sak ${letter.caseNumber}` },
    address.labels,
    h('button', { type: 'submit', class: 'primary' }, 'Frigi brevet'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post(`/outbox/${encodeURIComponent(letter.letterId)}/release`, address.body());
      await reload();
      announce(`Brevet til sak ${letter.caseNumber} har fått adresse og er klart til utsending.`);
    } catch (error) {
      announce(error instanceof ApiError ? error.detail : 'Brevet kunne ikke frigis.', 'error');
    }
    focusStatus();
  });
  return form;
}
