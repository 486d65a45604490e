import { displayCaseNumber } from '../../domain/registry/case-number-input.ts';
import { ApiError, get, post, type Me, type QueuePage, type TaxonomyView } from './api.ts';
import { announce, focusStatus, h, replace } from './dom.ts';
import { date, queueName, typeName } from './labels.ts';
import { dateField, isoOf } from './date-field.ts';

type Kind = 'unassigned' | 'unit-mail' | 'mine';

/**
 * The case handlers' queues: ufordelte saker per area (filtered by keyword and received date, oldest
 * or priority first) with a claim button, the unit's incoming mail on cases without a handler, and
 * their own cases' new mail. Filters live in the address, so a view can be bookmarked and reloaded.
 */
export async function queuesView(main: HTMLElement, taxonomy: TaxonomyView, me: Me, params: URLSearchParams): Promise<void> {
  const kind = (params.get('kind') as Kind | null) ?? 'unassigned';
  const area = params.get('area') ?? taxonomy.areas[0]?.code ?? '';
  const keyword = params.get('keyword') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const order = params.get('order') === 'priority' ? 'priority' : 'oldest';
  const query = new URLSearchParams({ order, limit: '100' });
  for (const k of keyword.split(',').map((s) => s.trim()).filter(Boolean)) query.append('keyword', k);
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const path = kind === 'mine' ? `/queues/handler/${encodeURIComponent(me.person)}` : `/queues/${kind}/${encodeURIComponent(area)}`;
  let page: QueuePage | null = null;
  let problem: string | null = null;
  try {
    page = await get<QueuePage>(`${path}?${query}`);
  } catch (error) {
    problem = error instanceof ApiError ? error.detail : 'Køen kunne ikke leses.';
  }

  const fromField = dateField({ name: 'from', label: 'Mottatt fra', value: from });
  const toField = dateField({ name: 'to', label: 'Mottatt til', value: to });
  const filters = h(
    'form',
    { class: 'filters', 'aria-label': 'Filtrer køen' },
    h('label', {}, 'Kø ', h('select', { name: 'kind' }, ...(
      [
        ['unassigned', 'Ufordelte saker'],
        ['unit-mail', 'Min enhets innkommende post uten saksbehandler'],
        ['mine', 'Mine saker med ny post'],
      ] as const
    ).map(([value, label]) => h('option', { value, selected: value === kind }, label)))),
    h('label', {}, 'Saksområde ', h('select', { name: 'area', disabled: kind === 'mine' }, taxonomy.areas.map((a) => h('option', { value: a.code, selected: a.code === area }, a.name)))),
    h('label', {}, 'Stikkord ', h('input', { name: 'keyword', type: 'text', value: keyword, list: 'keyword-list' })),
    h('datalist', { id: 'keyword-list' }, [...new Set(taxonomy.areas.flatMap((a) => a.keywords).concat(['anke', 'oversittet-klagefrist', 'oversittet-ankefrist']))].map((k) => h('option', { value: k }))),
    h('label', {}, 'Mottatt fra ', fromField),
    h('label', {}, 'til ', toField),
    h('label', {}, 'Rekkefølge ', h('select', { name: 'order' }, h('option', { value: 'oldest', selected: order === 'oldest' }, 'Eldste først'), h('option', { value: 'priority', selected: order === 'priority' }, 'Prioritet først'))),
    h('button', { type: 'submit' }, 'Vis'),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(filters);
    const next = new URLSearchParams();
    for (const [k, v] of data.entries()) if (typeof v === 'string' && v) next.set(k, v);
    // The days as the API takes them (2025-03-24), whatever form they were typed in.
    for (const [k, field] of [['from', fromField], ['to', toField]] as const) if (isoOf(field)) next.set(k, isoOf(field));
    location.hash = `#/queues?${next}`;
  });
  // No submit on a select's change: with the keyboard every arrow step is a change, and redrawing the
  // view under it moved focus to the heading (WCAG 3.2.2). «Vis» (or Enter in a text field) applies the filters.

  const title = kind === 'mine' ? 'Mine saker med ny post' : queueName(`${kind}/${area}`, taxonomy.areas);
  const rows = (page?.items ?? []).map((item) => {
    const number = item.caseNumber ?? (item.caseId ? displayCaseNumber(item.caseId) : null);
    const claim =
      item.kind === 'case' && kind === 'unassigned' && me.role === 'caseworker' && item.caseId
        ? h('button', {
            type: 'button',
            onclick: async (event: Event) => {
              const button = event.currentTarget as HTMLButtonElement;
              button.disabled = true;
              try {
                await post(`/cases/${item.caseId}/claim`);
                announce(`Du har tatt sak ${number}.`);
                button.closest('tr')?.remove();
                focusStatus();
              } catch (error) {
                if (error instanceof ApiError && error.status === 409) {
                  // Someone was first: say who, from the case itself, in the page's language.
                  const holder = await get<{ case: { handlerId: string | null } }>(`/cases/${item.caseId}`).then((c) => c.case.handlerId).catch(() => null);
                  announce(holder ? `Sak ${number} ble tatt av ${holder} først.` : `Sak ${number} kan ikke tas: ${error.detail}`, 'error');
                  button.closest('tr')?.remove();
                  focusStatus();
                } else {
                  announce(error instanceof ApiError ? error.detail : 'Saken kunne ikke tas.', 'error');
                  button.disabled = false;
                }
              }
            },
          }, `Ta sak ${number}`)
        : null;
    return h(
      'tr',
      {},
      h('td', {}, date(item.receivedDate)),
      h('td', {}, number ? h('a', { href: `#/cases/${item.caseId}` }, number) : '–'),
      h('td', {}, item.kind === 'document' ? typeName(taxonomy.documentTypes, item.documentType) : (item.title ?? '–')),
      h('td', {}, item.keywords.join(', ') || '–'),
      h('td', {}, item.priority >= 3 ? 'Haster' : item.priority === 2 ? 'Høy' : 'Normal'),
      h('td', {}, claim),
    );
  });
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, title),
    filters,
    problem ? h('p', { class: 'status-error', role: 'alert' }, problem) : null,
    page && !rows.length ? h('p', {}, 'Ingen saker i denne køen med disse filtrene.') : null,
    rows.length
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, title),
          h('thead', {}, h('tr', {}, ['Mottatt', 'Sak', 'Tittel eller type', 'Stikkord', 'Prioritet', 'Handling'].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, rows),
        )
      : null,
  );
}
