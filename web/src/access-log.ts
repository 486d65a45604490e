import { addDays, osloDate } from '../../domain/calendar.ts';
import { caseIdFromInput, displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { journalTime } from '../../domain/journal/wording.ts';
import { ApiError, get, type TaxonomyView } from './api.ts';
import { typeName } from './labels.ts';
import { h, replace } from './dom.ts';
import { dateField, isoOf } from './date-field.ts';
import { accessActionNames, roleName } from './page-names.ts';
import { notACaseNumber } from './case-number-words.ts';
import { shapedLikeNationalId } from '../../domain/fields/national-id-shape.ts';

/**
 * The national id asked about: kept here and in the form, never in the address, which the browser
 * keeps in its history (QA s14 e H2). One typed into «Person» is taken as this filter.
 */
let askedNationalId = '';

/** Signing out forgets it: the next person at this browser does not inherit the filter. */
export function forgetAskedNationalId(): void {
  askedNationalId = '';
}

interface AccessRecord {
  at: string;
  person: string;
  role: string;
  action: string;
  caseId?: string;
  documentId?: string;
  documentType?: string;
  specialCategory?: boolean;
  why?: string;
  filter?: string;
}

/**
 * The auditor's view (SPEC: the access log records who read which case's personal data): who read
 * what, when and why, newest first, filtered by part of a person's name, case (with its documents'
 * reads from before they had it), document, national id (kept out of the address) and days (the last week unless asked). The log holds identifiers only; the service masks a national id typed into a «why» or a filter.
 */
export async function accessLogView(main: HTMLElement, taxonomy: TaxonomyView, params: URLSearchParams): Promise<void> {
  const today = osloDate(new Date());
  const to = params.get('to') || today;
  const from = params.get('from') || addDays(to, -6);
  const person = params.get('person') ?? '';
  const caseInput = params.get('case') ?? '';
  const documentId = params.get('document') ?? '';
  const nationalId = askedNationalId;
  // «Who read the medical declarations?»: only reads of special-category documents.
  const special = params.get('special') === '1';
  const query = new URLSearchParams({ from, to });
  if (special) query.set('specialCategory', 'true');
  if (person) query.set('person', person);
  if (nationalId) query.set('nationalId', nationalId);
  const caseId = caseInput ? caseIdFromInput(caseInput) : null;
  if (caseId) query.set('case', caseId);
  if (documentId) query.set('document', documentId);
  let records: AccessRecord[] = [];
  let problem: string | null = caseInput && !caseId ? notACaseNumber(caseInput) : null;
  if (!problem) {
    try {
      records = (await get<{ records: AccessRecord[] }>(`/access-log?${query}`)).records;
    } catch (error) {
      problem = error instanceof ApiError ? error.detail : 'Tilgangsloggen kunne ikke leses.';
    }
  }

  const fromField = dateField({ name: 'from', id: 'log-from', label: 'Fra', value: from });
  const toField = dateField({ name: 'to', id: 'log-to', label: 'Til', value: to });
  const filters = h(
    'form',
    { class: 'filters', 'aria-label': 'Filtrer tilgangsloggen' },
    h('label', { for: 'log-person' }, 'Person '),
    h('input', { id: 'log-person', name: 'person', type: 'text', value: person }),
    h('label', { for: 'log-national-id' }, 'Fødselsnummer '),
    h('input', { id: 'log-national-id', name: 'nationalId', type: 'text', inputmode: 'numeric', autocomplete: 'off', value: nationalId }),
    h('label', { for: 'log-case' }, 'Sak '),
    h('input', { id: 'log-case', name: 'case', type: 'text', value: caseInput, placeholder: '2025/00001' }),
    h('label', { for: 'log-document' }, 'Dokument '),
    h('input', { id: 'log-document', name: 'document', type: 'text', value: documentId, placeholder: 'doc-…' }),
    h('label', { for: 'log-special', class: 'check' }, h('input', { id: 'log-special', name: 'special', type: 'checkbox', value: '1', checked: special }), ' Bare helseopplysninger (særlige kategorier)'),
    h('label', { for: 'log-from' }, 'Fra '),
    fromField,
    h('label', { for: 'log-to' }, 'Til '),
    toField,
    h('button', { type: 'submit' }, 'Vis'),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filters);
    const typed = (key: string) => String(data.get(key) ?? '').trim();
    const typedPerson = typed('person');
    askedNationalId = typed('nationalId') || (shapedLikeNationalId(typedPerson) ? typedPerson : '');
    const next = new URLSearchParams();
    for (const key of ['person', 'case', 'document', 'special']) {
      const value = typed(key);
      if (value && !(key === 'person' && shapedLikeNationalId(value))) next.set(key, value);
    }
    if (isoOf(fromField)) next.set('from', isoOf(fromField));
    if (isoOf(toField)) next.set('to', isoOf(toField));
    const hash = `#/access-log?${next}`;
    // Only the national id changed: the address is the same, so no hashchange redraws the view; ask for one.
    if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = hash;
  });

  const rows = records.map((r) =>
    h(
      'tr',
      {},
      h('td', {}, h('time', { datetime: r.at }, journalTime(r.at))),
      h('td', {}, r.person),
      h('td', {}, roleName(r.role)),
      h('td', {}, accessActionNames[r.action] ?? r.action),
      h('td', {}, r.caseId ? displayCaseNumber(r.caseId) : '–'),
      h('td', {}, r.documentId ?? '–'),
      h('td', {}, r.documentType ? `${typeName(taxonomy.documentTypes, r.documentType)}${r.specialCategory ? ' (helse, særlig kategori)' : ''}` : '–'),
      // The service masks a national id in a «why» (on writing, and again on reading).
      h('td', {}, r.why ?? (r.filter ? `Filter: ${r.filter}` : '–')),
    ),
  );
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Tilgangslogg'),
    h('p', { class: 'hint' }, 'Hvem som har lest personopplysninger i saker og dokumenter, når, og hvorfor når de oppga det.'),
    filters,
    problem ? h('p', { class: 'status-error', role: 'alert' }, problem) : null,
    !problem && !rows.length ? h('p', {}, 'Ingen oppslag med disse filtrene.') : null,
    rows.length
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, 'Oppslag i tilgangsloggen'),
          h('thead', {}, h('tr', {}, ['Tid', 'Person', 'Rolle', 'Hva', 'Sak', 'Dokument', 'Dokumenttype', 'Hvorfor'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, rows),
        )
      : null,
  );
}
