import type { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState, LinkResult } from '#schemas/state';
import { queues } from '#domain/registry/routing';
import { processResult } from '#domain/registry/result';
import type { StagePorts } from './ports.ts';
import { normalizeReference } from '#domain/registry/case-number';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { unique } from '#domain/registry/registration';
import { linkThreshold, mustLink } from '#domain/config';
import { answerOf, documentIdOf, refusedForDecision } from './document-id.ts';
import { documentParked } from '#domain/events/stage-events';
import { pageReferences } from '#domain/inline-page-texts';

/** Once decided it may open a case: the machine guessed a create type, or is unsure of the type it guessed. */
function mayOpenCase(c: LinkResult['classification'], config: StagePorts['config']): boolean {
  return !mustLink(config, c.documentType) || (c.typeConfidence ?? c.confidence) < linkThreshold(config, 'mustLink');
}

/** Review: the document waits in the review queue with what an archivist's decision resumes from. */
export async function reviewStage(state: ExecutionState & { link: LinkResult }, ports: StagePorts): Promise<ProcessResult> {
  const documentId = documentIdOf(state);
  // The confidence Link's gate read: a follow-up that found its case was judged on its type alone, as a routed one is.
  const linkedFollowUp = state.link.confidenceOf === 'type';
  const result = processResult({ fileName: state.fileName, documentId, status: 'review', reason: state.link.reason, queue: queues.review, classification: state.link.classification, linkedFollowUp, part: state.part });
  const queuedAt = ports.clock.now().toISOString();
  const stored = await ports.documents.recordReview({
    result,
    reasonCode: state.link.reasonCode,
    receivedDate: state.intake.receivedDate,
    resume: { intake: state.intake, fileName: state.fileName, inspection: state.inspection, pages: state.pages && pageReferences(state.pages), classification: state.classification, ...(state.part ? { part: state.part } : {}) },
    queuedAt,
    overwrite: ['review'],
    // A resumed execution may replace the record its own decision is kept on, and no other decision's.
    decidedAt: state.decision?.decidedAt ?? null,
  });
  // null: written now (a document already standing elsewhere answers with its record instead).
  if (ports.waiting && stored === null) {
    // Later documents of the same case find it here and wait beside it instead of becoming review items of their own.
    const { fields } = state.link.classification;
    const hashKey = fields.nationalIds.length ? await ports.idHashKey() : '';
    await ports.waiting.enter({
      documentId,
      mayOpenCase: mayOpenCase(state.link.classification, ports.config),
      references: unique(fields.caseReferences.map(normalizeReference)).filter(Boolean),
      nationalIdHashes: unique(fields.nationalIds).map((id) => nationalIdHash(id, hashKey)),
      reviewedAt: queuedAt,
      waitsFor: state.link.waitsFor ?? null,
    });
  }
  const answer = answerOf(stored, result, state.fileName);
  if (!refusedForDecision(stored)) await ports.events.publish(documentParked(answer, ports.clock.now().toISOString()));
  return answer;
}
