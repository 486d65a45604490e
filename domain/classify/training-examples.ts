import { findNationalIdMatches } from '../fields/national-id.ts';
import { prepareText } from '../fields/text.ts';

/**
 * Archivists' labelled examples (decisions and corrections, as the table keeps them) into the lines
 * `npm run train -- --examples FILE` reads: `{ text, documentType, area, language }`, one a line.
 *
 * Training needs the words, not the people: the features (domain/classify/features.ts) read every run
 * of digits as one `<num>` token, so a national id turned into zeros trains exactly as the id did.
 * Every id the field reader finds, and every other run of eleven digits (an id it refused, e.g. a
 * check digit misread), is written as zeros; nothing else in the text changes.
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

/** Eleven digits in a row, or grouped 6+5 as people write them, standing alone. */
const ELEVEN_DIGITS = /(?<!\d)\d{6}[ .]?\d{5}(?!\d)/g;

const zeros = (s: string) => s.replace(/[^\s]/g, '0');

export function maskNationalIds(text: string): string {
  const prepared = prepareText(text);
  let masked = '';
  let from = 0;
  for (const match of findNationalIdMatches(prepared)) {
    if (match.start < from) continue;
    masked += prepared.slice(from, match.start) + zeros(prepared.slice(match.start, match.end));
    from = match.end;
  }
  masked += prepared.slice(from);
  return masked.replace(ELEVEN_DIGITS, zeros);
}

/**
 * The lines to train on: the newest answer for each document (a correction after a decision says what
 * the document really is; two lines that disagree would teach both), and only answers that name a type
 * and an area (a duplicate or forwarded mail says nothing about what the text is).
 */
export function selectTrainingExamples<T extends StoredExample>(examples: readonly T[]): { chosen: T[]; superseded: number; unlabelled: number } {
  const labelled = examples.filter((e) => (e.kind === 'decision' || e.kind === 'correction') && e.archivist.documentType && e.archivist.area);
  const newest = new Map<string, T>();
  for (const e of labelled) {
    const seen = newest.get(e.documentId);
    if (!seen || seen.at < e.at) newest.set(e.documentId, e);
  }
  const chosen = [...newest.values()].sort((a, b) => a.at.localeCompare(b.at) || a.documentId.localeCompare(b.documentId));
  return { chosen, superseded: labelled.length - chosen.length, unlabelled: examples.length - labelled.length };
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
