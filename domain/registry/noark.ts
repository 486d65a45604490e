/**
 * The archivists' vocabulary (Noark 5). A document is a journalpost; the machine speaks it so that an
 * archivist reading the store sees the register they know.
 */

/** journalposttype: I = inngående dokument. Everything postmottak registers arrives from outside. */
export const INCOMING = 'I' as const;

/**
 * journalstatus: M (midlertidig registrert) while the machine's reading awaits an archivist;
 * J (journalført) once confirmed, by a confidence over the threshold or by an archivist.
 */
export type JournalStatus = 'M' | 'J';

export function journalStatusFor(input: { confidence: number; threshold: number; confirmedByArchivist: boolean }): JournalStatus {
  return input.confirmedByArchivist || input.confidence >= input.threshold ? 'J' : 'M';
}

/** saksstatus of a saksmappe under behandling; the appeals body's own status (NY, ATRY) is kept beside it. */
export const CASE_UNDER_TREATMENT = 'B' as const;

/**
 * avskrivningsmåte. A restanse (an incoming document that needs an answer) stays open until written
 * off; the pipeline only ever writes one off when a later incoming document supersedes what it was
 * waiting for (the grounds of a deadline-interrupting appeal arrive), which the archive records as
 * TE (tatt til etterretning) with a reference to the later document. Replies (BU, BE, TLF) are the
 * case handler's, outside the pipeline.
 */
export type WriteOffMethod = 'TE' | 'TO' | 'BU' | 'BE' | 'TLF';

export interface Restanse {
  status: 'open' | 'written_off';
  method?: WriteOffMethod;
  /** The document that wrote it off. */
  byDocumentId?: string;
  on?: string;
}
