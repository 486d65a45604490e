import { givenUpCaseLine } from '../../domain/registry/case-given-up-wording.ts';
import { partRoleName } from '../../domain/wording/attachment-check-nb.ts';
import { missingAttachmentsSection } from './missing-attachments.ts';
import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { ApiError, get, post, type CaseView, type DocumentText, type DocumentView, type Me, type TaxonomyView } from './api.ts';
import { announce, focusStatus, h, isTyping, replace } from './dom.ts';
import { areaName, date, deadlineNames, deadlineState, documentStatusNames, journalNames, languageName, queueName, typeName } from './labels.ts';
import { journalTime, journalWords } from '../../domain/journal/wording.ts';
import { picker } from './picker.ts';
import { dateField, isoOf } from './date-field.ts';
import { partiesList } from './parties.ts';
import { correctableParties } from './party-correction.ts';
import { caseLettersSection } from './case-letters.ts';
import { pagesView, textView } from './pages-view.ts';
import { caseStatusName } from './page-names.ts';
import { releaseCase } from './my-cases.ts';
import { buttonOf, whileBusy } from './busy.ts';
import { caseCoverSheet } from './sheets.ts';

/** A case with its documents, deadlines and journal; for a case handler what they may do with it. */
export async function caseView(main: HTMLElement, taxonomy: TaxonomyView, me: Me, caseId: string): Promise<void> {
  const view = await get<CaseView>(`/cases/${encodeURIComponent(caseId)}`);
  const c = view.case;
  const redraw = () => caseView(main, taxonomy, me, caseId);
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, `Sak ${c.caseNumber}: ${c.title ?? ''}`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Saksområde'),
      h('dd', {}, areaName(taxonomy.areas, c.area)),
      h('dt', {}, 'Kø'),
      h('dd', {}, c.queue ? queueName(c.queue, taxonomy.areas) : c.handlerId ? `Saksbehandler ${c.handlerId}` : '–'),
      h('dt', {}, 'Stikkord'),
      h('dd', {}, c.keywords.join(', ') || '–'),
      h('dt', {}, 'Status'),
      h('dd', {}, caseStatusName(c.status)),
      c.givenUp ? h('dt', {}, 'Avsluttet') : null,
      c.givenUp ? h('dd', { class: 'given-up' }, givenUpCaseLine(c.givenUp)) : null,
    ),
    me.role === 'caseworker' ? caseworkerActions(view, me, taxonomy, redraw) : null,
    // The roles that print sheets (as `postmottak coversheet`); a closed case takes no more mail.
    (me.role === 'archivist' || me.role === 'caseworker') && c.open ? caseCoverSheet(c.caseId, c.caseNumber, taxonomy) : null,
    h('h3', {}, 'Parter'),
    // An archivist corrects the appellant's or representative's name and address here (GDPR art. 16).
    me.role === 'archivist' ? correctableParties(view, redraw) : partiesList(view.parties, 'Sakens parter'),
    caseLettersSection(view, me),
    h('h3', {}, 'Dokumenter'),
    h('ul', {}, view.documents.map((d) => h('li', {}, h('a', { href: `#/documents/${encodeURIComponent(d.documentId)}` }, d.fileName ?? d.documentId), ` – ${typeName(taxonomy.documentTypes, d.documentType)}${partRoleName(d.role)}, mottatt ${date(d.receivedDate)}`))),
    missingAttachmentsSection(view, me, redraw),
    h('h3', {}, 'Frister'),
    h('ul', {}, view.deadlines.map((d) => h('li', {}, `${deadlineNames[d.kind] ?? d.kind}: ${date(d.due)} (${deadlineState(d)})`))),
    h('h3', {}, 'Journal'),
    h('ol', { class: 'journal' }, view.journal.map((line) => journalLine(line, view, taxonomy))),
  );
}

/**
 * What a case handler may do with the case (README's role table): take it while it waits unassigned,
 * give it back while they hold it, and, on a case they hold, open an awaiting deadline (legeerklæring, …).
 */
function caseworkerActions(view: CaseView, me: Me, taxonomy: TaxonomyView, redraw: () => Promise<void>): HTMLElement {
  const c = view.case;
  const mine = c.handlerId === me.person;
  const take = async () => {
    try {
      await post(`/cases/${encodeURIComponent(c.caseId)}/claim`);
      await redraw();
      announce(`Du har tatt sak ${c.caseNumber}.`);
    } catch (error) {
      announce(error instanceof ApiError ? error.detail : 'Saken kunne ikke tas.', 'error');
    }
    focusStatus();
  };
  const holding = mine
    ? h('button', { type: 'button', onclick: (event: Event) => void whileBusy(buttonOf(event), () => releaseCase(c.caseId, c.caseNumber, redraw)) }, 'Frigi saken')
    : !c.handlerId && c.queue?.startsWith('unassigned/')
      ? h('button', { type: 'button', onclick: (event: Event) => void whileBusy(buttonOf(event), take) }, 'Ta saken')
      : null;
  const kinds = taxonomy.awaitingDeadlineKinds;
  const deadline = h(
    'form',
    { class: 'inline', 'aria-label': 'Åpne en frist' },
    h('label', { for: 'deadline-kind' }, 'Frist '),
    h('select', { id: 'deadline-kind', name: 'kind' }, kinds.map((k) => h('option', { value: k }, deadlineNames[k] ?? k))),
    h('button', { type: 'submit' }, 'Åpne frist'),
  );
  deadline.addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = String(new FormData(deadline).get('kind') ?? '');
    void whileBusy(deadline.querySelector<HTMLButtonElement>('button[type=submit]'), async () => {
      try {
        const opened = await post<{ deadline: { due: string } }>(`/cases/${encodeURIComponent(c.caseId)}/deadlines`, { kind });
        await redraw();
        announce(`Frist åpnet: ${deadlineNames[kind] ?? kind}, innen ${date(opened.deadline.due)}.`);
      } catch (error) {
        announce(error instanceof ApiError ? error.detail : 'Fristen kunne ikke åpnes.', 'error');
      }
      focusStatus();
    });
  });
  return h(
    'section',
    { class: 'decision', 'aria-labelledby': 'case-actions-title' },
    h('h3', { id: 'case-actions-title' }, 'Saksbehandling'),
    h('p', {}, mine ? 'Du har denne saken.' : c.handlerId ? `Saken er tatt av ${c.handlerId}.` : 'Ingen har tatt saken ennå.'),
    holding,
    // SPEC lets any case handler open a deadline; the page offers it on the cases the person holds,
    // where the work on the case is theirs.
    mine && kinds.length ? deadline : null,
  );
}

/** «20.03.2025 kl. 10.05 Sak opprettet – postmottak», the details worded beneath, the document linked by its file name. */
function journalLine(line: CaseView['journal'][number], view: CaseView, taxonomy: TaxonomyView): HTMLElement {
  const words = journalWords(line, journalNames(taxonomy));
  const doc = line.documentId ? view.documents.find((d) => d.documentId === line.documentId) : undefined;
  return h(
    'li',
    {},
    h('time', { datetime: line.at }, journalTime(line.at)),
    ` ${words.title} – ${line.actor}`,
    words.detail || doc
      ? h('span', { class: 'hint' }, words.detail ? ` (${words.detail})` : '', doc ? [' ', h('a', { href: `#/documents/${encodeURIComponent(doc.documentId)}` }, doc.fileName ?? doc.documentId)] : [])
      : null,
  );
}

/**
 * A document after the fact: an archivist corrects its type, area, case or a date it read, marks it as
 * a duplicate of another, or as mail for another body. Each is recorded with who and when.
 */
export async function documentView(main: HTMLElement, taxonomy: TaxonomyView, me: Me, documentId: string): Promise<void> {
  // The pages' text is asked for beside the document; it never rejects (documentPages), so a document
  // that cannot be read leaves no request behind unhandled. No page image is waited for (pagesView).
  // Asked for only where the role may read it (no refusal in the console): an archivist at once, a case
  // handler once the document is seen to be on a case.
  const textRequest = me.role === 'archivist' ? documentPages(documentId) : null;
  const doc = await get<DocumentView>(`/documents/${encodeURIComponent(documentId)}`);
  const pages = await (textRequest ?? (me.role === 'caseworker' && doc.caseId ? documentPages(documentId) : Promise.resolve({ text: null, failed: false })));
  const beside = pagesBeside(documentId, pages, doc.explanation, doc.language);
  // The file name may be named after the person: the page's title, kept in the browser's history, is not.
  const title = h('h2', { id: 'view-title', tabindex: '-1', 'data-title': 'Dokument' }, `Dokument ${doc.fileName}`);
  const facts = h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Status'),
    h('dd', {}, documentStatusNames[doc.status] ?? doc.status),
    h('dt', {}, 'Dokumenttype'),
    h('dd', {}, typeName(taxonomy.documentTypes, doc.documentType)),
    h('dt', {}, 'Saksområde'),
    h('dd', {}, areaName(taxonomy.areas, doc.area)),
    h('dt', {}, 'Språk'),
    h('dd', {}, languageName(doc.language)),
    h('dt', {}, 'Sak'),
    h('dd', {}, doc.caseId ? h('a', { href: `#/cases/${doc.caseId}` }, displayCaseNumber(doc.caseId)) : '–'),
    h('dt', {}, 'Kø'),
    h('dd', {}, queueName(doc.queue, taxonomy.areas)),
    h('dt', {}, 'Mottatt'),
    h('dd', {}, date(doc.receivedDate)),
    h('dt', {}, 'Poststemplet'),
    h('dd', {}, date(doc.postmarkDate)),
    h('dt', {}, 'Vedtaksdato'),
    h('dd', {}, date(doc.fields?.decisionDate)),
  );
  if (me.role !== 'archivist' || (doc.status !== 'routed' && doc.status !== 'registered')) {
    replace(main, title, ...beside(facts));
    return;
  }
  const backToForm = () => correction.focus();
  const typePicker = picker({ label: 'Ny dokumenttype', shortcut: 'T', onChosen: backToForm, value: doc.documentType, options: taxonomy.documentTypes.map((t) => ({ value: t.code, label: t.name })) });
  const areaPicker = picker({ label: 'Nytt saksområde', shortcut: 'O', onChosen: backToForm, value: doc.area, options: taxonomy.areas.map((a) => ({ value: a.code, label: a.name, hint: a.keywords.join(' ') })) });
  const casePicker = picker({
    label: 'Flytt til sak',
    shortcut: 'S',
    onChosen: backToForm,
    value: doc.caseNumber,
    // «new»: the document opens a case of its own (the API's `"case": "new"`, for a type that opens cases).
    options: [...(doc.caseNumber ? [{ value: doc.caseNumber, label: doc.caseNumber }] : []), { value: 'new', label: 'Ny sak – dokumentet oppretter sin egen sak' }],
    allowFree: (typed) => {
      const id = caseIdFromInput(typed);
      return id ? displayCaseNumber(id) : null;
    },
  });
  const dates = { decisionDate: dateField({ name: 'decisionDate', label: 'Vedtaksdato', value: doc.fields?.decisionDate }), decisionReceivedDate: dateField({ name: 'decisionReceivedDate', label: 'Vedtak mottatt', value: doc.fields?.decisionReceivedDate }), receivedDate: dateField({ name: 'receivedDate', label: 'Mottatt', value: doc.receivedDate }), postmarkDate: dateField({ name: 'postmarkDate', label: 'Poststemplet', value: doc.postmarkDate }) };
  const dateInput = (name: keyof typeof dates, label: string) => h('label', {}, label, ' ', dates[name]);
  const correction = h(
    'form',
    { class: 'decision', 'aria-labelledby': 'correct-title', tabindex: '-1' },
    h('h3', { id: 'correct-title' }, 'Korriger'),
    typePicker.element,
    areaPicker.element,
    casePicker.element,
    dateInput('decisionDate', 'Vedtaksdato'),
    dateInput('decisionReceivedDate', 'Vedtak mottatt'),
    dateInput('receivedDate', 'Mottatt'),
    dateInput('postmarkDate', 'Poststemplet'),
    h('button', { type: 'submit', class: 'primary' }, 'Lagre korrigering'),
  );
  correction.addEventListener('submit', (event) =>
    act(event, `/documents/${encodeURIComponent(documentId)}/correction`, () => {
      const body: Record<string, string> = {};
      if (typePicker.value() && typePicker.value() !== doc.documentType) body.documentType = typePicker.value()!;
      if (areaPicker.value() && areaPicker.value() !== doc.area) body.area = areaPicker.value()!;
      if (casePicker.value() && casePicker.value() !== doc.caseNumber) body.case = casePicker.value()!;
      for (const [key, was] of [['decisionDate', doc.fields?.decisionDate], ['decisionReceivedDate', doc.fields?.decisionReceivedDate], ['receivedDate', doc.receivedDate], ['postmarkDate', doc.postmarkDate]] as const) {
        const value = isoOf(dates[key]);
        if (value && value !== was) body[key] = value;
      }
      return body;
    }),
  );
  const duplicate = h(
    'form',
    { class: 'decision', 'aria-labelledby': 'dup-title' },
    h('h3', { id: 'dup-title' }, 'Duplikat'),
    h('label', {}, 'Duplikat av dokument-id ', h('input', { name: 'of', type: 'text', required: true })),
    h('button', { type: 'submit' }, 'Marker som duplikat'),
  );
  duplicate.addEventListener('submit', (event) => act(event, `/documents/${encodeURIComponent(documentId)}/duplicate`, () => ({ of: String(new FormData(duplicate).get('of') ?? '') })));
  const forward = h(
    'form',
    { class: 'decision', 'aria-labelledby': 'fwd-title' },
    h('h3', { id: 'fwd-title' }, 'Ikke til oss'),
    h('label', {}, 'Videresendt til ', h('input', { name: 'recipient', type: 'text', required: true })),
    h('button', { type: 'submit' }, 'Marker som videresendt'),
  );
  forward.addEventListener('submit', (event) => act(event, `/documents/${encodeURIComponent(documentId)}/forwarded`, () => ({ recipient: String(new FormData(forward).get('recipient') ?? '') })));

  async function act(event: Event, path: string, body: () => Record<string, string>) {
    event.preventDefault();
    try {
      const changes = body();
      if (!Object.keys(changes).length) return announce('Ingenting er endret.', 'error');
      const answer = await post<{ caseGivenUp?: { caseNumber: string; withdrawnLetters: unknown[]; note: string | null } | null }>(path, changes);
      await documentView(main, taxonomy, me, documentId);
      // A case the document opened and left is given up: the archivist hears so, and of a letter already posted.
      const givenUp = answer?.caseGivenUp;
      announce(givenUp ? `Lagret. Sak ${givenUp.caseNumber} er avsluttet som opprettet ved feil${givenUp.withdrawnLetters.length ? `; ${givenUp.withdrawnLetters.length} brev trukket tilbake` : ''}.${givenUp.note ? ` ${givenUp.note}` : ''}` : 'Lagret.');
    } catch (error) {
      announce(error instanceof ApiError ? error.detail : 'Endringen kunne ikke lagres.', 'error');
    }
  }
  const work = [facts, h('p', { class: 'keys' }, 'Tastatur: ', h('kbd', {}, 'T'), ' type, ', h('kbd', {}, 'O'), ' område, ', h('kbd', {}, 'S'), ' sak.'), h('div', { class: 'forms' }, correction, duplicate, forward)];
  replace(main, title, ...beside(...work));
  detachKeys?.();
  const keys = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event) || !main.contains(correction)) return;
    const target = { t: typePicker, o: areaPicker, s: casePicker }[event.key.toLowerCase()];
    if (!target) return;
    event.preventDefault();
    target.input.focus();
  };
  document.addEventListener('keydown', keys);
  detachKeys = () => document.removeEventListener('keydown', keys);
}

/**
 * The pages as read, for whoever may read a document's text (SPEC: archivists, and case handlers on a
 * case's documents; a reader or a system sees no document text, so no page image either): none when
 * the service refuses the text (403) or the document has none (a rejected file, 422). Any document
 * that was read is shown, in review or long since routed: a scanned page's image is made on its first
 * opening. Any other failure of the text (a 500, a 404) costs the pages alone, and says so: the
 * document's facts and forms are drawn all the same.
 */
async function documentPages(documentId: string): Promise<{ text: DocumentText | null; failed: boolean }> {
  try {
    return { text: await get<DocumentText>(`/documents/${encodeURIComponent(documentId)}/text`), failed: false };
  } catch (error) {
    const refused = error instanceof ApiError && (error.status === 403 || error.status === 422);
    return { text: null, failed: !refused };
  }
}

/** The pages on the left, as in review; on the right what is given (facts, forms) and the text as read. */
function pagesBeside(documentId: string, pages: { text: DocumentText | null; failed: boolean }, explanation: DocumentView['explanation'], language: DocumentView['language']): (...content: HTMLElement[]) => HTMLElement[] {
  const { text, failed } = pages;
  const status = failed ? [h('p', { role: 'status' }, 'Sidene kunne ikke vises.')] : [];
  if (!text) return (...content) => [...status, ...content];
  const column = h(
    'div',
    { class: 'pages-column', role: 'region', 'aria-labelledby': 'pages-title', tabindex: '0' },
    h('h3', { id: 'pages-title', class: 'visually-hidden' }, 'Sidene'),
    pagesView(documentId, text, explanation, language),
  );
  return (...content) => [h('div', { class: 'review-grid' }, column, h('div', { class: 'side-column' }, ...content, textView(text, language)))];
}

/** The document view's shortcuts, taken off when it is drawn again or left. */
let detachKeys: (() => void) | null = null;
