import { z } from 'zod';
import { ArchivistDecision, Classification, ConfidenceOf, Deadline, Inspection, IntakeInput, PageExtraction } from './pipeline.ts';
import { LetterKind, LetterStatus } from './letters.ts';
import { DocumentPart } from './bundles.ts';
import { AreaCode, DeadlineKind } from './taxonomy.ts';
import { Reason } from './reasons.ts';

/** Link: which case the document belongs to, and whether an archivist must look first. */
export const LinkResult = z.object({
  /** true sends the document to the review queue (NeedsReview choice state). */
  review: z.boolean(),
  /** Why it goes to review, in words an archivist understands; null when it does not. */
  reason: z.string().nullable(),
  /** The same as a code with its parameters (schemas/reasons.ts), worded in bokmål on the page. */
  reasonCode: Reason.nullable().optional(),
  /** The existing case the document attaches to, or null when a new case is to be created. */
  caseId: z.string().nullable(),
  matchedBy: z.enum(['case_reference', 'national_id', 'archivist', 'cover_sheet', 'main_document']).nullable(),
  /** The document in review this one waits beside (its case comes from that one's decision); issue 13. */
  waitsFor: z.string().nullable().optional(),
  /**
   * A must-link document that found no case while the document opening it is still on its way: the
   * state machine waits (WaitForCase) and runs Link again; `round` counts the looks (bounded, then review),
   * `onOpener` those spent on an announced opener, `since` the first look, `openers` the announced openers
   * this look waits for (document ids; domain/registry/case-in-flight.ts).
   */
  inFlight: z
    .object({ round: z.number().int().positive(), onOpener: z.number().int().nonnegative().optional(), since: z.string().optional(), openers: z.array(z.string()).optional() })
    .optional(),
  /** The classification as it will be registered: the machine's, or with an archivist's corrections. */
  classification: Classification,
  /**
   * Sent to review: the confidence its gate read, when not the joint one: `type` for a must-link document
   * that found its case (it takes the case's area), so its JSON line reports what the routed ones report.
   */
  confidenceOf: ConfidenceOf.optional(),
});
export type LinkResult = z.infer<typeof LinkResult>;

export const Registration = z.object({
  caseId: z.string(),
  /** Our case number, YYYY/NNNNN. */
  caseNumber: z.string(),
  created: z.boolean(),
  journalEntryId: z.string(),
  area: AreaCode,
  keywords: z.array(z.string()),
  handlerId: z.string().nullable(),
});
export type Registration = z.infer<typeof Registration>;

export const DeadlinesResult = z.object({
  opened: z.array(Deadline),
  closed: z.array(DeadlineKind),
  /** Keywords the deadlines add to the case (oversittet-klagefrist, ...). */
  keywords: z.array(z.string()),
});
export type DeadlinesResult = z.infer<typeof DeadlinesResult>;

export const StageFailure = z.object({ Error: z.string(), Cause: z.string().optional() });

/** WriteLetters: the letters this document called for (an acknowledgement), by id; their text is in the outbox. */
export const LettersResult = z.array(
  z.object({
    letterId: z.string(),
    kind: LetterKind,
    status: LetterStatus,
    /** false when an earlier run wrote it (a re-run writes nothing twice). */
    created: z.boolean(),
  }),
);
export type LettersResult = z.infer<typeof LettersResult>;

/** A page that failed after its retries (the ExtractPages Map's PageNotRead): the Map goes on without it. */
export const UnreadPage = z.object({ pageIndex: z.number().int().nonnegative(), source: z.literal('unread'), failed: StageFailure });
export type UnreadPage = z.infer<typeof UnreadPage>;

/**
 * The execution state. Each stage adds one key via ResultPath; a handler's schema requires the keys
 * it reads (stateAfter(...) below), so a mis-wired state machine fails loudly at the first task.
 */
export const ExecutionState = z.object({
  intake: IntakeInput,
  /** Original file name as the mailroom gave it (CLI argument or S3 key basename). */
  fileName: z.string(),
  decision: ArchivistDecision.optional(),
  /** One document of a split file (an item of the Parts Map): its own id, pages and role in the bundle. */
  part: DocumentPart.optional(),
  inspection: Inspection.optional(),
  pages: z.array(PageExtraction).optional(),
  /** The file's pages when one of them failed (ReadFailed): RecordFailure stores the texts of those read. */
  readPages: z.array(z.union([PageExtraction, UnreadPage])).optional(),
  classification: Classification.optional(),
  link: LinkResult.optional(),
  registration: Registration.optional(),
  deadlines: DeadlinesResult.optional(),
  letters: LettersResult.optional(),
  failure: StageFailure.optional(),
});
export type ExecutionState = z.infer<typeof ExecutionState>;
