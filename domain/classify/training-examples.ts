import { nationalIdCandidates } from '../fields/national-id.ts';
import { prepareText } from '../fields/text.ts';

/**
 * Archivists' labelled examples (decisions and corrections, as the table keeps them) into the lines
 * `npm run train -- --examples FILE` reads: `{ text, documentType, area, language }`, one a line.
 *
 * Training needs the words, not the people: the features (domain/classify/features.ts) read every run
 * of digits as one `<num>` token, so a national id turned into zeros trains exactly as the id did.
 * Every place an id may be written (domain/fields/national-id.ts nationalIdCandidates: any grouping,
 * OCR-misread digits, check digits right or wrong) has its digits written as zeros; separators and
 * everything else in the text stay as they were.
 */
export interface StoredExample {
  kind: 'decision' | 'correction' | 'duplicate' | 'forwarded';
  documentId: string;
  at: string;
  archivist: { documentType: string | null; area: string | null };
  language: string | null;
}

export interface TrainingLine {
  text: string;
  documentType: string;
  area: string;
  language?: string;
  /** Not read by training: where the line came from, so an operator can trace or remove one. */
  documentId: string;
  decidedAt: string;
}

/** A candidate's digits and the letters OCR puts for them; its blanks, dashes and dots stay. */
const DIGIT_PLACES = /[\p{L}\p{N}|]/gu;

export function maskNationalIds(text: string): string {
  const prepared = prepareText(text);
  let masked = '';
  let from = 0;
  for (const { start, end } of nationalIdCandidates(prepared)) {
    masked += prepared.slice(from, start) + prepared.slice(start, end).replace(DIGIT_PLACES, '0');
    from = end;
  }
  return masked + prepared.slice(from);
}

/**
 * The lines to train on: the newest answer for each document, whatever its kind (a correction after a
 * decision says what the document really is, and two lines that disagree would teach both; a duplicate
 * or forwarded mark after a decision takes the document out), kept only when that answer names a type
 * and an area. `superseded` counts the older answers, `unlabelled` the documents left out.
 */
export function selectTrainingExamples<T extends StoredExample>(examples: readonly T[]): { chosen: T[]; superseded: number; unlabelled: number } {
  const newest = new Map<string, T>();
  for (const e of examples) {
    const seen = newest.get(e.documentId);
    if (!seen || seen.at < e.at) newest.set(e.documentId, e);
  }
  const labelled = [...newest.values()].filter((e) => (e.kind === 'decision' || e.kind === 'correction') && e.archivist.documentType && e.archivist.area);
  const chosen = labelled.sort((a, b) => a.at.localeCompare(b.at) || a.documentId.localeCompare(b.documentId));
  return { chosen, superseded: examples.length - newest.size, unlabelled: newest.size - labelled.length };
}

export function trainingLine(example: StoredExample, text: string): TrainingLine {
  return {
    text: maskNationalIds(text),
    documentType: example.archivist.documentType!,
    area: example.archivist.area!,
    ...(example.language ? { language: example.language } : {}),
    documentId: example.documentId,
    decidedAt: example.at,
  };
}
