import type { EvidenceRule } from './evidence.ts';

/**
 * The benefit the decision is about (issue 13, "area from evidence": the decision being appealed).
 * A letter often names two benefits — a disability appeal tells of years on work assessment allowance,
 * a sick-pay letter of the AAP that followed — and a benefit's name alone cannot say which the case is
 * about. The one a decision word governs in the same sentence can: "vedtak om uføretrygd", "avslag på
 * arbeidsavklaringspenger", "klage på Navs vedtak … om sykepenger", "beslut om sjukersättning",
 * "decision on sickness benefit": a decision word, then in the same sentence the word that ties it to
 * its matter (om, på, on, of …) and the benefit at most three words after it. Only benefit names
 * are read so (a law or a unit is about the case wherever it stands). Writer-independent: the structure of the sentence, not a template's wording.
 */
const DECISION_WORDS = [
  // nb/nn
  'vedtak\\p{L}*', 'avslag\\p{L}*', 'avslått', 'avslo', 'avslege', 'stans\\p{L}*', 'opphør\\p{L}*', 'avgjørelse\\p{L}*', 'avgjerd\\p{L}*',
  'tilbakekrev\\p{L}*', 'klag\\p{L}* (på|over|mot)', 'påklag\\p{L}*',
  // sv/da
  'beslut\\p{L}*', 'afslag\\p{L}*', 'afgørelse\\p{L}*', 'överklag\\p{L}*',
  // en
  'decision', 'refusal', 'refused', 'rejection', 'rejected', 'appeal against', 'appeal of',
].join('|');
const B = '(?<![\\p{L}\\d])';
/** A decision word, then at most this many characters of the same sentence before the word that governs the benefit. */
const WINDOW = 80;
// The same sentence: no full stop (but a date's or a number's: "vedtak av 12.03.2025 om", "1. mars"), no
// question or exclamation mark, no blank line; a letter's line breaks inside a sentence are kept.
const SAME_SENTENCE = `(?:(?!\\n[ \\t]*\\n)[^.!?]|(?<=\\d)\\.)`;
/** The word that ties the decision to its matter: "vedtak om", "avslag på", "beslut om", "decision on". */
const GOVERNS = 'om|på|pa|av|for|angående|vedrørende|vedkomande|til|till|about|on|of|regarding|concerning';
// The benefit stands at most three words after that word ("om varig uføretrygd", "on my sickness benefit").
const decisionBefore = new RegExp(
  `${B}(?:${DECISION_WORDS})(?![\\p{L}\\d])${SAME_SENTENCE}{0,${WINDOW}}?${B}(?:${GOVERNS})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
  'iu',
);

/**
 * The areas whose benefit names a decision word governs somewhere in the text. Empty when no benefit
 * name stands after a decision word in its sentence.
 */
export function decisionSubjectAreas(text: string, fired: readonly EvidenceRule[]): Set<string> {
  const areas = new Set<string>();
  for (const rule of fired) {
    if (rule.kind !== 'benefit') continue;
    const all = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    for (const m of text.matchAll(all)) {
      const before = text.slice(Math.max(0, m.index - WINDOW - 100), m.index);
      if (decisionBefore.test(before)) {
        areas.add(rule.area);
        break;
      }
    }
  }
  return areas;
}
