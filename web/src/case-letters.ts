import type { CaseView, Me } from './api.ts';
import { h } from './dom.ts';
import { date, languageName, letterKindNames } from './labels.ts';
import { journalTime } from '../../domain/journal/wording.ts';
import { letterStanding } from '../../domain/wording/letter-status.ts';
import { openPdf } from './outbox.ts';

/**
 * «Utgående brev» in the case view, for every role that reads the case: what postmottak wrote on it
 * (the outgoing entries, Noark 5 U), when it was written, and where it stands (ready, held and why,
 * sent on a day). The PDF is offered where the service gives the role a route to it (`pdf`: the
 * archivist and the case handler); the archivist also has the letter's place in «Utgående post».
 */
export function caseLettersSection(view: CaseView, me: Me): HTMLElement {
  const number = view.case.caseNumber;
  return h(
    'section',
    { 'aria-labelledby': 'letters-title' },
    h('h3', { id: 'letters-title' }, 'Utgående brev'),
    view.letters.length
      ? h(
          'ul',
          { class: 'letters' },
          view.letters.map((l) => {
            const name = letterKindNames[l.kind] ?? l.title;
            const where = letterStanding(l);
            return h(
              'li',
              { 'data-letter': l.letterId },
              `${name} (${languageName(l.language)}), datert ${date(l.letterDate)}, skrevet ${journalTime(l.writtenAt)} – ${where} `,
              l.pdf
                ? h('button', { type: 'button', 'aria-label': `PDF: ${name}, sak ${number}`, onclick: () => void openPdf(`/cases/${encodeURIComponent(view.case.caseId)}/letters/${encodeURIComponent(l.letterId)}/pdf`, 'Brevet kunne ikke hentes.', `${name} er åpnet i en ny fane.`) }, 'PDF')
                : null,
              me.role === 'archivist' ? [' ', h('a', { href: `#/outbox?status=${l.status}` }, 'i utgående post')] : null,
            );
          }),
        )
      : h('p', { class: 'hint' }, 'Ingen brev.'),
  );
}
