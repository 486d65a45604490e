/**
 * Which words on a page drove a classification, from the classifier's explanation
 * (`type:klage`, `area:tannbehandling`, `type:oversender klagesak`, `rule:…`): each word of a
 * type or area feature, normalised as the feature extractor normalises words, so the page can
 * mark the same words where OCR found them.
 */
export type Driver = 'type' | 'area';

export interface ExplanationEntry {
  feature: string;
  weight: number;
}

const WORD = /[\p{L}§]+(?:[-'][\p{L}]+)*/gu;

export function normaliseWord(text: string): string {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).join('');
}

/** Word -> what it drove; a word that drove both the type and the area counts for the type. */
export function drivingWords(explanation: readonly ExplanationEntry[]): Map<string, Driver> {
  const driving = new Map<string, Driver>();
  for (const entry of explanation) {
    if (entry.weight <= 0) continue;
    const [prefix, ...rest] = entry.feature.split(':');
    if (prefix !== 'type' && prefix !== 'area') continue;
    for (const word of rest.join(':').normalize('NFC').toLowerCase().match(WORD) ?? []) {
      // One- and two-letter words ("i", "av") would light up half the page.
      if (word.length < 3) continue;
      if (!driving.has(word) || prefix === 'type') driving.set(word, prefix);
    }
  }
  return driving;
}

/** The words of a page (OCR or text layer) that drove the classification, with what each drove. */
export function drivingBoxes<W extends { text: string }>(words: readonly W[], driving: ReadonlyMap<string, Driver>): { word: W; driver: Driver }[] {
  const found: { word: W; driver: Driver }[] = [];
  for (const word of words) {
    const driver = driving.get(normaliseWord(word.text));
    if (driver) found.push({ word, driver });
  }
  return found;
}
