import { z } from 'zod';
import { CoverSheet } from './sheets.ts';

/**
 * What the splitter found in a scanned file that holds more than one document (domain/bundles):
 * its parts in page order and, for a bundle whose main letter lists its attachments, the listed
 * attachments that no part answers (kontroll av vedlegg). Kept with the classification, so the
 * archivist sees it beside the document.
 */
/** What a listed attachment is (domain/bundles/attachment-check.ts), and what a document can answer. */
export const AttachmentCategory = z.enum(['decision', 'medical', 'appeal', 'consent_or_power', 'image', 'receipts', 'expert', 'application', 'record', 'other']);
export type AttachmentCategory = z.infer<typeof AttachmentCategory>;

export const BundlePartSummary = z.object({
  /** 1-based, inclusive, as a person counts the file's pages. */
  pageRange: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  role: z.enum(['main', 'attachment']),
  kind: z.enum(['letter', 'decision_copy', 'form', 'image', 'blank']),
});

/**
 * One document of a split file, as the Parts Map of statemachines/intake.asl.json carries it: each
 * part is a document of its own (its id is the file's content id and the part's number, so a re-run
 * derives the same ids), and a bundle's attachments name their main document.
 */
export const DocumentPart = z.object({
  documentId: z.string(),
  /** The content id of the scanned file the part was split from. */
  fileDocumentId: z.string(),
  /** 1-based, in page order; `parts` is how many the file holds. */
  part: z.number().int().positive(),
  parts: z.number().int().positive(),
  pageRange: BundlePartSummary.shape.pageRange,
  role: BundlePartSummary.shape.role,
  kind: BundlePartSummary.shape.kind,
  /** An attachment's main document (hoveddokument); null for a main document. */
  mainDocumentId: z.string().nullable(),
  /** The cover sheet heading the part's group: its case is the part's case. */
  cover: CoverSheet.optional(),
  /** On a main document: the attachments its letter lists that no part of the file answers. */
  missingAttachments: z.array(z.string()),
});
export type DocumentPart = z.infer<typeof DocumentPart>;

export const BundleAnalysis = z.object({
  parts: z.array(BundlePartSummary).min(1),
  missingAttachments: z.array(z.string()),
  /** Present when the file holds more than one document: the documents it is split into (the Parts Map's items). */
  documents: z.array(DocumentPart).optional(),
});
export type BundleAnalysis = z.infer<typeof BundleAnalysis>;
