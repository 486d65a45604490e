import { clearedAttachmentWords, missingAttachmentsLine } from '../../domain/wording/attachment-check-nb.ts';
import { ApiError, post, type CaseView, type Me } from './api.ts';
import { announce, focusStatus, h } from './dom.ts';
import { buttonOf, whileBusy } from './busy.ts';

/**
 * Kontroll av vedlegg on the case page: what the main letter lists that has not come, and for an
 * archivist a button per item to mark it received (it came another way) or not needed; the journal
 * then names who and when. What arrived later as a document of its own is listed as come.
 */
export function missingAttachmentsSection(view: CaseView, me: Me, redraw: () => Promise<void>): HTMLElement | null {
  const line = missingAttachmentsLine(view.missingAttachments);
  const cleared = view.clearedAttachments ?? [];
  if (!line && !cleared.length) return null;
  const mark = (item: string, resolution: 'received' | 'not_needed') => async () => {
    try {
      await post(`/cases/${encodeURIComponent(view.case.caseId)}/missing-attachments`, { item, resolution });
      await redraw();
      announce(`«${item}» er markert som ${resolution === 'received' ? 'mottatt' : 'ikke nødvendig'}.`);
    } catch (error) {
      announce(error instanceof ApiError ? error.detail : 'Vedlegget kunne ikke markeres.', 'error');
    }
    focusStatus();
  };
  const button = (item: string, resolution: 'received' | 'not_needed', label: string) =>
    h('button', { type: 'button', 'aria-label': `${label}: ${item}`, onclick: (event: Event) => void whileBusy(buttonOf(event), mark(item, resolution)) }, label);
  return h(
    'div',
    { class: 'missing-attachments' },
    line ? h('p', {}, h('strong', {}, line)) : null,
    me.role === 'archivist' && view.missingAttachments.length
      ? h('ul', {}, view.missingAttachments.map((item) => h('li', {}, `«${item}» `, button(item, 'received', 'Mottatt'), ' ', button(item, 'not_needed', 'Ikke nødvendig'))))
      : null,
    cleared.length
      ? h(
          'ul',
          { class: 'cleared-attachments' },
          cleared.map((c) => {
            const { text, document } = clearedAttachmentWords(c, view.documents);
            return h('li', {}, text, document ? h('a', { href: `#/documents/${encodeURIComponent(document.documentId)}` }, document.name) : null);
          }),
        )
      : null,
  );
}
