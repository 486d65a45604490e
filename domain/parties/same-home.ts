import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * The writer says the person they write for lives with them: "min sønn Emil Lunde, som bor sammen med meg på adressen
 * over", "Gjeld: Emil Lunde (barn, bur heime)". The writer's own head is then that person's address too (a parent writing
 * for a child at home). Only the clause that follows the person's name counts, and only without a negation before the
 * verb: "som ikke lenger bor hjemme", a brother who "bor fortsatt hjemme" in another sentence, or "Min mor bor hos meg"
 * say nothing of where the person lives (review 14, H1). "bor hos oss" from a care home is the institution's, no home.
 */
const LIVES_WITH_WRITER = /(?<![\p{L}])(?:bor|bur|lives)[ \t]+(?:(?:fortsatt|framleis|fremdeles|still)[ \t]+)?(?:sammen[ \t]+med[ \t]+meg|saman[ \t]+med[ \t]+meg|hjemme|heime|hos[ \t]+meg|hjå[ \t]+meg|på[ \t]+adressen[ \t]+over|på[ \t]+adressa[ \t]+over|with[ \t]+me|at[ \t]+home)(?![\p{L}])/iu;
const NEGATION = /(?<![\p{L}])(?:ikke|ikkje|inte|not|no|never|aldri)(?![\p{L}])/iu;
/** The clause after a name: to the sentence's or the line's end, a bounded read. */
const CLAUSE_AFTER = /^[^.!?\n]{0,120}/u;
/** A sentence whose subject is «the child» (the letter's one child): "Barnet bor på adressen over". */
const THE_CHILD = /(?:^|[.!?]\s+|\n)(?:Barnet|The child)(?![\p{L}])/gu;

const escapeName = (name: string) => regExpLiteral(name).replace(/\s+/gu, '\\s+');

/** The phrase in the clause after the match, with no negation before its verb. */
function saidAfter(text: string, at: RegExp): boolean {
  for (const m of text.matchAll(at)) {
    const clause = CLAUSE_AFTER.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const verb = LIVES_WITH_WRITER.exec(clause);
    if (verb && !NEGATION.test(clause.slice(0, verb.index))) return true;
  }
  return false;
}

export function livesWithWriter(text: string, name: string): boolean {
  // "Gjelder: Emil Lunde … Barnet bor på adressen over": «barnet» is the one child the letter is about.
  return saidAfter(text, new RegExp(`(?<![\\p{L}])${escapeName(name)}(?![\\p{L}])`, 'gu')) || saidAfter(text, THE_CHILD);
}

/**
 * Whether the name stands whole wherever the letter writes it: followed by a space, a comma, a bracket or a full stop.
 * A scan mark inside a surname ("Leiv Neshe:im") leaves the name read short; the home is then not given to it.
 */
export function writtenWhole(text: string, name: string): boolean {
  const at = new RegExp(`(?<![\\p{L}])${escapeName(name)}(?<after>.?)`, 'gu');
  let seen = false;
  for (const m of text.matchAll(at)) {
    seen = true;
    if (!/^(?:$|[\s,.;()])/u.test(m.groups!.after!)) return false;
  }
  return seen;
}

/**
 * The writer says they and the person they write for live at one address (session 24, issue #16 gap 4): «Vi bor sammen i
 * Granveien 3, 1410 Kolbotn», «vi bor begge på …», nn «Vi bur saman i …», sv «Vi bor tillsammans på …», da «Vi bor sammen på
 * …», en «We live together at …», «We both live at …». Only the present tense («Vi bodde sammen i …» is a past home; «We will
 * live together at …» a home to come), no negation before the verb, and the address whole in the same sentence; two such
 * addresses say nothing. Not when the «vi» is the writer's own pair, nor when the letter puts the appellant in a care home.
 */
const WE_LIVE_TOGETHER = /(?:^|[.!?][ \t]+|\n[ \t]*)(?<before>(?:[Vv]i|[Ww]e)(?:[ \t]+\p{L}+){0,2}?)[ \t]+(?:bor|bur|live)[ \t]+(?:(?:sammen|saman|tillsammans|together|begge|båda|both)[ \t]+){1,2}(?:i|på|at|in)[ \t]+(?<address>[^\n!?]{6,90}?)(?=[.!?]?[ \t]*(?:\n|$)|\.[ \t]+\p{Lu})/gu;
const WE_BOTH_LIVE = /(?:^|[.!?][ \t]+|\n[ \t]*)(?<before>(?:[Vv]i|[Ww]e)(?:[ \t]+\p{L}+){0,2}?)[ \t]+(?:both|begge|båda)[ \t]+(?:live)[ \t]+(?:at|in)[ \t]+(?<address>[^\n!?]{6,90}?)(?=[.!?]?[ \t]*(?:\n|$)|\.[ \t]+\p{Lu})/gu;

/** «We will live together», «Vi skal bo sammen»: a home to come, not the one to write to (session 24's review). */
const TO_COME = /(?<![\p{L}])(?:will|shall|would|going|skal|ska|skall|kommer|vil|skulle|ville)(?![\p{L}])/iu;
/**
 * The writer paired with someone before the «vi» sentence: «Min mann og jeg …», «Datteren min og jeg flyttet …», sv «Min son och
 * jag …», da «… og mig», «my husband and I …», «jeg og samboeren min …». The «vi» may then be that pair, not the writer and the
 * appellant (session 24's reviews): only words that name the appellant («Arvid og jeg») leave the shared home. A comma before
 * «og jeg» joins two clauses («…, og jeg klager»), no pair; «I» only in capitals (nb «og i dag»).
 */
const PAIRED_BEFORE = /(?<![\p{L}])(?<words>\p{L}+(?:[ \t]+\p{L}+){0,2})[ \t]+(?:[Oo]g|[Oo]ch|[Aa]nd)[ \t]+(?:[Jj]eg|[Ee]g|[Jj]ag|[Mm]ig|I)(?![\p{L}])/gu;
const PAIRED_AFTER = /(?<![\p{L}])(?:[Jj]eg|[Ee]g|[Jj]ag|I)[ \t]+(?:og|och|and)[ \t]+(?<words>\p{L}+(?:[ \t]+\p{L}+){0,2})/gu;

function pairedWithAnother(before: string, appellant: string): boolean {
  const given = appellant.trim().split(/\s+/u)[0] ?? '';
  const namesAppellant = (words: string) => given.length > 1 && new RegExp(`(?<![\\p{L}])${regExpLiteral(given)}(?![\\p{L}])`, 'u').test(words);
  return [...before.matchAll(PAIRED_BEFORE), ...before.matchAll(PAIRED_AFTER)].some((m) => !namesAppellant(m.groups!.words!));
}
/** The letter puts the appellant somewhere else: a care home, an institution (session 24's review). */
const LIVES_ELSEWHERE = /(?<![\p{L}])(?:\p{L}*sykehjem\p{L}*|\p{L}*sjukeheim\p{L}*|institusjon\p{L}*|\p{L}*omsorgsbolig\p{L}*|\p{L}*omsorgsbustad\p{L}*|plejehjem\p{L}*|äldreboende\p{L}*|aldershjem\p{L}*|care[ \t]+home|nursing[ \t]+home|institution)(?![\p{L}])/iu;

export function sharedHomeStated(text: string, appellant: string, parse: (value: string) => string[] | null): string[] | null {
  if (LIVES_ELSEWHERE.test(text)) return null;
  const found = [...text.matchAll(WE_LIVE_TOGETHER), ...text.matchAll(WE_BOTH_LIVE)]
    .filter((m) => !NEGATION.test(m.groups!.before!) && !TO_COME.test(m.groups!.before!) && !pairedWithAnother(text.slice(0, m.index + m[0].length), appellant))
    .map((m) => parse(m.groups!.address!.trim()))
    .filter((a): a is string[] => a !== null);
  const distinct = [...new Map(found.map((a) => [a.join('|').toLowerCase(), a])).values()];
  return distinct.length === 1 ? distinct[0]! : null;
}
