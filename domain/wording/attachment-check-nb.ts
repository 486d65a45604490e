/** A bundle part's role in SPEC's words, shown beside the document on the case page and in `postmottak case`. */
export const partRoleName = (role: 'main' | 'attachment' | undefined): string => (role === 'main' ? ' (hoveddokument)' : role === 'attachment' ? ' (vedlegg)' : '');

/** The attachment check (kontroll av vedlegg) in one line: what the main letter lists that no part answers, for the archivist to ask for. */
export const missingAttachmentsLine = (missing: readonly string[]): string | null =>
  missing.length ? `Mangler vedlegg (kontroll av vedlegg): ${missing.map((m) => `«${m}»`).join(', ')} – hoveddokumentet lister det, men det kom ikke med.` : null;
