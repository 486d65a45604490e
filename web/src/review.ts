import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { ApiError, get, post, type DocumentText, type QueuePage, type ReviewItemView, type TaxonomyView, type CaseView } from './api.ts';
import { announce, clearFieldError, fieldError, h, isTyping, replace } from './dom.ts';
import { areaName, date, languageName, percent, queueName, typeName } from './labels.ts';
import { picker, type Option } from './picker.ts';
import { dateField, isoOf } from './date-field.ts';
import { reviewReasonNames } from '../../domain/wording/review-reason-names.ts';
import { pagesView, textView } from './pages-view.ts';
import { accuracyView } from './accuracy.ts';
import { partiesList, partyNames } from './parties.ts';
import { decisionDateFields } from './decision-date-fields.ts';
import type { CaseParty } from '../../schemas/outbox.ts';
import { otherPersonsCaseProblem } from '../../schemas/problem-types.ts';

/** The review queue, oldest first, each with why it is there; Enter or a click opens one. Filtered by the hash's query; a page of 200, then the next. */
export async function reviewListView(main: HTMLElement, taxonomy: TaxonomyView, params: URLSearchParams): Promise<void> {
  const query = new URLSearchParams({ limit: '200' });
  for (const k of ['reason', 'documentType', 'area', 'from', 'to', 'cursor']) if (params.get(k)) query.set(k, params.get(k) ?? '');
  // The list and the model's figures are asked for at once: the view waits for the slower, not the sum.
  const [page, accuracy] = await Promise.all([get<QueuePage>(`/review?${query}`), accuracyView(taxonomy)]);
  const filters = reviewFilters(taxonomy, params);
  const filtered = ['reason', 'documentType', 'area', 'from', 'to'].some((k) => params.get(k));
  const next = new URLSearchParams(params);
  if (page.cursor) next.set('cursor', page.cursor);
  const count = page.items.length;
  const leftItem = leftReviewItem;
  leftReviewItem = null;
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Til kontroll'),
    filters,
    h('p', {}, count ? `${count}${page.cursor ? '+' : ''} ${count === 1 && !page.cursor ? 'dokument venter' : 'dokumenter venter'}${params.get('cursor') ? ' på denne siden' : ''}, eldste først.` : filtered ? 'Ingen dokumenter til kontroll passer filteret.' : 'Ingen dokumenter venter på kontroll.'),
    count
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, 'Dokumenter til kontroll, eldste først; det som venter på et dokument står under det'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Mottatt'), h('th', { scope: 'col' }, 'Fil'), h('th', { scope: 'col' }, 'Hvorfor'), h('th', { scope: 'col' }, 'Maskinens forslag'))),
          h('tbody', {}, groupedRows(page.items).map(({ item, opener, follows }) => reviewRow(item, taxonomy, opener, follows))),
        )
      : null,
    page.cursor ? h('p', {}, h('a', { href: `#/review?${next}` }, 'Neste side')) : null,
    accuracy,
  );
  // Back from an item with Esc: focus is on the row it was opened from, where the archivist left the list.
  if (leftItem) main.querySelector<HTMLAnchorElement>(`a[href="#/review/${CSS.escape(encodeURIComponent(leftItem))}"]`)?.focus();
}

/** The item left with Esc, so the list drawn next can focus its row. */
let leftReviewItem: string | null = null;

type Entry = QueuePage['items'][number];

/** The filters an archivist sorts the queue by: why, the machine's type and area, and the day received. */
function reviewFilters(taxonomy: TaxonomyView, params: URLSearchParams): HTMLFormElement {
  const fromField = dateField({ name: 'from', label: 'Mottatt fra', value: params.get('from') ?? '' });
  const toField = dateField({ name: 'to', label: 'Mottatt til', value: params.get('to') ?? '' });
  const select = (name: string, label: string, options: readonly { value: string; label: string }[]) =>
    h('label', {}, `${label} `, h('select', { name }, h('option', { value: '' }, 'Alle'), options.map((o) => h('option', { value: o.value, selected: o.value === params.get(name) }, o.label))));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filtrer kontrollkøen' },
    select('reason', 'Hvorfor', Object.entries(reviewReasonNames).map(([value, label]) => ({ value, label }))),
    select('documentType', 'Dokumenttype', taxonomy.documentTypes.map((t) => ({ value: t.code, label: t.name }))),
    select('area', 'Saksområde', taxonomy.areas.map((a) => ({ value: a.code, label: a.name }))),
    h('label', {}, 'Mottatt fra ', fromField),
    h('label', {}, 'til ', toField),
    h('button', { type: 'submit' }, 'Vis'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v && k !== 'from' && k !== 'to') next.set(k, v);
    for (const [k, field] of [['from', fromField], ['to', toField]] as const) if (isoOf(field)) next.set(k, isoOf(field));
    location.hash = `#/review?${next}`;
  });
  // No submit on a select's change (as the queue view): an arrow key is a change, and the redraw took
  // focus away (WCAG 3.2.2). «Vis» (or Enter in a text field) applies the filters.
  return form;
}

/** The document a waiting follow-up or attachment waits for (its reason's `waitsFor`). */
const waitsForOf = (item: Pick<Entry, 'reasonCode'>): string | null => {
  const code = item.reasonCode?.code;
  const waitsFor = code === 'waiting_for_case' || code === 'waiting_for_main_document' ? item.reasonCode?.params?.waitsFor : null;
  return typeof waitsFor === 'string' ? waitsFor : null;
};

/** A link to the review item of the document another waits for. */
const waitsForLink = (documentId: string) => h('a', { href: `#/review/${encodeURIComponent(documentId)}` }, 'Åpne dokumentet det venter på');

/** Each document that waits for another on the page right under it, so a case's day reads as one item; the rest oldest first. */
function groupedRows(items: readonly Entry[]): { item: Entry; opener: Entry | null; follows: Entry[] }[] {
  const byId = new Map(items.map((i) => [i.documentId, i]));
  const under = new Map<string, Entry[]>();
  for (const item of items) {
    const waitsFor = waitsForOf(item);
    if (waitsFor && byId.has(waitsFor)) under.set(waitsFor, [...(under.get(waitsFor) ?? []), item]);
  }
  const rows: { item: Entry; opener: Entry | null; follows: Entry[] }[] = [];
  for (const item of items) {
    const waitsFor = waitsForOf(item);
    if (waitsFor && byId.has(waitsFor)) continue;
    const follows = under.get(item.documentId ?? '') ?? [];
    rows.push({ item, opener: null, follows });
    for (const f of follows) rows.push({ item: f, opener: item, follows: [] });
  }
  return rows;
}

function reviewRow(item: Entry, taxonomy: TaxonomyView, opener: Entry | null, follows: readonly Entry[]): HTMLTableRowElement {
  const name = item.fileName ?? item.documentId ?? '';
  // The document it waits for is named as people read it and linked to its own review item (QA s16: an id told nobody anything).
  const waitsFor = waitsForOf(item);
  const why = opener
    ? ['Venter på ', h('a', { href: `#/review/${encodeURIComponent(opener.documentId ?? '')}` }, opener.fileName ?? opener.documentId ?? ''), ': følger med når det er avgjort']
    : [
        `${item.reasonNb ?? item.reason ?? '–'}${follows.length ? ` ${follows.length === 1 ? 'Ett dokument venter' : `${follows.length} dokumenter venter`} på dette.` : ''}`,
        ...(waitsFor ? [' ', waitsForLink(waitsFor)] : []),
      ];
  return h(
    'tr',
    opener ? { class: 'follows' } : {},
    h('td', {}, date(item.receivedDate)),
    h('td', {}, opener ? '↳ ' : '', h('a', { href: `#/review/${encodeURIComponent(item.documentId ?? '')}` }, name)),
    h('td', {}, ...why),
    h('td', {}, `${typeName(taxonomy.documentTypes, item.documentType)}, ${areaName(taxonomy.areas, item.area)}`),
  );
}

/** One document in review: pages and text on the left, the machine's suggestion and the archivist's choice on the right. */
export async function reviewItemView(main: HTMLElement, taxonomy: TaxonomyView, documentId: string, signal: AbortSignal): Promise<void> {
  let item: ReviewItemView;
  // The text is asked for at once with the item; a document without text still opens.
  const textRequest = get<DocumentText>(`/documents/${encodeURIComponent(documentId)}/text`).catch(() => ({ documentId, pages: [] }) as DocumentText);
  try {
    item = await get<ReviewItemView>(`/review/${encodeURIComponent(documentId)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      replace(main, h('h2', { id: 'view-title', tabindex: '-1' }, 'Ikke til kontroll'), h('p', {}, error.detail), h('p', {}, h('a', { href: '#/review' }, 'Tilbake til listen')));
      return;
    }
    throw error;
  }
  const doc = item.document;
  const [text, candidateCases] = await Promise.all([textRequest, Promise.all(item.candidates.slice(0, 5).map((c) => get<CaseView>(`/cases/${c.case.caseId}`).catch(() => null)))]);

  const backToForm = () => form.focus();
  // The decision's dates, shown for a type whose deadline counts from them (an appeal): the archivist gives what the machine could not find.
  const dates = decisionDateFields({ decisionDate: doc.fields?.decisionDate ?? null, decisionReceivedDate: doc.fields?.decisionReceivedDate ?? null }, taxonomy.decisionDateTypes);
  const typePicker = picker({ label: 'Dokumenttype', shortcut: 'T', onChosen: backToForm, onChange: (type) => dates.showFor(type ?? doc.documentType), value: doc.documentType, options: taxonomy.documentTypes.map((t) => ({ value: t.code, label: t.name })) });
  dates.showFor(doc.documentType);
  const areaPicker = picker({ label: 'Saksområde', shortcut: 'O', onChosen: backToForm, value: doc.area, options: taxonomy.areas.map((a) => ({ value: a.code, label: a.name, hint: a.keywords.join(' ') })) });
  const caseOptions: Option[] = item.candidates.map((c) => ({ value: c.case.caseNumber, label: c.case.caseNumber, hint: `${c.case.title ?? ''} (${c.matchedBy === 'case_reference' ? 'referanse' : 'fødselsnummer'})` }));
  const casePicker = picker({
    label: 'Sak (tom: ny sak eller maskinens kobling)',
    shortcut: 'S',
    onChosen: backToForm,
    value: null,
    options: caseOptions,
    allowFree: (typed) => {
      const id = caseIdFromInput(typed);
      return id ? displayCaseNumber(id) : null;
    },
  });
  const mainTitle = h('h2', { id: 'view-title', tabindex: '-1' }, `Til kontroll: ${doc.fileName}`);
  const accept = h('button', { type: 'submit', class: 'primary', 'aria-keyshortcuts': 'A' }, 'Godta og send videre ', h('kbd', {}, 'A'));
  // A case whose people are not the document's (a declaration about a child, put on the parent's case) is
  // refused until the archivist confirms it here: the sentence says why, focus goes to it, as the cover sheet's confirmation does.
  const otherPerson = h('div', { class: 'sheet-confirm', role: 'group', tabindex: '-1', hidden: true, 'aria-labelledby': 'other-person-line' });
  const hideOtherPerson = () => {
    otherPerson.hidden = true;
    otherPerson.replaceChildren();
  };
  function showOtherPerson(detail: string, refused: Record<string, unknown>) {
    const confirm = h('button', { type: 'button', class: 'primary' }, 'Bekreft likevel');
    confirm.addEventListener('click', () => void decide(undefined, { ...refused, confirmOtherPerson: true }));
    const other = h('button', { type: 'button' }, 'Velg en annen sak');
    other.addEventListener('click', () => {
      hideOtherPerson();
      casePicker.input.focus();
    });
    replace(otherPerson, h('p', { id: 'other-person-line', class: 'status-error' }, detail), h('div', { class: 'sheet-confirm-actions' }, confirm, other));
    otherPerson.hidden = false;
    otherPerson.focus();
  }
  const form = h(
    'form',
    { class: 'decision', 'aria-labelledby': 'decision-title', tabindex: '-1' },
    h('h3', { id: 'decision-title' }, 'Arkivarens valg'),
    typePicker.element,
    areaPicker.element,
    casePicker.element,
    dates.element,
    accept,
    otherPerson,
  );
  let busy = false;
  async function decide(event?: Event, confirmed: Record<string, unknown> | null = null) {
    event?.preventDefault();
    if (busy) return;
    // A day the field cannot read, or an appeal without its decision's date, is said at the field, and nothing is sent.
    if (!confirmed && !dates.check()) return;
    busy = true;
    accept.disabled = true;
    hideOtherPerson();
    const chosenCase = casePicker.value();
    if (!confirmed && chosenCase && !(await caseFound(chosenCase))) {
      busy = false;
      accept.disabled = false;
      return;
    }
    // A confirmation repeats the very decision that was refused, for the case its sentence named.
    const body = confirmed ?? {
      ...(typePicker.value() ? { documentType: typePicker.value() } : {}),
      ...(areaPicker.value() ? { area: areaPicker.value() } : {}),
      ...(chosenCase ? { case: chosenCase } : {}),
      ...dates.changed(),
    };
    try {
      // A 202 (the stages outlasted the API's wait) carries no result: the decision is kept, the document still on its way.
      type Outcome = { status: string; file?: string; caseId?: string | null; queue?: string | null; reason?: string | null; reasonNb?: string | null };
      const outcome = await post<{ result?: Outcome; reasonNb?: string | null; followed?: Outcome[] }>(`/review/${encodeURIComponent(documentId)}/decision`, body);
      const r = outcome.result;
      const said = !r
        ? 'Beslutningen er lagret, og dokumentet er fortsatt underveis; se etter det igjen om et minutt.'
        : r.status === 'routed'
          ? `Sendt videre${r.caseId ? ` på sak ${displayCaseNumber(r.caseId)}` : ''} til køen «${queueName(r.queue, taxonomy.areas)}».`
          : `Dokumentet er tilbake til kontroll: ${outcome.reasonNb ?? r.reason ?? ''}`;
      // What waited for this document went on with it: each named by file, and where it went.
      const carried = (outcome.followed ?? []).map((f) =>
        f.status === 'routed' ? `${f.file} sendt videre${f.caseId ? ` på sak ${displayCaseNumber(f.caseId)}` : ''}` : `${f.file} tilbake til kontroll: ${f.reasonNb ?? f.reason ?? ''}`,
      );
      const next = await get<QueuePage>('/review?limit=1');
      location.hash = next.items[0]?.documentId ? `#/review/${encodeURIComponent(next.items[0].documentId)}` : '#/review';
      // Said for the next item, where the archivist goes on: it outlives this navigation.
      announce(carried.length ? `${said} Fulgte med: ${carried.join('; ')}.` : said);
    } catch (error) {
      if (error instanceof ApiError && error.type === otherPersonsCaseProblem && !confirmed) showOtherPerson(error.detail, body);
      else announce(error instanceof ApiError ? error.detail : 'Beslutningen kunne ikke lagres.', 'error');
      accept.disabled = false;
    } finally {
      busy = false;
    }
  }
  form.addEventListener('submit', decide);
  casePicker.input.addEventListener('input', () => clearFieldError(casePicker.input));

  /** A typed case that is none is said at the «Sak» field, which gets the focus, and nothing is sent. */
  async function caseFound(caseNumber: string): Promise<boolean> {
    const caseId = caseIdFromInput(caseNumber);
    if (!caseId || item.candidates.some((c) => c.case.caseNumber === caseNumber)) return true;
    try {
      await get<CaseView>(`/cases/${encodeURIComponent(caseId)}`);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) return true;
      fieldError(casePicker.input, `Det finnes ingen sak ${caseNumber}. Velg en sak som finnes, eller ingen for en ny sak.`);
      casePicker.input.focus();
      return false;
    }
  }

  const fields = doc.fields;
  const suggestion = h(
    'section',
    { class: 'suggestion', 'aria-labelledby': 'suggestion-title' },
    h('h3', { id: 'suggestion-title' }, 'Maskinens forslag'),
    h('p', { class: 'reason' }, h('strong', {}, 'Hvorfor til kontroll: '), doc.reasonNb ?? doc.reason ?? '–', ...(waitsForOf(doc) ? [' ', waitsForLink(waitsForOf(doc) ?? '')] : [])),
    h(
      'dl',
      {},
      h('dt', {}, 'Dokumenttype'),
      h('dd', {}, `${typeName(taxonomy.documentTypes, doc.documentType)} (${percent(doc.typeConfidence, unsureLimit(doc))})`),
      h('dt', {}, 'Saksområde'),
      h('dd', {}, areaName(taxonomy.areas, doc.area)),
      h('dt', {}, 'Språk'),
      h('dd', {}, languageName(doc.language)),
      h('dt', {}, 'Samlet sikkerhet'),
      h('dd', {}, percent(doc.confidence, unsureLimit(doc))),
      h('dt', {}, 'Stikkord'),
      h('dd', {}, doc.keywords.join(', ') || '–'),
      h('dt', {}, 'Mottatt'),
      h('dd', {}, date(doc.receivedDate)),
      h('dt', {}, 'Vedtaksdato'),
      h('dd', {}, date(fields?.decisionDate)),
      h('dt', {}, 'Vedtak mottatt'),
      h('dd', {}, date(fields?.decisionReceivedDate)),
      h('dt', {}, 'Referanser'),
      h('dd', {}, fields?.caseReferences.join(', ') || '–'),
      h('dt', {}, 'Fødselsnumre'),
      h('dd', {}, fields?.nationalIds.join(', ') || '–'),
      h('dt', {}, 'Parter'),
      h('dd', {}, partiesList((fields?.parties ?? []) as CaseParty[], 'Parter i brevet')),
    ),
  );
  const candidates = h(
    'section',
    { class: 'candidates', 'aria-labelledby': 'candidates-title' },
    h('h3', { id: 'candidates-title' }, 'Mulige saker'),
    item.candidates.length
      ? h(
          'ul',
          {},
          item.candidates.map((c, i) => {
            const full = candidateCases[i];
            return h(
              'li',
              {},
              h('button', { type: 'button', class: 'link', onclick: () => casePicker.set(c.case.caseNumber) }, c.case.caseNumber),
              ` ${c.case.title ?? ''} – ${areaName(taxonomy.areas, c.case.area)} – funnet på ${c.matchedBy === 'case_reference' ? 'referanse' : 'fødselsnummer'}`,
              full ? h('div', { class: 'hint' }, `Parter: ${partyNames(full.parties)}. Dokumenter: ${full.documents.map((d) => typeName(taxonomy.documentTypes, d.documentType)).join(', ') || '–'}.`) : null,
            );
          }),
        )
      : h('p', {}, 'Ingen sak funnet på referanse eller fødselsnummer.'),
  );

  // What waits for this document is decided with it: named by file, so the archivist sees the case's whole day.
  const waiting = item.waiting.length
    ? h(
        'section',
        { class: 'waiting', 'aria-labelledby': 'waiting-title' },
        h('h3', { id: 'waiting-title' }, 'Venter på dette dokumentet'),
        h('p', {}, 'Følger med til samme sak når du godtar dette:'),
        h(
          'ul',
          {},
          item.waiting.map((w) => h('li', {}, h('a', { href: `#/review/${encodeURIComponent(w.documentId)}` }, w.fileName ?? w.documentId), ` – ${typeName(taxonomy.documentTypes, w.documentType)}${w.reasonCode === 'waiting_for_main_document' ? ' (vedlegg)' : ''}`)),
        ),
      )
    : null;
  replace(
    main,
    mainTitle,
    h('p', { class: 'keys' }, 'Tastatur: ', h('kbd', {}, 'A'), ' godta, ', h('kbd', {}, 'T'), ' type, ', h('kbd', {}, 'O'), ' område, ', h('kbd', {}, 'S'), ' sak, ', h('kbd', {}, 'Esc'), ' tilbake til listen.'),
    h('div', { class: 'review-grid' }, h('div', { class: 'pages-column', role: 'region', 'aria-label': 'Sidene', tabindex: '0' }, pagesView(documentId, text, doc.explanation, doc.language)), h('div', { class: 'side-column' }, form, waiting, suggestion, candidates, textView(text, doc.language))),
  );
  mainTitle.focus();

  const keys = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event)) return;
    if (event.key === 'Escape') {
      leftReviewItem = documentId;
      location.hash = '#/review';
      return;
    }
    const key = event.key.toLowerCase();
    const field = { t: typePicker, o: areaPicker, s: casePicker }[key];
    if (key !== 'a' && !field) return;
    event.preventDefault();
    if (field) field.input.focus();
    else void decide();
  };
  document.addEventListener('keydown', keys);
  signal.addEventListener('abort', () => document.removeEventListener('keydown', keys));
}

/** The limit an unsure document fell short of (its reason's threshold): its figures are rounded as the reason rounds them. */
function unsureLimit(doc: Pick<ReviewItemView['document'], 'reasonCode'>): number | null {
  const unsure = [doc.reasonCode, doc.reasonCode?.also].find((r) => r?.code === 'unsure');
  const limit = unsure?.params?.threshold;
  return typeof limit === 'number' ? limit : null;
}
