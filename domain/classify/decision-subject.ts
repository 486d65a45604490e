import type { EvidenceRule } from './evidence.ts';
import { findDecisionDateSpan } from '../fields/decision-dates.ts';
import { readable, widened } from '../text/fold.ts';
import { WORD_END as E, WORD_START as B, wholeWord as rx } from '../text/word-boundary.ts';

/**
 * The benefit the appealed decision is about (issue 13, "area from evidence"). A letter often names two
 * benefits — a disability appeal tells of years on work assessment allowance — and a benefit's name
 * alone cannot say which the case is about. A decision word alone cannot either: letters tell of earlier
 * decisions ("Jeg fikk vedtak om uføretrygd i 2019"), deny one ("Dette er ikke en klage på vedtak om …"),
 * accept a refusal, list a copy of one among the attachments (review of model9: 210 of 616 adversarial
 * letters routed with a wrong area when any decision word counted). So only the clause that says what
 * is appealed is read: "klagen gjelder …", "jeg klager på vedtaket om …", "anken gjelder …",
 * "överklagar beslutet om …", "klager over afgørelsen om …", "I appeal against the decision on …",
 * or a short heading line that is itself such a clause ("Klage på vedtak om uføretrygd"), and the
 * sentence of the decision date domain/fields/decision-dates.ts picks; never a sentence with a negation,
 * never a past-tense appeal ("klaget", "appealed": an earlier one). Measured: on the reviewer's 616
 * generated and 35 hand-written adversarial letters it routes none with a wrong area that the contest
 * held (test/classify/decision-subject-adversarial.test.ts); scripts/decision-subject-precision.ts.
 */
/** Present-tense appeal verbs and nouns; "klaget", "klagde", "appealed" tell of an earlier appeal. */
export const APPEAL = '(?:er\\s+)?uenig i|usamd i|disagree with|klage|klagen|klager|klagar|klaga|påklager|påklagar|anke|anken|anker|ankar|överklagar|överklagande|overklager|appeal|appealing';
const DECISION = 'vedtak\\p{L}*|avslag\\p{L}*|avgjørelse\\p{L}*|avgjerd\\p{L}*|stans\\p{L}*|opphør\\p{L}*|tilbakekrev\\p{L}*|beslut\\p{L}*|afgørelse\\p{L}*|afslag\\p{L}*|decision|refusal';
/**
 * What ties the decision to its matter: one of these at most 25 characters after the decision word, or
 * the application it refused ("vedtak fattet 12.11.2023, der Nav ga avslag på søknad om …") at most 60.
 */
const GOVERNS = 'om|på|angående|vedrørende|vedkomande|gällande|about|on|regarding|concerning|of';
const MATTER = `[^!?]{0,25}?${B}(?:${GOVERNS})|[^!?]{0,60}?${B}(?:søknad(?:en)?\\s+om|søknaden din om|ansøgning(?:en)? om|ansökan om|application for)`;
/**
 * An appeal clause up to the place where the benefit's name may start (at most three words later). It
 * is matched against one sentence already cut (sentenceBefore), so a date's full stops may stand in it.
 */
const CLAUSE = [
  // "klagen gjelder (vedtaket om) …", "anken gjeld …", "klagen retter seg mot vedtaket om …"
  `${B}(?:klagen|klaga|anken|anka|överklagandet)\\s+(?:gjelder|gjeld|gäller|vedrører|retter seg mot|rettar seg mot|riktar sig mot)${E}(?:[^!?]{0,25}?${B}(?:${DECISION})${E}(?:${MATTER}))?`,
  // "jeg klager på (Navs) vedtak (datert 03.02.2026) om …", "klage over afgørelsen om …", "överklagar beslutet om …"
  `${B}(?:${APPEAL})${E}(?:\\s+(?:på|over|mot|against|of|av))?[^!?]{0,25}?${B}(?:${DECISION})${E}(?:${MATTER})`,
  // The second of two decisions appealed together: "jeg klager på vedtaket om stans av AAP og på avslaget
  // på uføretrygd" names two subjects, which contest each other (session 16: both go to review).
  `${B}(?:${APPEAL})${E}(?:\\s+(?:på|over|mot|against|of|av))?[^!?]{0,25}?${B}(?:${DECISION})${E}[^!?]{0,80}?${B}(?:og|samt|and|och)\\s+(?:(?:på|over|mot|against)\\s+)?(?:(?:Navs|Nav's|Helfos|the)\\s+)?(?:${DECISION})${E}(?:${MATTER})`,
].join('|');
// Widened (text/fold.ts): "klager pa vedtaket om", "avgjorelse", "soknad" read as spelled.
const clauseBefore = widened(new RegExp(`(?:${CLAUSE})${E}\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu'));
/**
 * In the sentence of the decision's own date (the one domain/fields/decision-dates.ts picks: "Det vises
 * til vedtaket datert 2023-12-22, hvor jeg fikk avslag på søknad om uføretrygd") a decision word alone
 * governs the benefit: that sentence is about the decision appealed.
 */
const decisionBefore = widened(new RegExp(`${B}(?:${DECISION}|avslått|avslo|refused)${E}(?:${MATTER})${E}\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu'));
/**
 * A negation anywhere in the sentence before the benefit: "ikke en klage på vedtak om …". Nynorsk "no"
 * (now) is read as one too: a lift missed leaves the contest to an archivist, a wrong one routes wrongly.
 * Also a refusal to appeal or an appeal left for something else ("Uten å klage på vedtaket om AAP den
 * gangen gikk jeg videre", "latt være å", "droppet å", "istedenfor å", "rather than appeal": review of
 * area16, where main routed a disability appeal wrong to AAP at 0.99).
 */
const NEGATION = widened(new RegExp(`${B}(?:ikke|ikkje|inte|not|never|aldri|aldrig|ingen|no|${[
  'ut[ae]n å', 'utan att', 'uden at', 'without',
  'latt være å', 'lot være å', 'late vere å', 'let vere å', 'lete vere å', 'låtit bli att', 'lät bli att', 'lade bli att', 'ladet være med at', 'lod være med at', 'lade være med at',
  'dropp(?:et|a|ede|ade) (?:å|att|at|med at|med å)', 'dropped', 'decided against',
  'istedenfor å', 'istedet for å', 'i stedet for å', 'i staden for å', 'istadenfor å', 'istället för att', 'i stället för att', 'i stedet for at', 'frem for at', 'fremfor at', 'rather than', 'instead of',
].join('|')})${E}`, 'iu'));
/**
 * An appeal told as possible or reported, not made: "Dere skrev at jeg kunne klage på vedtaket om …",
 * "I could appeal the decision on …" (review of area16). "Jeg vil klage" (I wish to appeal) is an appeal
 * and is not listed.
 */
const MODAL_APPEAL = widened(new RegExp(`${B}(?:kunne|kan|kunde|kund|could|can|may|might|rett til å|retten til å|right to)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:${APPEAL})${E}`, 'iu'));
/**
 * An appeal noun whose verb is past: an earlier appeal told as history ("Klaga mi på vedtaket om
 * sjukepengar vart avgjord", "Mitt överklagande av beslutet om sjukpenning avgjordes 2022", "My earlier
 * appeal against the decision on sick pay was settled"). Read over the whole sentence, as the verb
 * mostly stands after the benefit.
 */
const APPEAL_NOUN = widened(new RegExp(`${B}(?:klage|klagen|klaga|klagene|anke|anken|anka|överklagande|överklagandet|appeal)${E}`, 'iu'));
const SETTLED = widened(new RegExp(`${B}(?:(?:ble|blei|vart|blev|blevet|blivit|was|were|been)\\s+(?:[\\p{L}\\d]+\\s+){0,8}?(?:avgjort|avgjord|afgjort|settled|decided|behandlet|behandla|behandlad|handled|ferdigbehandlet|avslutta|avsluttet|avslutad|afsluttet|closed)|avgjordes|afgjordes|behandlades|avslutades)${E}`, 'iu'));

/**
 * The text with every sentence end marked by '!' where a full stop alone would not be read as one:
 * a number's full stop followed by a capital ("vedtaket av 03.02.2026. Før det …"). Same length, so
 * indices still hold.
 */
export function markedSentenceEnds(text: string): string {
  return text.replace(/(?<=\d)\.(?=\s+\p{Lu})/gu, '!');
}

/** A sentence end within a line: a full stop not after a digit (a date's or a number's), '!', '?'. */
const SENTENCE_END = /(?<!\d)\.|[!?]/g;
/** A field line ("Vedtaksdato: 03.02.2026", "Gjelder: …"): its line break ends whatever it says. */
const FIELD_LINE = /^[ \t]*[\p{L}][\p{L} .]{0,39}:[ \t]*\S/u;
/** Shorter than this, a line followed by one that starts with a capital or a bullet is a heading. */
const HEADING_LENGTH = 45;

/**
 * Whether the line break at `at` ends the sentence: a blank line, a field line, a heading (a short line
 * before a capital), a list item. A letter's other line breaks fall inside its sentences.
 */
function lineBreakEnds(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const next = /^[ \t]*(\S?)/.exec(text.slice(at + 1))![1]!;
  if (next === '' || /^[-–•*]$/.test(next) || FIELD_LINE.test(line)) return true;
  return line.trim().length < HEADING_LENGTH && /\p{Lu}/u.test(next);
}

/** The rest of the sentence from `index`: up to its end, or a line break that ends it. */
export function sentenceAfter(text: string, index: number): string {
  const end = new RegExp(SENTENCE_END.source, 'g');
  end.lastIndex = index;
  const stop = end.exec(text)?.index ?? text.length;
  let cut = stop;
  for (let at = text.indexOf('\n', index); at !== -1 && at < stop; at = text.indexOf('\n', at + 1)) {
    if (lineBreakEnds(text, at)) { cut = at; break; }
  }
  return text.slice(index, cut);
}

/** Whether the sentence around a benefit tells of an appeal not made now: refused, possible, or settled. */
export function appealNotMadeNow(before: string, after: string): boolean {
  return NEGATION.test(before) || MODAL_APPEAL.test(before) || (APPEAL_NOUN.test(before) && SETTLED.test(`${before}${after}`));
}

/** The sentence that ends just before `index`: from the last sentence end before it. */
export function sentenceBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  let start = 0;
  for (const m of head.matchAll(SENTENCE_END)) start = m.index + 1;
  for (let at = head.indexOf('\n', start); at !== -1; at = head.indexOf('\n', at + 1)) if (lineBreakEnds(text, at)) start = at + 1;
  return head.slice(start);
}

/**
 * A lay writer's name for what was decided («uføre-søknaden min», «uføresaken», «uførevedtaket»): never
 * evidence where it stands (session 15's `ufor-lay` read anywhere was taken back with its siblings), read
 * only where the appeal clause governs it, as the benefits' names are (session 16, issue 13).
 */
export const SUBJECT_ONLY_WORDS: readonly EvidenceRule[] = [
  { id: 'subject:ufore-lay', area: 'disability', kind: 'benefit', pattern: rx('uføre-?søknad\\p{L}*|uføre-?sak(en|a)?|uføre-?vedtak\\p{L}*|uføren') },
];

/**
 * «Jeg klager fordi AAP-en min ble stoppet», «klagar på at sjukepengane vart stansa», «I appeal because my
 * sick pay was stopped»: the appeal says why, and the benefit it names was itself stopped or refused. The
 * benefit must stand at most two words after «fordi»/«på at» and its stop or refusal right after it; a
 * benefit that merely ended («tok slutt», «gikk ut») tells the history (sick pay's 52 weeks before AAP).
 */
const BECAUSE_BEFORE = widened(new RegExp(`${B}(?:${APPEAL})${E}\\s+(?:på at|over at|fordi|ettersom|sidan|because|that)\\s+(?:(?:min|mine|mitt|my|the)\\s+)?$`, 'iu'));
const STOPPED_AFTER = widened(new RegExp(`^(?:[-'’]\\p{L}{1,3})?(?:\\s+(?:min|mine|mitt|mi))?\\s+(?:ble|blei|vart|blev|har blitt|har vorte|was|has been|were)\\s+(?:stoppet|stoppa|stanset|stansa|stansede|avslått|avslåtte|avslegen|avslagen|avvist|redusert|nedsatt|trukket tilbake|stopped|refused|reduced|cut)${E}`, 'iu'));

/**
 * The areas whose benefit names the appeal clause governs. Empty when the letter says what it appeals
 * only in other words (then the contest stands and an archivist reads it).
 */
export function decisionSubjectAreas(original: string, fired: readonly EvidenceRule[]): Set<string> {
  // Every index below (a benefit's match, the decision date's span, a sentence's start) is into this one
  // text, the letter as written with ligatures and soft hyphens read: never into a folded copy.
  const text = readable(original);
  const marked = markedSentenceEnds(text);
  const dated = findDecisionDateSpan(text);
  const areas = new Set<string>();
  for (const rule of [...fired, ...SUBJECT_ONLY_WORDS]) {
    if (rule.kind !== 'benefit') continue;
    const pattern = widened(rule.pattern);
    const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of marked.matchAll(all)) {
      // A clause is read within its sentence: a heading or a "Vedtaksdato: …" line ends at its break.
      const sentence = sentenceBefore(marked, m.index);
      const ofTheDate = dated !== null && dated.start >= m.index - sentence.length && dated.end <= m.index;
      const because = BECAUSE_BEFORE.test(sentence) && STOPPED_AFTER.test(marked.slice(m.index + m[0].length));
      if ((clauseBefore.test(sentence) || because || (ofTheDate && decisionBefore.test(sentence))) && !appealNotMadeNow(sentence, sentenceAfter(marked, m.index))) {
        areas.add(rule.area);
        break;
      }
    }
  }
  return areas;
}
