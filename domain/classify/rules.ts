import type { DocumentType } from '#schemas/taxonomy';

/**
 * Hard cues: a heading that names the document type outright. They do not decide alone; each adds a
 * fixed amount to its type's score before the softmax, so the learned model can still overrule a
 * heading quoted out of context (a "fristavbrytende klage" mentioned in the grounds sent later).
 * The boost is part of the model file and is chosen by measurement in scripts/train.ts.
 */
export interface HardCue {
  type: DocumentType;
  /** Matched against each heading line (see headingLines). */
  heading: RegExp;
  /** Must also occur somewhere in the text, when given. */
  alsoInText?: RegExp;
  /** Why, for the explanation shown to the archivist. */
  label: string;
}

export const hardCues: HardCue[] = [
  { type: 'appeal_deadline_interrupting', heading: /^(foreløpig\s+(og\s+)?)?fristavbryt[ae]nde\s+klage\b/i, label: 'heading "fristavbrytende klage"' },
  { type: 'tribunal_ruling', heading: /^(trygderetten\s*[–-]\s*)?k\s?j\s?e\s?n\s?n\s?e\s?l\s?s\s?e\s*$/i, alsoInText: /slutning|s l u t n i n g/i, label: 'heading "kjennelse" with a "slutning"' },
  { type: 'tribunal_appeal', heading: /^anke\s+(til|inn for)\s+trygderetten\b/i, label: 'heading "anke til Trygderetten"' },
  { type: 'invoice', heading: /^(faktura|invoice)\b/i, alsoInText: /konto|account|forfall|due date|betal/i, label: 'heading "faktura" with payment details' },
  { type: 'legal_costs_claim', heading: /^krav om (dekning av )?saks(omkostninger|kostnader)\b/i, label: 'heading "krav om saksomkostninger"' },
  { type: 'consent', heading: /^samtykke(erklæring|skjema)?\b/i, alsoInText: /samtykk/i, label: 'heading "samtykke"' },
  { type: 'medical_declaration', heading: /^(legeerklæring|epikrise|lægeerklæring|läkarintyg|medical certificate)\b/i, label: 'heading "legeerklæring"' },
  { type: 'case_transfer', heading: /^oversend(else|ing) av klagesak\b/i, label: 'heading "oversendelse av klagesak"' },
  // SPEC.md's cue words as headings, in the languages the product reads (issue 13): a writer who names
  // the document names its type. Each one's precision is printed by scripts/hard-cue-precision.ts.
  { type: 'comments', heading: /^(Merknad(er)?|MERKNAD(ER)?|Merknader til oversendelse(n|sbrevet)?|Merknader til oversendinga|Merknader til oversendingsbrevet|Bemærkninger til oversendelsen|Comments on the (transfer|forwarding) letter|Synpunkter på översändandet)$/, label: 'heading "merknader"' },
  // The whole line, or with a name after a dash: an invoice's line item ("Sakkyndig erklæring, yrkesskade") is not a heading.
  { type: 'expert_statement', heading: /^(sakkyndig(e)? (erklæring|uttalelse|fråsegn|vurdering)|sakkunnig(t)? (utlåtande|yttrande)|sagkyndig erklæring|expert (statement|opinion))(\s*[–:-]\s*[\p{L} .]+)?$/iu, label: 'heading "sakkyndig erklæring"' },
  { type: 'reopening_request', heading: /^(begjæring|anmodning|krav|oppmoding|søknad) om (gjenopptak(else)?|omgjøring|omgjering)\b|^request (for|to) reopen/i, label: 'heading "begjæring om gjenopptak"' },
  { type: 'legal_costs_claim', heading: /^(krav om (dekning av )?(sakskostnader|saksomkostningar|sakskostnadar)|claim for (legal )?costs|krav om dækning af sagsomkostninger|yrkande om ersättning för (ombuds|rättegångs)kostnader)\b/i, label: 'heading "krav om saksomkostninger"' },
];

/** Short lines near the top: where a letter's heading is, whatever its letterhead looks like. */
export function headingLines(text: string, max = 25): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && l.length <= 70)
    .slice(0, max);
}

export function matchHardCues(text: string): HardCue[] {
  const lines = headingLines(text);
  return hardCues.filter((cue) => lines.some((l) => cue.heading.test(l)) && (!cue.alsoInText || cue.alsoInText.test(text)));
}
