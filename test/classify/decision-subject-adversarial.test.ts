import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '#domain/classify/index';
import { classificationOf } from '../../domain/classify/stage.ts';
import { decideLink } from '../../domain/registry/linking.ts';
import { decisionSubjectAdversarialLetters, type AdversarialLetter } from '../../corpus/decision-subject-adversarial.ts';

/**
 * Review of model9 (issue 13): reading any decision word as "the decision appealed" lifted the area
 * contest on letters that name another benefit's earlier, denied, accepted or attached decision, and
 * 210 of 616 generated letters and 5 of 14 hand-written ones were routed to a new case with a wrong area.
 * A wrong area is the worst outcome (the wrong unit), so the lift may never route a letter with a wrong
 * area that the contest alone held back. `contestingArea` is the contest without the lift.
 */
const config = loadConfig();
const hand: AdversarialLetter[] = JSON.parse(readFileSync(new URL('./fixtures/decision-subject-hand-letters.json', import.meta.url), 'utf8'));

function wronglyRoutedPastTheContest(letters: AdversarialLetter[]): string[] {
  const wrong: string[] = [];
  for (const l of letters) {
    const classification = classificationOf([{ pageIndex: 0, source: 'text_layer', text: l.text }], config);
    const link = decideLink({ documentId: 'doc-1', classification, referenceMatches: [], nationalIdMatches: [] }, config);
    if (link.review || classification.area === l.area) continue;
    if (classifyDocument(l.text, config).detail.contestingArea !== null) wrong.push(`${l.id} ${l.area} → ${classification.area}`);
  }
  return wrong;
}

describe('the appeal clause never routes a letter with a wrong area that the contest held', () => {
  it('on the 616 generated letters (earlier decisions, negations, accepted refusals, attachments)', () => {
    const letters = decisionSubjectAdversarialLetters();
    expect(letters).toHaveLength(616);
    expect(wronglyRoutedPastTheContest(letters)).toEqual([]);
  });

  it('on the hand-written letters (nb, nn, sv, da, en)', () => {
    expect(hand.length).toBeGreaterThanOrEqual(35);
    expect(wronglyRoutedPastTheContest(hand)).toEqual([]);
  });
});
