import type { CaseSummary } from '../../schemas/api.ts';
import { ApiError, get, post } from './api.ts';
import { announce, focusStatus, h, replace } from './dom.ts';
import { areaName, date } from './labels.ts';
import type { TaxonomyView } from './api.ts';
import { osloDate } from '../../domain/calendar.ts';
import { buttonOf, whileBusy } from './busy.ts';

/**
 * «Mine saker»: the cases a case handler holds, each with a link and «Frigi», which gives it back to its
 * unassigned queue. A claimed case is in no queue, so this is where it is found again.
 */
export async function myCasesView(main: HTMLElement, taxonomy: TaxonomyView): Promise<void> {
  const { cases } = await get<{ cases: CaseSummary[] }>('/me/cases');
  const rows = cases.map((c) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: `#/cases/${c.caseId}` }, c.caseNumber)),
      h('td', {}, c.title || '–'),
      h('td', {}, areaName(taxonomy.areas, c.area)),
      h('td', {}, date(c.receivedDate)),
      // The day it was taken in Oslo, not the UTC date of the instant (a claim at 00.30 is that day's).
      h('td', {}, date(c.claimedAt ? osloDate(new Date(c.claimedAt)) : null)),
      h('td', {}, h('button', { type: 'button', onclick: (event: Event) => void whileBusy(buttonOf(event), () => releaseCase(c.caseId, c.caseNumber, () => myCasesView(main, taxonomy))) }, `Frigi sak ${c.caseNumber}`)),
    ),
  );
  replace(
    main,
    h('h2', { id: 'view-title', tabindex: '-1' }, 'Mine saker'),
    h('p', {}, h('a', { href: '#/queues?kind=mine' }, 'Ny post på mine saker')),
    rows.length
      ? h(
          'table',
          { class: 'list' },
          h('caption', { class: 'visually-hidden' }, 'Saker du har tatt'),
          h('thead', {}, h('tr', {}, ['Sak', 'Tittel', 'Saksområde', 'Mottatt', 'Tatt', 'Handling'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, rows),
        )
      : h('p', {}, 'Du har ingen saker. Ta en sak fra «Ufordelte saker» under Køer.'),
  );
}

/** Gives a held case back to its unassigned queue; says so in the status line, where focus goes. */
export async function releaseCase(caseId: string, caseNumber: string, after: () => Promise<void>): Promise<void> {
  try {
    await post(`/cases/${encodeURIComponent(caseId)}/release`);
    await after();
    announce(`Sak ${caseNumber} er frigitt og ligger igjen blant ufordelte saker.`);
  } catch (error) {
    announce(error instanceof ApiError ? error.detail : 'Saken kunne ikke frigis.', 'error');
  }
  focusStatus();
}
