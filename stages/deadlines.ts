import type { DeadlinesResult, ExecutionState, LinkResult, Registration } from '#schemas/state';
import { deadlinesToOpen, kindsClosedBy, missedKeywords } from '#domain/deadlines';
import { unique } from '#domain/registry/registration';
import type { StagePorts } from './ports.ts';
import { documentIdOf } from './document-id.ts';
import { deadlinesChanged } from '#domain/events/stage-events';
import { caseClosedUnder, closedCase, closedCaseReading } from './case-still-open.ts';

/** Deadlines: opens the statutory deadlines the document starts and closes the ones it answers. */
export async function deadlinesStage(state: ExecutionState & { link: LinkResult; registration: Registration }, ports: StagePorts): Promise<DeadlinesResult> {
  // SPEC.md: only a bundle's main document opens and closes deadlines; its attachments open none.
  if (state.link.matchedBy === 'main_document') return { opened: [], closed: [], keywords: [] };
  const { cases, documents, config } = ports;
  const documentId = documentIdOf(state);
  const c = state.link.classification;
  const receivedDate = state.intake.receivedDate;
  const { deadlines: proposed } = deadlinesToOpen(
    {
      documentType: c.documentType,
      receivedDate,
      postmarkDate: state.intake.postmarkDate ?? null,
      decisionDate: c.fields.decisionDate,
      decisionReceivedDate: c.fields.decisionReceivedDate,
    },
    config,
  );
  const { caseId } = state.registration;
  const fresh = state.registration.created;
  const close = kindsClosedBy(c.documentType, config);
  // The book is read with the case when the change will read it (a case this document did not open, a
  // change that opens or closes something); otherwise the case alone, as before.
  const readsBook = !fresh && (proposed.length > 0 || close.length > 0);
  const { closed: before, asRead } = readsBook ? await closedCaseReading(cases, caseId, 'deadlines') : { closed: await closedCase(cases, caseId), asRead: undefined };
  if (before) throw caseClosedUnder(before, documentId, 'Deadlines');
  const change = await cases.changeDeadlines({
    caseId,
    area: state.registration.area,
    fresh,
    change: { open: proposed, openedBy: documentId, openedOn: receivedDate, close },
    ...(asRead ? { asRead } : {}),
  });
  // What the book opened (a retried change finds its own deadlines there and opens none twice).
  const deadlines = proposed.filter((d) => change.opened.some((e) => e.kind === d.kind));
  const keywords = missedKeywords(deadlines, config);
  // Given up while this wrote: what it opened is closed, in the giving up's name for this document (a
  // no-op when the giving up saw them, as each kind's oldest open deadline is then none).
  const after = deadlines.length ? await closedCase(cases, caseId) : null;
  if (after) {
    const closer = `given-up:${documentId}`;
    await cases.changeDeadlines({ caseId, area: state.registration.area, fresh: false, change: { open: [], openedBy: closer, openedOn: receivedDate, close: deadlines.map((d) => d.kind) } });
    throw caseClosedUnder(after, documentId, 'Deadlines');
  }
  // A deadline another document opened and this one closed (the grounds of a deadline-interrupting
  // appeal): that document's restanse is written off, by this document.
  for (const closed of change.closed) {
    if (closed.openedBy !== documentId && closed.openedBy.startsWith('doc-')) {
      await documents.writeOffRestanse({ documentId: closed.openedBy, byDocumentId: documentId, method: 'TE', on: receivedDate });
    }
  }
  await ports.events.publish(deadlinesChanged({ documentId, caseId, opened: deadlines, closed: change.closed }, ports.clock.now().toISOString()));
  return { opened: deadlines, closed: unique(change.closed.map((d) => d.kind)), keywords };
}
