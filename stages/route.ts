import type { ProcessResult } from '#schemas/pipeline';
import type { DeadlinesResult, ExecutionState, LinkResult, Registration } from '#schemas/state';
import { decideQueue, keywordsFor, oldestSortKey, priorityFor } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import { mustLink } from '#domain/config';
import type { StagePorts } from './ports.ts';
import { answerOf, documentIdOf } from './document-id.ts';
import { caseRouted } from '#domain/events/stage-events';

/** Route: the queue, keywords and priority; a new case enters its area's queue, a joined case is raised. */
export async function routeStage(state: ExecutionState & { link: LinkResult; registration: Registration; deadlines: DeadlinesResult }, ports: StagePorts): Promise<ProcessResult> {
  const { cases, documents, config } = ports;
  const documentId = documentIdOf(state);
  const registration = state.registration;
  const classification = { ...state.link.classification, area: registration.area };
  const keywords = keywordsFor({ area: registration.area, documentType: classification.documentType, deadlineKeywords: state.deadlines.keywords }, config);
  const priority = priorityFor(keywords, classification.documentType, config);
  // An attachment that followed its main document is filed with it, in the main document's queue: it is
  // no new mail of its own for the handler's or the unit's list.
  // Only its queue is read, so its national ids stay sealed (no KMS Decrypt for an attachment).
  const withMain = state.link.matchedBy === 'main_document' && state.part?.mainDocumentId ? await documents.getAsStored(state.part.mainDocumentId) : null;
  // The case's holder as it is now, not as Register read it: a claim or release in between moved the
  // case's waiting mail without this document, which would wait in the former holder's queue (review s14).
  const handlerId = registration.created || withMain ? registration.handlerId : ((await cases.get(registration.caseId, { consistent: true }))?.handlerId ?? null);
  const queue = withMain?.queue ?? decideQueue({ createdCase: registration.created, area: registration.area, handlerId });
  const result = processResult({
    fileName: state.fileName,
    documentId,
    status: 'routed',
    reason: null,
    queue,
    classification,
    caseId: registration.caseId,
    keywords,
    deadlines: state.deadlines.opened,
    closedDeadlines: state.deadlines.closed,
    // The confidence Link and Register used: a follow-up on an existing case had only its type to be sure of.
    linkedFollowUp: !registration.created && mustLink(config, classification.documentType),
    part: state.part,
  });
  const routedAt = ports.clock.now().toISOString();

  if (registration.created) {
    const record = { caseId: registration.caseId, caseNumber: registration.caseNumber, receivedDate: state.intake.receivedDate, keywords: registration.keywords };
    await cases.placeInQueue({ record, queue, keywords, priority, routedAt, routedBy: documentId });
  } else if (!withMain) {
    await cases.raise({ caseId: registration.caseId, knownKeywords: registration.keywords, keywords, priority });
  }
  const docQueue = registration.created || withMain ? null : { qpk: queue, qsk: oldestSortKey(state.intake.receivedDate, `${routedAt}#${documentId}`) };
  const stored = await documents.markRouted({ result, receivedDate: state.intake.receivedDate, docQueue, routedAt });
  const routed = stored?.status === 'routed' ? answerOf(stored, result, state.fileName) : result;
  const answer = docQueue ? await followHolder(ports, registration, routed) : routed;
  await ports.events.publish(
    caseRouted({ documentId, caseId: registration.caseId, caseNumber: registration.caseNumber, queue: answer.queue, area: answer.area ?? registration.area, keywords: answer.keywords, priority }, routedAt),
  );
  return answer;
}

/**
 * A claim or release that landed between Route's read of the holder and its write of the document's
 * queue moved the case's mail without this document (it had no queue yet). Read the holder again after
 * the write: a claim or release after this read sees the document and moves it itself (review s14 M1).
 */
async function followHolder(ports: StagePorts, registration: Registration, answer: ProcessResult): Promise<ProcessResult> {
  const holder = (await ports.cases.get(registration.caseId, { consistent: true }))?.handlerId ?? null;
  const now = decideQueue({ createdCase: false, area: registration.area, handlerId: holder });
  if (answer.queue === now) return answer;
  const seen = answer.queue;
  const moved = await ports.cases.moveMail({ caseId: registration.caseId, from: (queue) => queue === seen, to: now });
  return moved.includes(answer.documentId) ? { ...answer, queue: now } : answer;
}
