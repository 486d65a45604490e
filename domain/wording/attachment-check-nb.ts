/** A bundle part's role in SPEC's words, shown beside the document on the case page and in `postmottak case`. */
export const partRoleName = (role: 'main' | 'attachment' | undefined): string => (role === 'main' ? ' (hoveddokument)' : role === 'attachment' ? ' (vedlegg)' : '');

/** The attachment check (kontroll av vedlegg) in one line: what the main letter lists that no part answers, for the archivist to ask for. */
export const missingAttachmentsLine = (missing: readonly string[]): string | null =>
  missing.length ? `Mangler vedlegg (kontroll av vedlegg): ${missing.map((m) => `«${m}»`).join(', ')} – hoveddokumentet lister det, men det kom ikke med.` : null;

/**
 * A listed attachment no longer missing, on the case page: the later document that answered it by its file
 * name (as the document list names it; the page links it), or who marked it and how.
 */
export function clearedAttachmentWords(
  cleared: { item: string; resolution: 'received' | 'not_needed'; documentId: string | null; by: string | null },
  documents: readonly { documentId: string; fileName?: string | null | undefined }[],
): { text: string; document: { documentId: string; name: string } | null } {
  if (cleared.documentId === null) {
    return { text: `Vedlegg «${cleared.item}» markert som ${cleared.resolution === 'received' ? 'mottatt' : 'ikke nødvendig'} av ${cleared.by ?? '–'}`, document: null };
  }
  const { documentId } = cleared;
  const name = documents.find((d) => d.documentId === documentId)?.fileName ?? documentId;
  return { text: `Vedlegg «${cleared.item}» kom senere: `, document: { documentId, name } };
}
