import { readable, widened } from '../text/fold.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';
import { evidenceRules } from './evidence.ts';
import { APPEAL, appealNotMadeNow, markedSentenceEnds, sentenceAfter, sentenceBefore } from './decision-subject.ts';

/**
 * An area's words from the configuration, read at run time: its cues (config.areas[].cues, everyday
 * words too) and its benefit names (config.areas[].benefits, the decision subjects).
 */
export interface AreaWords {
  code: string;
  cues: readonly string[];
  benefits: readonly string[];
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
 * noun in its sentence («klager på dette», «this decision», «afgørelsen»), or «det» as the appeal's
 * object, put first or ending the sentence («Det klager jeg på», «Jeg klager på det.», «I appeal against
 * it.»; a reason after it is cut first). «det», «it», «that» elsewhere are mostly no pointer («det er
 * urimelig», «it is unfair»), so they do not count.
 */
const POINTER = widened(new RegExp(`^\\s*(?:det|that)\\s+(?:(?:jeg|eg|jag|I)\\s+)?(?:${APPEAL})${E}|${B}(?:${APPEAL})\\s+(?:(?:på|over|mot|against)\\s+)?(?:det|it|that)[\\s.!?]*$|${B}(?:dette|denne|disse|detta|this|vedtaket|vedtaka|avslaget|stansen|stansa|stoppen|reduksjonen|nedsettelsen|avgjørelsen|avgjerda|afgørelsen|afgørelserne|afslaget|beslutet|beslutningen|decision|refusal)${E}`, 'iu'));
/**
 * A sentence denying an appeal, a decision or an application («Dette er ikke en klage på …», «Jeg har ikke
 * fått vedtak om …», «I never applied for …»), not a refusal told («Helfo vil ikke dekke …») nor a benefit
 * not received («Jeg har ikke fått sykepenger siden mars»): those are what is appealed.
 */
const DENIED = widened(new RegExp(`${B}(?:ikke|ikkje|inte|not|never|aldri|aldrig|ingen)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:${APPEAL}|vedtak\\p{L}*|beslut\\p{L}*|afgørelse\\p{L}*|decision|søkt|søgt|sökt|applied)${E}`, 'iu'));
/**
 * Where an appeal sentence's reason begins («Jeg klager på vedtaket fordi fastlegen min mener …»): the
 * reason is told in whatever words the writer has, often another area's, and is not what is appealed.
 * «da», «as», «for», «siden», «since» are also prepositions or adverbs («refusjon for fysioterapi», «since
 * January»), so they begin a reason only before a subject.
 */
const SUBJECT = 'jeg|eg|jag|i|vi|we|du|you|han|hun|ho|hon|he|she|det|den|it|de|they|min|mi|mitt|mine|mina|my|legen|lægen';
const REASON = widened(new RegExp(`${B}(?:fordi|because|eftersom|ettersom|(?:da|as|for|siden|since)(?=\\s+(?:${SUBJECT})${E}))${E}`, 'iu'));
/** A reason put before the appeal word, up to its comma: «Fordi legen min mener det, klager jeg på vedtaket». */
const FRONTED_REASON = new RegExp(`${REASON.source}[^,]*,`, 'giu');

/** A sentence without its reason: what it says is appealed or refused. */
function withoutReason(sentence: string): string {
  const told = sentence.replace(FRONTED_REASON, ' ');
  return told.slice(0, REASON.exec(told)?.index);
}
/** A heading line: the appeal noun first, no sentence mark, short (decision-subject.ts's heading length). */
const HEADING = widened(new RegExp(`^\\s*(?:klage|klagen|anke|anken|överklagande|appeal|subject:|emne:|ämne:|re:)${E}[^.!?\\n]{0,40}$`, 'iu'));

type Words = 'benefits' | 'all';
const compiled = new WeakMap<readonly AreaWords[], Record<Words, { code: string; pattern: RegExp }[]>>();
/** A word where a word begins, going on as it likes («sykmeld» finds «sykmeldt»), diacritics widened as elsewhere. */
function startsOf(words: readonly string[]): RegExp {
  return widened(new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((c) => regExpLiteral(c.trim())).join('|')})`, 'iu'));
}
/** Compiled once per configuration object: an edited configuration (a new object) is read at once. */
function patterns(areas: readonly AreaWords[], words: Words) {
  let p = compiled.get(areas);
  if (!p) {
    const of = (pick: (a: AreaWords) => readonly string[]) =>
      areas.filter((a) => pick(a).length > 0).map((a) => ({ code: a.code, pattern: startsOf(pick(a)) }));
    p = { benefits: of((a) => a.benefits), all: of((a) => [...a.cues, ...a.benefits]) };
    compiled.set(areas, p);
  }
  return p[words];
}

/** A sentence read for what is appealed: the appeal's own, or one it points back to. */
export interface AppealSentence {
  text: string;
  pointedBack: boolean;
}

/**
 * The sentences in which the writer appeals now: one holding a present-tense appeal word that is not
 * refused, reported as possible or told as settled (decision-subject.ts reads them alike). When such a
 * sentence names nothing of its own («Jeg klager på dette.», «I appeal.»), the sentences it points back
 * to, up to the first before it that names an area (at most POINTS_BACK), are read with it. A reason
 * («fordi …», «because …») is cut from each: it is not what is appealed.
 */
export function appealSentences(original: string, areas: readonly AreaWords[]): AppealSentence[] {
  const text = markedSentenceEnds(readable(original));
  const out: AppealSentence[] = [];
  let last = -1;
  for (const m of text.matchAll(APPEAL_WORD)) {
    const before = sentenceBefore(text, m.index);
    const start = m.index - before.length;
    if (start <= last) continue;
    const after = sentenceAfter(text, m.index);
    last = m.index + after.length;
    // Read as decision-subject.ts reads a benefit after the clause: the appeal word itself is in `before`.
    if (appealNotMadeNow(`${before}${m[0]}`, after.slice(m[0].length))) continue;
    const sentence = withoutReason(`${before}${after}`);
    out.push({ text: sentence, pointedBack: false });
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
      const told = withoutReason(previous);
      out.push({ text: told, pointedBack: true });
      if (areasIn(told, areas).size > 0) break;
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

function areasIn(sentence: string, areas: readonly AreaWords[], words: Words = 'all'): Set<string> {
  return new Set(patterns(areas, words).filter((a) => a.pattern.test(sentence)).map((a) => a.code));
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
  const sentences = appealSentences(text, areas);
  if (sentences.some((s) => areasIn(s.text, areas).has(areaCode))) return null;
  // The appeal sentence contests only with a benefit's name: a writer's own words of another area there are
  // mostly circumstance («Jeg klager på stansen, jeg er fortsatt sykmeldt»). A sentence a pointer reads back
  // to tells the decision itself («Helfo vil ikke dekke egenandelen. Jeg klager på dette.»): every cue counts.
  const named = new Set(sentences.flatMap((s) => [...areasIn(s.text, areas, s.pointedBack ? 'all' : 'benefits')]));
  return [...named].find((a) => !tradesOf(areaCode).has(a)) ?? null;
}
