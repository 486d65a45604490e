import type { BundleAnalysis } from '../../schemas/bundles.ts';
import type { SheetCode } from '../../schemas/sheets.ts';
import { checkAttachments } from './attachment-check.ts';
import { splitBundle } from './split.ts';

export interface AnalysedPage {
  pageIndex: number;
  text: string;
  sheet?: SheetCode | undefined;
}

/**
 * The parts of a scanned file and the attachments its main letter lists but the file lacks; null
 * for a file that is one document with no sheets in it (nothing to report). Attachments are checked
 * only in a bundle: a single letter's attachments often travel in another envelope or file.
 */
export function bundleAnalysis(pages: readonly AnalysedPage[]): BundleAnalysis | null {
  const ordered = [...pages].sort((a, b) => a.pageIndex - b.pageIndex);
  const plan = splitBundle(ordered.map((p) => ({ text: p.text, hasText: p.text.trim() !== '', sheet: p.sheet ?? null })));
  if (plan.parts.length <= 1 && plan.sheetPages.length === 0) return null;
  const textOf = (indexes: number[]) => indexes.map((i) => ordered[i]!.text).join('\n');
  const main = plan.parts.find((p) => p.role === 'main');
  const attachments = plan.parts.filter((p) => p.role === 'attachment' && p.group === main?.group);
  const check = main && attachments.length > 0 ? checkAttachments(textOf(main.pages), attachments.map((a) => ({ kind: a.kind, text: textOf(a.pages) }))) : null;
  return {
    parts: plan.parts.map((p) => ({ pageRange: [ordered[p.pages[0]!]!.pageIndex + 1, ordered[p.pages.at(-1)!]!.pageIndex + 1], role: p.role, kind: p.kind })),
    missingAttachments: check?.missing ?? [],
  };
}
