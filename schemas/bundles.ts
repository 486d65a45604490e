import { z } from 'zod';

/**
 * What the splitter found in a scanned file that holds more than one document (domain/bundles):
 * its parts in page order and, for a bundle whose main letter lists its attachments, the listed
 * attachments that no part answers (kontroll av vedlegg). Kept with the classification, so the
 * archivist sees it beside the document.
 */
export const BundlePartSummary = z.object({
  /** 1-based, inclusive, as a person counts the file's pages. */
  pageRange: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  role: z.enum(['main', 'attachment']),
  kind: z.enum(['letter', 'decision_copy', 'form', 'image', 'blank']),
});

export const BundleAnalysis = z.object({
  parts: z.array(BundlePartSummary).min(1),
  missingAttachments: z.array(z.string()),
});
export type BundleAnalysis = z.infer<typeof BundleAnalysis>;
