/**
 * A record system's (EPJ's) header: fields with dot leaders, two to a line («Navn.....: KARIMI, NADIA   Fnr.....: …»,
 * «Lege.....: LUNDE, PER   Fnr.....: …»). The id is the patient's, so the name beside it is its holder's only in a patient
 * field; in the doctor's, the referrer's, the practitioner's or a relative's field it is not (review of qafix23: a
 * «Lege» or «Rekvirent» field on the id's line named the doctor the appellant).
 */
const DOT_LEADER_AT_END = /\.{2,}\s*:?\s*\(?\s*$/u;
/** A field's label: up to three words a single space apart, then the dot leaders and a colon. */
const FIELD = /(?<label>\p{L}+(?: \p{L}+){0,2})\s*\.{2,}\s*:/gu;
const FIELD_AT_START = /^\s*(?<label>\p{L}+(?: \p{L}+){0,2})\s*\.{2,}\s*:/u;
const PATIENT_FIELD = /^(?:navn|namn|name|pasient|patient|pasientnavn|pasientens navn|patientens namn|patient name)$/iu;

/**
 * Whose name the id's line gives, when the id's label has dot leaders: 'here' (a patient field before it on the line),
 * 'above' (another field before it, a patient field on the nearest line above), 'nobody' (another field, or a line above
 * that is another's field); undefined when the line is no record's field and the usual reading holds.
 */
export function recordFieldHolder(lines: readonly string[], line: number, beforeId: string): 'here' | 'above' | 'nobody' | undefined {
  if (!DOT_LEADER_AT_END.test(beforeId)) return undefined;
  const fields = [...beforeId.matchAll(FIELD)].map((m) => m.groups!.label!.trim());
  const aboveLabel = nearestLineAbove(lines, line)?.match(FIELD_AT_START)?.groups?.label?.trim();
  const patientAbove = aboveLabel !== undefined && PATIENT_FIELD.test(aboveLabel);
  if (fields.length >= 2) {
    if (PATIENT_FIELD.test(fields.at(-2)!)) return 'here';
    return patientAbove ? 'above' : 'nobody';
  }
  // «Lege.....: LUNDE, PER» over «Fødselsnr....: …»: the line above names the doctor, not the id's holder.
  return aboveLabel !== undefined && !patientAbove ? 'nobody' : undefined;
}

function nearestLineAbove(lines: readonly string[], line: number): string | null {
  for (let i = line - 1; i >= Math.max(0, line - 2); i--) if (lines[i]!.trim() !== '') return lines[i]!;
  return null;
}
