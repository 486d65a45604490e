import type { PostmottakConfig } from '#schemas/config';
import type { DocumentRecord } from '../../functions/commons/store/documents.ts';

/** Whether documents of this type are special-category data (config typeRules[].specialCategory). */
export function isSpecialCategory(config: PostmottakConfig, documentType: string | null | undefined): boolean {
  return !!documentType && config.typeRules.some((rule) => rule.type === documentType && rule.specialCategory);
}

/**
 * What an access-log entry of a document read says about the document: its type and whether it is
 * special-category data, so the auditor can answer «who read the medical declarations?» (QA s14 e M4)
 * without reading the document. Never its text.
 */
export function documentReadFacts(doc: DocumentRecord, config: PostmottakConfig): { documentType?: string; specialCategory?: boolean } {
  const documentType = (doc.item.documentType as string | undefined) ?? doc.resume?.classification?.documentType ?? undefined;
  return documentType ? { documentType, specialCategory: isSpecialCategory(config, documentType) } : {};
}
