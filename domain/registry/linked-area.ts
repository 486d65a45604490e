/**
 * SPEC.md: «A linked document takes its case's area». So an area correction belongs on the document
 * that opened the case: there it moves the whole case consistently (area, archive code, title, keywords,
 * queue). On any other document of the case — an attachment, a declaration, a letter moved in — it
 * would move the case away from its opener, so it is refused with the document to correct instead.
 * Answers the opening document to name in the refusal, or null when the correction may go ahead.
 */
export function linkedAreaRefusal(input: { area: string | undefined; caseArea: string; opensCase: boolean; caseOpener: string }): { correctOn: string } | null {
  if (input.area === undefined || input.area === input.caseArea || input.opensCase) return null;
  return { correctOn: input.caseOpener };
}
