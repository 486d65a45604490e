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
