/**
 * Follow-ups wait for a case still being opened (issue 13, item 1: "or a case being created in the same
 * batch"). Letters about one case arrive together and run side by side: a medical declaration can
 * reach Link while the appeal that opens its case is between its own Link and Register. It finds no
 * case, and no document in review to wait beside (domain/registry/waiting-for-case.ts), yet its case is
 * a moment away. Each document about to open a case announces itself under its references and
 * national-id hashes at Link; a must-link document that finds no case but such a document still in
 * flight waits (the state machine's WaitForCase) and looks again, a bounded number of times, then goes
 * to review with the reason it had (no matching case).
 */
export interface CaseInFlightWait {
  /** Which look this was (1 = the first Link found a document in flight). */
  round: number;
}

/**
 * How many times Link looks again. The opener was already past its own Link when it announced itself,
 * so only Register stands between it and its case: in AWS seconds (the Wait is 2 s, so up to 20 s,
 * well inside Express's five minutes); on the embedded runtime milliseconds.
 */
export const caseInFlightRounds = 10;

/** The wait after this look, or null: nothing in flight (besides the document itself), or every round used. */
export function waitForCaseInFlight(input: { documentId: string; pending: readonly string[]; previous: CaseInFlightWait | undefined }): CaseInFlightWait | null {
  const round = (input.previous?.round ?? 0) + 1;
  if (round > caseInFlightRounds) return null;
  return input.pending.some((id) => id !== input.documentId) ? { round } : null;
}
