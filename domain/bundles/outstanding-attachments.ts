import type { AttachmentCategory } from '../../schemas/bundles.ts';
import { categoryOf, TYPE_OF } from './attachment-check.ts';

/**
 * Kontroll av vedlegg after the bundle: an attachment a main letter listed but that did not come with it
 * («Mangler vedlegg …») stops being missing when it arrives later as a document of its own on the same
 * case — matched by what it is (its type now, or what it was read as: a decision copy, a heading) — or
 * when an archivist marks it received, or not needed. A listed item of no known kind («Diverse») is never
 * cleared on a guess: only by hand.
 */
export interface CaseDocumentFacts {
  documentId: string;
  documentType: string | null;
  registeredAt: string | null;
  role?: 'main' | 'attachment' | undefined;
  mainDocumentId?: string | null | undefined;
  missingAttachments?: string[] | undefined;
  /** What the document can stand for in a list of attachments (categoriesAnswered, at Classify). */
  answersAttachments?: AttachmentCategory[] | undefined;
}

export type AttachmentResolution = 'received' | 'not_needed';

/** An archivist's mark, as the case's audit trail keeps it. */
export interface AttachmentMark {
  item: string;
  resolution: AttachmentResolution;
  by: string;
  at: string;
}

export interface ClearedAttachment {
  item: string;
  resolution: AttachmentResolution;
  /** The document that answered it, when it came; null for an archivist's mark. */
  documentId: string | null;
  by: string | null;
  at: string | null;
}

/**
 * Letters about the case (the appellant's, the first instance's): what their pages were read as is what
 * they talk about, not what they are, so only their type answers an item (review s13 M1).
 */
const LETTERS_ABOUT_THE_CASE: readonly string[] = ['appeal', 'appeal_deadline_interrupting', 'tribunal_appeal', 'comments', 'reopening_request', 'legal_costs_claim', 'case_transfer'];

const categoriesOf = (d: CaseDocumentFacts): AttachmentCategory[] => [
  ...(d.documentType !== null && LETTERS_ABOUT_THE_CASE.includes(d.documentType) ? [] : (d.answersAttachments ?? [])),
  ...Object.entries(TYPE_OF)
    .filter(([, types]) => d.documentType !== null && types?.includes(d.documentType))
    .map(([category]) => category as AttachmentCategory),
];

/** Two spellings of one listed item (the letter's, an archivist's). */
export const sameItem = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function outstandingAttachments(documents: readonly CaseDocumentFacts[], marks: readonly AttachmentMark[]): { missing: string[]; cleared: ClearedAttachment[] } {
  const missing: string[] = [];
  const cleared: ClearedAttachment[] = [];
  const used = new Set<string>();
  const byTime = [...documents].sort((a, b) => (a.registeredAt ?? '').localeCompare(b.registeredAt ?? ''));
  for (const main of byTime) {
    for (const item of main.missingAttachments ?? []) {
      if (missing.some((m) => sameItem(m, item)) || cleared.some((c) => sameItem(c.item, item))) continue;
      const mark = marks.findLast((m) => sameItem(m.item, item));
      if (mark) {
        cleared.push({ item, resolution: mark.resolution, documentId: null, by: mark.by, at: mark.at });
        continue;
      }
      const category = categoryOf(item);
      // A document that came after the letter, and not in its bundle (those were checked with it).
      const answer =
        category === 'other'
          ? undefined
          : byTime.find(
              (d) =>
                !used.has(d.documentId) &&
                d.documentId !== main.documentId &&
                d.mainDocumentId !== main.documentId &&
                (d.registeredAt ?? '') > (main.registeredAt ?? '') &&
                categoriesOf(d).includes(category),
            );
      if (answer) {
        used.add(answer.documentId);
        cleared.push({ item, resolution: 'received', documentId: answer.documentId, by: null, at: answer.registeredAt });
      } else missing.push(item);
    }
  }
  return { missing, cleared };
}
