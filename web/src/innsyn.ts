import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { journalTime } from '../../domain/journal/wording.ts';
import { nationalIdDigits } from '../../domain/fields/national-id-shape.ts';
import { capitalised, letterStatusName } from '../../domain/wording/letter-status.ts';
import type { PersonHoldingsSchema } from '../../schemas/downstream-api.ts';
import type { z } from 'zod';
import { ApiError, post, type TaxonomyView } from './api.ts';
import { h, replace } from './dom.ts';
import { date, documentStatusNames, letterKindNames, typeName } from './labels.ts';
import { notANationalId } from './national-id-words.ts';

type Holdings = z.infer<typeof PersonHoldingsSchema>;

/**
 * The national id asked about, as the auditor's «Tilgangslogg» keeps its own (access-log.ts): here and in
 * the form, never in the address, which the browser keeps in its history; sent in the body of a POST, as
 * the API takes it. Kept so that Back from a case opened from the answer shows the answer again.
 */
let askedNationalId = '';

/** Signing out forgets it: the next person at this browser does not inherit it. */
export function forgetInnsynNationalId(): void {
  askedNationalId = '';
}

const exampleKindNames: Record<string, string> = {
  decision: 'Avgjørelse til kontroll',
  correction: 'Korrigering i ettertid',
  duplicate: 'Merket som duplikat',
  forwarded: 'Merket som videresendt',
};

/**
 * «Innsyn» (archivists, GDPR art. 15): what the register holds about one person, by national id
 * (`POST /persons/lookup`), in the sections the API answers with, each with what it is in bokmål and
 * links to the cases and documents. A malformed id is refused here, before any request; a role the API
 * does not allow gets its refusal (403) as it words it.
 */
export async function innsynView(main: HTMLElement, taxonomy: TaxonomyView): Promise<void> {
  const input = h('input', { id: 'innsyn-national-id', name: 'nationalId', type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', value: askedNationalId });
  const fieldError = h('p', { id: 'innsyn-national-id-error', class: 'status-error', role: 'alert' });
  // method=post: were the script's handler ever missing, the browser would send the id in a body, not in the address.
  const form = h(
    'form',
    { class: 'filters', method: 'post', 'aria-label': 'Slå opp en person' },
    h('label', { for: 'innsyn-national-id' }, 'Fødselsnummer eller D-nummer ', input),
    h('button', { type: 'submit', class: 'primary' }, 'Slå opp'),
  );
  const answer = h('div', { class: 'innsyn-answer' });
  const showFieldError = (message: string | null) => {
    fieldError.textContent = message ?? '';
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', fieldError.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  input.addEventListener('input', () => showFieldError(null));
  const lookUp = async (focus: boolean) => {
    try {
      const held = await post<Holdings>('/persons/lookup', { nationalId: nationalIdDigits(askedNationalId) });
      replace(answer, holdingsSections(held, taxonomy));
    } catch (error) {
      replace(answer, h('p', { class: 'status-error', role: 'alert', id: 'innsyn-answer-title', tabindex: '-1' }, error instanceof ApiError ? error.detail : 'Oppslaget kunne ikke gjøres.'));
    }
    if (focus) answer.querySelector<HTMLElement>('#innsyn-answer-title')?.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const wrong = notANationalId(input.value);
    showFieldError(wrong);
    if (wrong) {
      replace(answer);
      input.focus();
      return;
    }
    askedNationalId = input.value.trim();
    void lookUp(true);
  });
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Innsyn'),
    h('p', { class: 'hint' }, 'Hva som er lagret om en person: saker, dokumenter, dokumenter til kontroll, avviste filer, utgående brev og treningseksempler. Fødselsnummeret sendes bare i forespørselen, aldri i adressen, og oppslaget føres i tilgangsloggen.'),
    form,
    fieldError,
    answer,
  );
  // Back from a case opened from the answer: the same person again, asked anew (the answer may have changed).
  if (askedNationalId) await lookUp(false);
}

/** The answer in the API's sections, each headed with its count and what it is (the API's `parts`); a document still in review links to its review item. */
function holdingsSections(held: Holdings, taxonomy: TaxonomyView): HTMLElement {
  const caseLink = (caseId: string | null) => (caseId ? h('a', { href: `#/cases/${encodeURIComponent(caseId)}` }, displayCaseNumber(caseId)) : '–');
  const documentLink = (documentId: string, label = documentId) => h('a', { href: `#/documents/${encodeURIComponent(documentId)}` }, label);
  const type = (code: string | null) => (code ? typeName(taxonomy.documentTypes, code) : '–');
  const section = (key: string, title: string, columns: string[], rows: (Node | string)[][]) =>
    h(
      'section',
      { 'aria-labelledby': `innsyn-${key}` },
      h('h4', { id: `innsyn-${key}` }, `${title} (${rows.length})`),
      h('p', { class: 'hint' }, held.parts[key] ?? ''),
      rows.length
        ? h(
            'table',
            { class: 'list' },
            h('caption', { class: 'visually-hidden' }, title),
            h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
            h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))),
          )
        : h('p', {}, 'Ingen.'),
    );
  const wrap = h(
    'section',
    { 'aria-labelledby': 'innsyn-answer-title' },
    h('h3', { id: 'innsyn-answer-title', tabindex: '-1' }, held.found ? 'Dette er lagret om personen' : 'Ingenting i registeret har dette fødselsnummeret.'),
  );
  if (!held.found) {
    wrap.append(h('p', { class: 'hint' }, 'Ingen saker, ingen dokumenter til kontroll og ingen avviste filer med dette fødselsnummeret.'));
    return wrap;
  }
  wrap.append(
    section('cases', 'Saker', ['Sak', 'Status'], held.cases.map((c) => [caseLink(c.caseId), c.open ? 'Åpen' : 'Avsluttet'])),
    section('documents', 'Dokumenter', ['Dokument', 'Dokumenttype', 'Mottatt', 'Sak'], held.documents.map((d) => [documentLink(d.documentId), type(d.documentType), date(d.receivedDate), caseLink(d.caseId)])),
    section('reviewItems', 'Dokumenter til kontroll', ['Dokument', 'Dokumenttype', 'Står nå', 'Sak'], held.reviewItems.map((d) => [d.status === 'review' ? h('a', { href: `#/review/${encodeURIComponent(d.documentId)}` }, d.documentId) : documentLink(d.documentId), type(d.documentType), documentStatusNames[d.status] ?? d.status, caseLink(d.caseId)])),
    section('quarantine', 'Avviste filer (karantene)', ['Fil', 'Mottatt', 'Hvorfor avvist'], held.quarantine.map((q) => [documentLink(q.documentId, q.fileName), date(q.receivedDate), q.reasonNb ?? q.reason ?? '–'])),
    section('letters', 'Utgående brev', ['Brev', 'Brevdato', 'Status', 'Mottaker', 'Sak'], held.letters.map((l) => [letterKindNames[l.kind] ?? l.kind, date(l.letterDate), capitalised(letterStatusName(l.status)), l.recipient?.name ?? '–', caseLink(l.caseId)])),
    section('examples', 'Treningseksempler', ['Hva', 'Dokument', 'Når', 'Av'], held.examples.map((e) => [exampleKindNames[e.kind] ?? e.kind, documentLink(e.documentId), journalTime(e.at), e.by])),
    h('section', { 'aria-labelledby': 'innsyn-access-log' }, h('h4', { id: 'innsyn-access-log' }, 'Hvem som har lest opplysningene'), h('p', { class: 'hint' }, held.parts.accessLog ?? '')),
  );
  return wrap;
}
