import type { ArchivistDecision } from '#schemas/pipeline';

/**
 * What the audit trail keeps of a decision: what the archivist set, and the dates they typed. The
 * decision date starts the appeal deadline, so who typed it must be traceable (the journal's
 * «Arkivar avgjorde dokumentet» line shows them).
 */
export function decisionDetails(decision: ArchivistDecision): Record<string, string | boolean | undefined> {
  const { decisionDate, decisionReceivedDate } = decision.fields ?? {};
  return {
    documentType: decision.documentType,
    area: decision.area,
    caseId: decision.caseId,
    // Only that the case's people differed and the archivist confirmed it, never whose ids.
    ...(decision.confirmedOtherPerson ? { confirmedOtherPerson: true } : {}),
    ...(decisionDate ? { decisionDate } : {}),
    ...(decisionReceivedDate ? { decisionReceivedDate } : {}),
  };
}

/** A person's decision, not a document carried on after one (whose «decision» names the machine). */
export function isPersonsDecision(decision: ArchivistDecision | undefined): decision is ArchivistDecision {
  return decision !== undefined && decision.carriedOnAfter === undefined;
}
