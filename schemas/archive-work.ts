import { z } from 'zod';
import { AreaCode, DocumentType, IsoDate } from './taxonomy.ts';
import { ProcessResult } from './pipeline.ts';
import { CaseSummary, DocumentView } from './api.ts';

/**
 * The API bodies of the archivists' work after the fact (corrections, duplicates, mail for another
 * body, quarantine retries) and the review figures: route schemas and OpenAPI, like schemas/api.ts.
 */

export const CorrectionBody = z
  .object({
    documentType: DocumentType.optional(),
    area: AreaCode.optional(),
    case: z.string().max(20).optional().describe('Move the document to this case: 2025/00001 or 2025-00001; "new": the document opens a case of its own (a type that opens cases)'),
    decisionDate: IsoDate.nullable().optional().describe('The decision the document is about was made on this date (null: it refers to none)'),
    decisionReceivedDate: IsoDate.nullable().optional().describe('The day the decision reached its party: the appeal deadline counts from it (null: not known)'),
    receivedDate: IsoDate.optional().describe('The day the mail was received'),
    postmarkDate: IsoDate.nullable().optional().describe('The postmark date (null: none)'),
  })
  .meta({ id: 'Correction' });
export type CorrectionBody = z.infer<typeof CorrectionBody>;

export const FactChangeView = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));

/** A case given up as opened in error because its opening document left it (domain/registry/case-given-up.ts). */
export const CaseGivenUpView = z
  .object({
    caseId: z.string(),
    caseNumber: z.string(),
    withdrawnLetters: z.array(z.object({ letterId: z.string(), kind: z.string() })).describe('Letters of the case not yet posted: withdrawn, never to be posted'),
    sentLetters: z.array(z.object({ letterId: z.string(), kind: z.string(), sentOn: z.string().nullable() })).describe('Letters of the case already posted: the recipient holds a case number no longer in use'),
    documentsLeft: z.array(z.string()).describe("The case's other documents (attachments, mail that joined it): they stay on it, for the archivist to move"),
    note: z.string().nullable().describe('One line (bokmål) for the archivist when a letter was already posted or documents are left on the case; null otherwise'),
  })
  .meta({ id: 'CaseGivenUp' });

export const CorrectionOutcome = z
  .object({
    document: DocumentView,
    case: CaseSummary.nullable(),
    changes: FactChangeView.describe('Each field the correction changed, from what to what'),
    correctedBy: z.string(),
    caseGivenUp: CaseGivenUpView.nullable().optional().describe('Set when the moved document was the one that opened the case it left: that case is given up'),
  })
  .meta({ id: 'CorrectionOutcome' });

export const DuplicateBody = z.object({ of: z.string().min(1).max(200).describe('The document id of the first copy') }).meta({ id: 'DuplicateMark' });

export const ForwardedBody = z
  .object({
    recipient: z.string().trim().min(2).max(200).describe('The body the mail was sent on to, e.g. "NAV Klageinstans Øst"'),
    note: z.string().max(500).optional(),
  })
  .meta({ id: 'ForwardedMark' });

export const OutcomeView = z
  .object({
    documentId: z.string(),
    outcome: z.enum(['duplicate', 'forwarded']),
    duplicateOf: z.string().nullable(),
    recipient: z.string().nullable(),
    by: z.string(),
    at: z.string(),
    previousStatus: z.string(),
    caseGivenUp: CaseGivenUpView.nullable().optional().describe('Set when the document was the one that opened its case: the case is given up'),
  })
  .meta({ id: 'DocumentOutcome' });
export type OutcomeView = z.infer<typeof OutcomeView>;

const Share = z.object({ code: z.string(), decisions: z.number().int(), acceptedUnchanged: z.number().int(), share: z.number() });
export const ReviewAccuracy = z
  .object({
    decisions: z.number().int().describe('Decisions counted (the last 100 at most)'),
    acceptedUnchanged: z.number().int().describe("Decisions that kept the machine's type and area"),
    share: z.number().nullable(),
    byType: z.array(Share).describe("Per the machine's guessed type"),
    byArea: z.array(Share).describe("Per the machine's guessed area"),
    modelVersions: z.array(z.string()).describe('Model versions whose guesses were decided'),
  })
  .meta({ id: 'ReviewAccuracy' });

export const PageImageParams = z.object({ documentId: z.string().min(1).max(200), page: z.coerce.number().int().min(1).max(10_000).describe('Page number, from 1') });

export const RetryOutcome = z.object({ replaced: z.string().nullable().describe('The rejected document that left quarantine; null when the replacement was rejected too (the original stays, with the attempt beside it)'), result: ProcessResult, reasonNb: z.string().nullable().optional().describe('Why, in bokmål, when the replacement went to review or was rejected'), retriedBy: z.string() }).meta({ id: 'QuarantineRetry' });
