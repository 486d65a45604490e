import { Reason } from './reasons.ts';
import { z } from 'zod';
import { BatchName } from './batch.ts';
import { AttachmentCategory, BundleAnalysis } from './bundles.ts';
import { CoverSheet, SheetCode } from './sheets.ts';
import { AreaCode, DeadlineKind, DocumentType, IsoDate, Language } from './taxonomy.ts';
import { ExtractedFields } from './fields.ts';

/**
 * The state that flows through statemachines/intake.asl.json. Each task adds its own key
 * (ResultPath) and never rewrites another's, so the execution history shows what each stage decided.
 * Text and page images never travel in the state (256 KB limit, personal data in execution history):
 * they live in S3 under documents/{documentId}/.
 */

/** One uploaded object, as the S3 event (or the CLI) names it. */
export const IntakeInput = z.object({
  bucket: z.string().min(3),
  key: z.string().min(1),
  /** ETag or version id: with bucket and key it identifies the upload, so a repeated event is one document. */
  etag: z.string().min(1),
  versionId: z.string().nullish(),
  /** Date the mail was received by the mailroom (Europe/Oslo). */
  receivedDate: IsoDate,
  postmarkDate: IsoDate.nullish(),
  /** The batch the mail was handed in with (domain/intake/batch.ts); absent: the received day's. */
  batch: BatchName.nullish(),
});
export type IntakeInput = z.infer<typeof IntakeInput>;

export const FileFormat = z.enum(['pdf', 'tiff', 'jpeg', 'png']);
export type FileFormat = z.infer<typeof FileFormat>;

/** One page of the ExtractPages Map state: an item of the inspection's pages, ExtractPage's input. */
export const PageJob = z.object({
  documentId: z.string(),
  bucket: z.string(),
  key: z.string(),
  /** The version of the original Inspect read (null where the bucket keeps none): a key written again is another upload. */
  versionId: z.string().nullish(),
  /** The original's ETag as uploaded: where no version is kept, the page image checks it is still the same object. */
  etag: z.string().nullish(),
  format: FileFormat,
  pageIndex: z.number().int().nonnegative(),
  hasTextLayer: z.boolean(),
  /** UTF-8 bytes the page's text may take in the state (domain/inline-page-texts.ts); absent or 0: to the bucket. */
  inlineBytes: z.number().int().nonnegative().optional(),
});
export type PageJob = z.infer<typeof PageJob>;

export const Inspection = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    documentId: z.string(),
    format: FileFormat,
    pageCount: z.number().int().positive(),
    /** MaxConcurrencyPath of the ExtractPages Map state, from configuration. */
    pageConcurrency: z.number().int().positive(),
    /** One entry per page, the items of the ExtractPages Map state. */
    pages: z.array(PageJob),
  }),
  z.object({
    status: z.literal('rejected'),
    documentId: z.string(),
    /** Words a mailroom clerk understands. */
    reason: z.string(),
    /** The same as a code with its parameters (schemas/reasons.ts), worded in bokmål on the page. */
    reasonCode: Reason.optional(),
  }),
  /**
   * The same bytes were uploaded before (SPEC.md "Duplicates and re-runs"): the first upload's answer,
   * and nothing is registered again. documentId is the content's id, the same as the first's.
   */
  z.object({
    status: z.literal('duplicate'),
    documentId: z.string(),
    duplicateOf: z.string(),
    result: z.lazy(() => z.union([ProcessResult, SplitOutcome])),
  }),
]);
export type Inspection = z.infer<typeof Inspection>;

export const TextSource = z.enum(['text_layer', 'ocr', 'mixed']);
export type TextSource = z.infer<typeof TextSource>;

/**
 * What the ExtractPage task returns for one page. The text and word boxes are at textKey: a page's own
 * JSON, or (a page that came `inline`) the document's text artefact Classify writes.
 */
export const PageExtraction = z.object({
  pageIndex: z.number().int().nonnegative(),
  source: z.enum(['text_layer', 'ocr']),
  textKey: z.string(),
  /** The page's text, word boxes and image source (engines/ocr/page-text.ts PageText) while the execution runs; never kept after it. */
  inline: z.looseObject({ text: z.string() }).optional(),
  chars: z.number().int().nonnegative(),
  /** Mean OCR word confidence 0..1 (1 for a text layer). */
  confidence: z.number().min(0).max(1),
  /** The page is a cover or separator sheet (its code was read): it is no part of any document. */
  sheet: SheetCode.optional(),
});
export type PageExtraction = z.infer<typeof PageExtraction>;

export const Classification = z.object({
  documentType: DocumentType,
  area: AreaCode,
  language: Language,
  keywords: z.array(z.string()),
  /** Calibrated probability that documentType and area are both right. */
  confidence: z.number().min(0).max(1),
  /**
   * Calibrated probability that documentType is right, whatever the area: the gate for a must-link
   * document that links to a case (it takes the case's area). Optional so that classifications made
   * before it existed still parse; absent, the joint confidence stands in.
   */
  typeConfidence: z.number().min(0).max(1).optional(),
  fields: ExtractedFields,
  /** Set when the document must not be guessed at (no readable text). */
  reviewReason: z.string().nullable(),
  /** The same as a code (schemas/reasons.ts), for the page's bokmål. */
  reviewReasonCode: Reason.nullable().optional(),
  /**
   * Another area named by the letter's evidence (a law, a unit, a reference format, a benefit) at least
   * as strongly as the area answered: the new-case confidence is capped, and the review reason names both.
   */
  areaContestedBy: AreaCode.optional(),
  textSource: TextSource,
  pages: z.number().int().positive(),
  /** Words/phrases that drove the decision, for the archivist's page. */
  explanation: z.array(z.object({ feature: z.string(), weight: z.number() })).default([]),
  modelVersion: z.string(),
  /** The cover sheet the scan came with: its case is the document's case, its type (if named) the document's type. */
  cover: CoverSheet.optional(),
  /** The documents found in a scan that holds more than one, and the listed attachments it lacks. */
  bundle: BundleAnalysis.optional(),
  /** What the document can stand for in another letter's list of attachments (a decision copy, a medical declaration). */
  answersAttachments: z.array(AttachmentCategory).optional(),
});
export type Classification = z.infer<typeof Classification>;

/** An archivist's decision on a document in review: it starts a new execution that resumes at Link. */
export const ArchivistDecision = z.object({
  documentId: z.string(),
  archivist: z.string().min(1),
  documentType: DocumentType.optional(),
  area: AreaCode.optional(),
  caseId: z.string().optional(),
  /** The chosen case looked like another person's (ids or references none of the case's) and the archivist confirmed it. */
  confirmedOtherPerson: z.literal(true).optional(),
  fields: ExtractedFields.partial().optional(),
  decidedAt: z.iso.datetime(),
  /**
   * Not a person's decision: the document waited beside this one, which an archivist has decided, and
   * is carried on to find its case. Nothing is corrected and its own review reasons still count.
   */
  carriedOnAfter: z.string().optional(),
});
export type ArchivistDecision = z.infer<typeof ArchivistDecision>;

export const Deadline = z.object({
  kind: DeadlineKind,
  due: IsoDate,
  missed: z.boolean().optional(),
});
export type Deadline = z.infer<typeof Deadline>;

export const ProcessStatus = z.enum(['routed', 'review', 'rejected']);

/** What a line's `confidence` is the probability of: the type alone (a follow-up on an existing case, which takes its area) or type and area. */
export const ConfidenceOf = z.enum(['type', 'type_and_area']);
export type ConfidenceOf = z.infer<typeof ConfidenceOf>;

/** The CLI's JSON line for one file (SPEC.md "Command line contract"). */
export const ProcessResult = z.object({
  file: z.string(),
  documentId: z.string(),
  status: ProcessStatus,
  reason: z.string().nullable(),
  documentType: DocumentType.nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  /** Which confidence the decision used (QA s15): absent on lines from before it was said. */
  confidenceOf: ConfidenceOf.optional().describe("What confidence is the probability of: 'type' for a follow-up registered on an existing case (it takes the case's area, so only its type had to be sure), else 'type_and_area'"),
  area: AreaCode.nullable(),
  language: Language.nullable(),
  pages: z.number().int().nonnegative().nullable(),
  textSource: TextSource.nullable(),
  fields: ExtractedFields.nullable(),
  caseId: z.string().nullable(),
  keywords: z.array(z.string()),
  deadlines: z.array(Deadline),
  closedDeadlines: z.array(DeadlineKind),
  queue: z.string(),
  /** Present when these bytes were processed before: the documentId of the first upload, whose status and outcome this line repeats. */
  duplicateOf: z.string().optional(),
  /** A part of a split file (SPEC.md "Cover sheets, separator sheets and bundles"): k of n, and its pages (1-based, inclusive). */
  part: z.number().int().positive().optional(),
  parts: z.number().int().positive().optional(),
  pageRange: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
});
export type ProcessResult = z.infer<typeof ProcessResult>;

/**
 * What the execution answers for a file split into several documents: one line per part, in page
 * order. documentId is the file's content id; status, queue and caseId are what the guard's summary
 * reads (a split file has no queue or case of its own).
 */
export const SplitOutcome = z.object({
  documentId: z.string(),
  status: z.literal('split'),
  queue: z.null(),
  caseId: z.null(),
  parts: z.array(ProcessResult).min(1),
});
export type SplitOutcome = z.infer<typeof SplitOutcome>;
