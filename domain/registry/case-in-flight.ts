/**
 * Follow-ups wait for a case still being opened (issue 13, item 1: "or a case being created in the same
 * batch"). Letters about one case arrive together and run side by side: a medical declaration can
 * reach Link while the appeal that opens its case is between its own Link and Register, or still
 * before its Link (a scan in OCR that the text declaration overtook). It finds no case, and no document
 * in review to wait beside (domain/registry/waiting-for-case.ts), yet its case may be a moment away.
 *  - Each document about to open a case announces itself under its references and national-id hashes
 *    at Link: a must-link document that finds such a document in flight waits for it (the state
 *    machine's WaitForCase) and looks again, at most `caseInFlightRounds` times.
 *  - Each document of a batch (domain/intake/batch.ts) is on the batch's roll from Inspect until its
 *    first Link: a must-link document with no case also waits while a document of its batch that
 *    started before it looked is still before Link (its opener may be among them, unread yet), at most
 *    `batchWaitRounds` looks in all.
 * When neither holds, or the rounds are used, it goes to review with the reason it had (no matching case).
 */
export interface CaseInFlightWait {
  /** Which look this was (1 = the first Link found a reason to wait). */
  round: number;
  /** Of the rounds, how many waited for an announced opener (bounded on their own: only Register is left for it). */
  onOpener?: number | undefined;
  /** When the document first looked (ISO): only documents of its batch that started by then are waited for. */
  since?: string | undefined;
  /**
   * A wait on announced openers: their document ids. The look does not need them (the next one reads the
   * announcements again); a runtime that runs the opener can end the pause when the opener ends
   * (local/opener-wake.ts) instead of polling.
   */
  openers?: string[] | undefined;
}

/**
 * How many times Link looks again for an announced opener. The opener was already past its own Link
 * when it announced itself, so only Register stands between it and its case: in AWS seconds (the Wait is
 * 2 s, so up to 20 s, well inside Express's five minutes); on the embedded runtime milliseconds.
 */
export const caseInFlightRounds = 10;

/**
 * How many looks in all while documents of the batch are still before Link: their pages may be in OCR
 * behind others. In AWS 60 waits of 2 s (two minutes, inside Express's five). Locally each wait ends
 * when a batch-mate it may be waiting for passes Link, at the latest after 2 s while such a batch-mate
 * runs in the same process, else after 100 ms: none there can end it (local/batch-wake.ts).
 */
export const batchWaitRounds = 60;

/** The wait after this look, or null: nothing to wait for (besides the document itself), or every round used. */
export function waitForCaseInFlight(input: {
  documentId: string;
  /** Openers announced under the document's references or national-id hashes, without an outcome yet. */
  pending: readonly string[];
  /** Documents of the document's batch that started by `previous.since` (or now) and are not past Link yet. */
  beforeLink?: readonly string[];
  previous: CaseInFlightWait | undefined;
  /** Now (ISO): the first look's time, kept as `since`. */
  now?: string;
}): CaseInFlightWait | null {
  const round = (input.previous?.round ?? 0) + 1;
  // A wait written before `onOpener` existed counted opener rounds only.
  const onOpener = input.previous?.onOpener ?? input.previous?.round ?? 0;
  const since = input.previous?.since ?? input.now;
  const others = (ids: readonly string[] | undefined) => (ids ?? []).some((id) => id !== input.documentId);
  const at = (wait: CaseInFlightWait) => (since === undefined ? wait : { ...wait, since });
  if (others(input.pending) && onOpener < caseInFlightRounds) return at({ round, onOpener: onOpener + 1, openers: [...new Set(input.pending)].filter((id) => id !== input.documentId) });
  if (others(input.beforeLink) && round <= batchWaitRounds) return at({ round, onOpener });
  return null;
}
