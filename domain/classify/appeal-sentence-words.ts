import { readable, widened } from '../text/fold.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';
import { evidenceRules } from './evidence.ts';
import { APPEAL, appealNotMadeNow, markedSentenceEnds, sentenceAfter, sentenceBefore } from './decision-subject.ts';

/** An area's positive words: the configuration's cue words (config.areas[].cues). */
export interface AreaWords {
  code: string;
  cues: readonly string[];
}

const APPEAL_WORD = widened(new RegExp(`${B}(?:${APPEAL})${E}`, 'giu'));
const SENTENCE_MARK = /[\s.!?]+$/u;
/**
 * How many sentences back an appeal that names nothing («Jeg klager på stansen.») is read for what it
 * appeals: «Siden da har jeg fått penger mens arbeidsevnen avklares. Nå har dere stanset disse pengene.»
 */
const POINTS_BACK = 2;
/**
 * What makes an appeal point back to the sentences before it: a demonstrative or the decision's definite
 * noun in its sentence («klager på dette», «Det klager jeg på», «this decision», «afgørelsen»).
 */
const POINTER = widened(new RegExp(`${B}(?:dette|det|denne|disse|detta|this|that|it|vedtaket|vedtaka|avslaget|stansen|stansa|stoppen|reduksjonen|nedsettelsen|avgjørelsen|avgjerda|afgørelsen|afgørelserne|afslaget|beslutet|beslutningen|decision|refusal)${E}`, 'iu'));
/**
 * A sentence denying an appeal, a decision or an application («Dette er ikke en klage på …», «Jeg har ikke
 * fått vedtak om …», «I never applied for …»), not a refusal told («Helfo vil ikke dekke …»: what is appealed).
 */
const DENIED = widened(new RegExp(`${B}(?:ikke|ikkje|inte|not|never|aldri|aldrig|ingen)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:${APPEAL}|vedtak\\p{L}*|beslut\\p{L}*|afgørelse\\p{L}*|decision|søkt|søgt|sökt|applied|fått|fikk|fekk|fick|fik|received|had)${E}`, 'iu'));
/** A heading line: the appeal noun first, no sentence mark, short (decision-subject.ts's heading length). */
const HEADING = widened(new RegExp(`^\\s*(?:klage|klagen|anke|anken|överklagande|appeal|subject:|emne:|ämne:|re:)${E}[^.!?\\n]{0,40}$`, 'iu'));

const compiled = new WeakMap<readonly AreaWords[], { code: string; pattern: RegExp }[]>();
/** A cue where a word begins, going on as it likes («sykmeld» finds «sykmeldt»), diacritics widened as elsewhere. */
function patterns(areas: readonly AreaWords[]) {
  let p = compiled.get(areas);
  if (!p) {
    p = areas
      .filter((a) => a.cues.length > 0)
      .map((a) => ({ code: a.code, pattern: widened(new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.cues.map((c) => regExpLiteral(c.trim())).join('|')})`, 'iu')) }));
    compiled.set(areas, p);
  }
  return p;
}

/**
 * The sentences in which the writer appeals now: one holding a present-tense appeal word that is not
 * refused, reported as possible or told as settled (decision-subject.ts reads them alike). When such a
 * sentence names nothing of its own («Jeg klager på dette.», «I appeal.»), the sentences it points back
 * to, up to the first before it that names an area (at most POINTS_BACK), are read with it.
 */
export function appealSentences(original: string, areas: readonly AreaWords[]): string[] {
  const text = markedSentenceEnds(readable(original));
  const out: string[] = [];
  let last = -1;
  for (const m of text.matchAll(APPEAL_WORD)) {
    const before = sentenceBefore(text, m.index);
    const start = m.index - before.length;
    if (start <= last) continue;
    const after = sentenceAfter(text, m.index);
    last = m.index + after.length;
    // Read as decision-subject.ts reads a benefit after the clause: the appeal word itself is in `before`.
    if (appealNotMadeNow(`${before}${m[0]}`, after.slice(m[0].length))) continue;
    const sentence = `${before}${after}`;
    out.push(sentence);
    // A heading («Klage», «Klage på vedtak») points forward to the letter, not back into the address block.
    // «Jeg klager og ber om ny vurdering» points nowhere in particular: the letter's story before it may be history.
    if (HEADING.test(sentence) || !POINTER.test(sentence) || areasIn(sentence, areas).size > 0) continue;
    let from = start;
    for (let back = 0; back < POINTS_BACK; back++) {
      const end = from - (SENTENCE_MARK.exec(text.slice(0, from))?.[0].length ?? 0);
      if (end <= 0) break;
      const previous = sentenceBefore(text, end);
      from = end - previous.length;
      // «Dette er ikke en klage på vedtak om sykepenger»: a benefit denied is not what «dette» appeals.
      if (DENIED.test(previous)) continue;
      out.push(previous);
      if (areasIn(previous, areas).size > 0) break;
    }
  }
  return out;
}

/**
 * The areas whose words a letter of `areaCode` uses for its own matter: a sanction against a
 * practitioner names the trade («fysioterapeuten», «tannlegen»), as evidence.ts's rules that yield say.
 */
function tradesOf(areaCode: string): Set<string> {
  return new Set(evidenceRules.filter((r) => r.yieldsTo === areaCode).map((r) => r.area));
}

function areasIn(sentence: string, areas: readonly AreaWords[]): Set<string> {
  return new Set(patterns(areas).filter((a) => a.pattern.test(sentence)).map((a) => a.code));
}

/**
 * Another area the appeal's own sentences name while saying nothing of the answered one: the writer
 * says what is appealed in words of that area, so a reading carried by benefits named elsewhere (told
 * as history: «Jeg har hatt sykepenger i et halvt år. Nå nekter dere å dekke psykologtimene. Jeg
 * klager på det.») is not opened unread. A benefit named only outside those sentences never contests:
 * the commonest lay appeal tells its benefit's history and then appeals «it» (README, session 17).
 * Null when the sentences name the answered area too, or no area at all.
 */
export function ownSentencesContest(text: string, areaCode: string, areas: readonly AreaWords[]): string | null {
  const named = new Set<string>();
  for (const s of appealSentences(text, areas)) for (const a of areasIn(s, areas)) named.add(a);
  if (named.has(areaCode)) return null;
  return [...named].find((a) => !tradesOf(areaCode).has(a)) ?? null;
}
