import type { DecisionDateOf } from '#schemas/config';
import type { IsoDate } from '#schemas/taxonomy';
import { DATING_WORDS, findDateMentions, toIsoDate, type DateMention } from './date-tokens.ts';
import {
  DECISION_LEAD_INS,
  DECISION_NOUN_AFTER,
  DECISION_VERB_BEFORE,
  GIVEN_VERB_BEFORE,
  IN_HAND,
  IN_WRITERS_HAND,
  REFUSAL_NOUN_AFTER,
  OUTCOME_AFTER,
  RECEIPT_LEAD_INS,
  REFERENCE_BEFORE,
  type Attribution,
} from './decision-phrases.ts';
import { lineAt, prepareText, splitLines, words } from './text.ts';

/**
 * Which written date is the date of the decision a document is about, and which the date its writer
 * received that decision. Both are read from phrases that tie a date to a decision noun ("vedtak
 * datert …", "mottok vedtaket den …"); a bare date is never taken. Where the phrase is unclear the
 * answer is null: a wrong decision date silently moves a statutory deadline, a missing one sends the
 * document to an archivist.
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary (nb, nn, sv, da, en). Compounds count: "klagevedtaket", "omprövningsbeslutet".

const DECISION_NOUN =
  /(?<![\p{L}])(\p{L}*?)(?:vedtak(?:et|a|ene)?|vedtaks?brev(?:et)?|avgjørelsen?|avgjerda?|beslutning(?:en)?|beslut(?:et)?|avgörande(?:t)?|afgørelse(?:n)?|decision[ \t]+letters?|decisions?|kjennelse(?:n)?)(?![\p{L}])/giu;
/** A label whose date is the decision's by definition. */
const DECISION_DATE_LABEL =
  /(?<![\p{L}])(?:vedtaks?dato|beslutsdatum|afgørelsesdato|decision date|date of (?:the )?decision|dato for vedtak(?:et)?)[ \t]*[:.]?[ \t]*$/iu;

const APPEALS_BODY =
  /(?<![\p{L}])(?:klageinstans|klageorgan|helseklage|klagenemnd|klagenævn|ankestyrelse|ankemotpart|appeals? bod(?:y|ies)|appellate body|national office for health service appeals)\p{L}*/iu;
const FIRST_INSTANCE =
  /(?<![\p{L}])(?:nav|helfo|arbeids- og velferdsetaten|helsedirektoratet|trygdeetaten|försäkringskassan|udbetaling danmark|pasientreiser|nav-kontor\p{L}*|kommunen?)(?:s|'s|')?(?![\p{L}])/iu;

// «kom (min klient) i hende» is matched as «kom» alone, and only when who it came to is one IN_HAND lists; «kom meg i
// hende» in a letter for someone else is dropped by receivedByWriterSide. sv «tog emot», nb «tok imot», da «tog imod»:
// took delivery of it (QA s22).
const RECEIVE_VERB = new RegExp(
  `(?<![\\p{L}])(?:mottok|mottatt|motteken|motteke|mottekne|mottek|fikk|fekk|fått|mottogs|mottog|mottagits|mottagit|mottaget|fick|erhöll|erhållit|modtog|modtaget|fik|received|receive|got|reached|arrived|nådde|kom\\s+(?:fram|frem|til|till|i\\s+posten)|kom(?=${IN_HAND}(?![\\p{L}]))|(?:tog|tagit|tok|tatt)\\s+(?:emot|imot|imod)|ble\\s+kjent\\s+med|vart\\s+kjend\\s+med|blev\\s+bekendt\\s+med|became\\s+aware\\s+of)(?![\\p{L}])`,
  'giu',
);
/** The same, for a test of a few words (no global state). */
const RECEIVE_VERB_IN = new RegExp(RECEIVE_VERB.source, 'iu');
const RECEIVE_WORDS = new Set(['mottok', 'mottatt', 'motteken', 'motteke', 'mottekne', 'mottek', 'fikk', 'fekk', 'fått', 'mottogs', 'mottog', 'mottagits', 'mottagit', 'mottaget', 'fick', 'erhöll', 'erhållit', 'modtog', 'modtaget', 'fik', 'received', 'receive', 'got', 'reached', 'arrived', 'nådde', 'kom']);

/** Words that, standing between a decision noun and a date, show the date belongs to something else. */
const FOREIGN_EVENT_WORDS = new Set([
  // the appeal, application, letters, deadlines and payments have dates of their own
  'klage', 'klagen', 'klaga', 'klaget', 'klagde', 'klagefrist', 'klagefristen', 'anke', 'anken', 'anka',
  'søknad', 'søknaden', 'søknader', 'søkte', 'søkt', 'brev', 'brevet', 'brevene', 'e-post', 'eposten',
  'henvendelse', 'henvendelsen', 'frist', 'fristen', 'innen', 'senest', 'før', 'etter', 'innkommet',
  'sendt', 'sendte', 'postlagt', 'journalført', 'periode', 'perioden', 'tom', 't.o.m.', 'f.o.m.', 'fom',
  'virkning', 'virkningstidspunkt', 'gjelder', 'gjeld', 'utbetaling', 'utbetalt', 'møte', 'konsultasjon',
  'time', 'timen', 'undersøkelse', 'undersøkelsen', 'innleggelse', 'operasjon', 'behandling', 'behandlingen',
  'klagomål', 'överklagande', 'överklagan', 'ansökan', 'ansökningen', 'inkom', 'sedan', 'utbetalning',
  'ansøgning', 'ansøgningen', 'udbetaling', 'appeal', 'appealed', 'complaint', 'application', 'applied',
  'letter', 'email', 'e-mail', 'deadline', 'before', 'until', 'after', 'period', 'payment', 'treatment',
  'meeting', 'sent',
  ...RECEIVE_WORDS,
]);
/**
 * Words that, standing between a decision noun and a date, show the sentence tells what the decision says or rests
 * on, so the date is that thing's («Vedtaket bygger på legeerklæringen av 14.02.2025», «I vedtaket står det at jeg
 * ikke møtte til samtale 20.02.2025», «the decision refers to the hospital report of …»): a verb of saying or
 * resting on, or another document, a visit or a stay in hospital. Not «at/att» alone: «vedtaket om at jeg må betale
 * tilbake, datert 3. mars 2025» dates the decision.
 */
const DESCRIBED_CONTENT_WORDS = new Set([
  // what the decision says, rests on or leaves out
  'bygger', 'byggjer', 'bygde', 'grundar', 'grunnar', 'baserer', 'basert', 'based', 'viser', 'vises', 'hänvisar', 'henviser',
  'refers', 'referring', 'nevner', 'nemner', 'nämner', 'nævner', 'mentions', 'står', 'stod', 'säger', 'siger',
  'sier', 'seier', 'says', 'states', 'stated', 'skriver', 'skrev', 'writes', 'hevder', 'påstår', 'mener', 'meiner',
  'menar', 'tar', 'tek', 'tager', 'hensyn', 'omsyn', 'hänsyn', 'ignores', 'overser', 'cites', 'relies',
  // someone else's care: the date is a visit, a stay or an operation
  'lege', 'legen', 'fastlege', 'fastlegen', 'læge', 'lægen', 'läkare', 'läkaren', 'doctor', 'gp', 'spesialist', 'spesialisten',
  'specialist', 'operert', 'operated', 'opereret', 'opererad', 'innlagt', 'innlagd', 'indlagt', 'inlagd', 'admitted',
  'samtale', 'samtalen', 'samtal', 'samtalet', 'indlæggelse', 'indlæggelsen', 'innleggelsen', 'sykehus', 'sykehuset',
  'sjukehus', 'sjukehuset', 'sjukhus', 'sjukhuset', 'hospital', 'hospitalet', 'undersøgelse', 'undersøgelsen',
  'undersökning', 'undersökningen', 'examination', 'visit', 'frisk', 'healthy', 'syk', 'sjuk', 'ill', 'sick',
  'besøk', 'besøket', 'besøg', 'besøget', 'besök', 'besöket', 'syg', 'sykmeldt', 'sykemeldt', 'sjukmeld', 'sjukmeldt',
  'sygemeldt', 'sjukskriven', 'sjukskrevs', 'sjukskrivning', 'sjukskrivningen',
  // a phone call or a talk has its own day («vedtaket, som eg snakka med sakshandsamar om på telefon 3. oktober»)
  'telefon', 'telefonen', 'telefonsamtale', 'telefonsamtalen', 'telefonsamtal', 'telefonsamtalet', 'phone', 'telephone',
  'ringte', 'ringde', 'ringet', 'ringt', 'ringede', 'called', 'rang', 'phoned', 'discussed', 'snakket', 'snakka',
  'pratet', 'prata', 'talade', 'talte',
]);
/** Another document, by its name or a compound of it («legeerklæringen», «läkarintyget», «the hospital report»). */
const OTHER_DOCUMENT = /^\p{L}*(?:erklæring|erklæringa|erklæringen|erklæringer|intyg|intyget|intyga|rapport|rapporten|report|epikrise|epikrisen|journal|journalen|journalnotat|notat|notatet|uttalelse|uttalelsen|fråsegn|fråsegna|utlåtande|utlåtandet|udtalelse|udtalelsen|attest|attesten|statement)$/iu;
/** Right before a decision noun: an earlier or another decision than the one the letter is about. */
const EARLIER_DECISION_WORDS = new Set([
  'tidligere', 'tidlegare', 'tidigare', 'forrige', 'førre', 'föregående', 'foregående', 'earlier', 'previous',
  'prior', 'former', 'gammelt', 'gamle', 'old', 'annet', 'anna', 'annat', 'andet', 'another', 'other',
]);
/** Laws are cited with their own dates ("folketrygdloven av 28. februar 1997"). */
const LAW_WORD = /^(?:lov|loven|lova|lag|lagen|forskrift\p{L}*|forordning\p{L}*|act|regulations?|\p{L}+(?:loven|lova|lagen|balken))$/iu;
/** A date right after these ends a period or a range, it does not date the decision. */
const RANGE_END_WORDS = new Set(['til', 'to', 'until', 'tom', 'mellom', 'between', 'og', 'and', 'eller', 'or', '-', 'fram', 'frem']);
const FROM_WORDS = new Set(['fra', 'frå', 'from', 'från', 'fom', 'f.o.m.', 'fr.o.m.']);
/** Whose decision it is ("vedtaket vårt frå …") says nothing about a period. */
const POSSESSIVES = new Set(['vår', 'vårt', 'våre', 'mitt', 'min', 'mi', 'dykkar', 'deres', 'ditt', 'din', 'ert', 'jeres', 'vores', 'our', 'your', 'my', 'sitt', 'sin', 'hans', 'hennes']);
/**
 * Right before the decision noun, the writer appealing it («Jeg klager på vedtaket den …», «Jag överklagar ert beslut
 * den …», «I appeal your decision …»): then «den» and a day after the noun date the decision (session 23).
 */
const APPEAL_BEFORE_NOUN = new RegExp(
  `(?<![\\p{L}])(?:klager|klagar|påklager|överklagar|overklager|appeal|appealing)(?:[ \\t]+(?:på|over|mot|against))?(?:[ \\t]+(?:${[...POSSESSIVES].join('|')}))?[ \\t]*$`,
  'iu',
);
/** A line that ends in one of these runs on to a date below it, across a blank line too. */
const DANGLING_DATING = /(?<![\p{L}])(?:av|datert|dagsett|daterat|daterad|dateret|dated|of|af|den|fra|frå|från|from)[ \t]*$/iu;
/** The only words a day without its year (or a date across a blank line) may follow to date the decision. */
const NEW_PATH_DATING_WORDS = new Set([...DATING_WORDS, 'dat', 'fra', 'frå', 'från', 'from']);
/** «…, datert 3. mars 2026» at the end of what stands between the noun and its date. */
const EXPLICITLY_DATED_BACK = /,[ \t]*(?:datert|dagsett|daterat|daterad|dateret|dated)(?:[ \t]+den)?[ \t]*$/iu;
/**
 * «vedtaket (som) dere sendte meg DATO», «the decision you sent me on …», nn «vedtaket de gjorde 3.okt», «vedtaket de
 * fatta …», «the decision you made on …»: the office sending or making it dates the decision.
 */
const OFFICE_SENT =
  /^\s*(?:som\s+|that\s+)?(?:dere|dykk|de|dei|ni|you|nav|helfo)\s+(?:sendte|sende|skickade|sent|gjorde|fattet|fatta|fattade|traff|tok|tog|made|issued)(?:\s+(?:meg|mig|me|oss|us))?(?:\s+(?:den|on))?\s*$/iu;
/** What may stand between a decision noun and its date in a phrase that says so plainly. */
const PLAIN_PHRASE_WORDS = new Set([
  ...DATING_WORDS, ...FROM_WORDS, 'den', 'd.', 'on', 'the', 'som', 'er', 'ble', 'vart', 'var', 'blei', 'was', 'is',
  'fattet', 'fatta', 'truffet', 'teke', 'gjort', 'made', 'issued', 'fattades', 'fattat', 'meddelt', 'truffen',
]);

// ---------------------------------------------------------------------------------------------
// Dates that are something else: the letter's own date, received stamps, document lists.

// «dagsett»/«dateret» label the letter's date only heading a line or before a colon: in running text they date what
// stands before them («vedtaket dykkar er dagsett 3. mars», «afgørelse dateret 12.03.2025»).
const DATE_LABEL = /(?:(?<![\p{L}])(?:dato|v[åa]r dato|brevdato|dagsdato|date|datum)[ \t]*[:.]?|^[ \t]*(?:dateret|dagsett)[ \t]*[:.]?|(?<![\p{L}])(?:dateret|dagsett)[ \t]*:)[ \t]*$/iu;
const STAMP_WORD =
  /(?<![\p{L}])(?:mottatt|motteke|innkommet|inngått|received|inkom(?:men)?|inkommit|modtaget|journalført|registrert|skannet|scanned|postmarked|poststemplet|poststempel)(?:[ \t]+(?:dato|date|den|d\.))?[ \t]*[:.]?[ \t]*$/iu;
const NOT_A_PLACE =
  /(?<![\p{L}])(?:vedtak\p{L}*|beslut\p{L}*|afgørelse\p{L}*|avgjørelse\p{L}*|decision\p{L}*|klage\p{L}*|anke\p{L}*|brev\p{L}*|dokument\p{L}*|vedlegg|bilag|legeerklæring|epikrise|faktura|kjennelse|frist\p{L}*|mottatt|innkommet|received|inkom\p{L}*|modtaget|journalført|født|født\p{L}*|born|fødselsdato)(?![\p{L}])/iu;
const PLACE_DATE_LINE = /^[ \t]*(?:[\p{Lu}][\p{L}.'-]*(?:[ \t]+[\p{L}.'-]+){0,2}[ \t]*,?[ \t]*)?(?:den[ \t]+|d\.[ \t]*)?$/u;
// «Bergen, datert 29.9.2026» heads or signs a letter as «Bergen, 29.9.2026» does; the comma after a place
// or a name is what tells it from «vedtaket datert …» (and a line without it is left to the rules below).
const PLACE_DATED_LINE = /^[ \t]*[\p{Lu}][\p{L}.'-]*(?:[ \t]+[\p{L}.'-]+){0,2}[ \t]*,[ \t]*(?:datert|dagsett|daterat|dateret|dated)[ \t]*:?[ \t]*$/u;
// «Dette brevet er datert …», «this letter is dated …»: the writer dating their own letter, never the decision.
// A bare «Brevet er datert …» is left out: lay writers call the decision «brevet» (QA s14 f MEDIUM-1).
const OWN_LETTER_DATED =
  /(?<![\p{L}])(?:brevet[ \t]+mitt|mitt[ \t]+brev|dette[ \t]+brevet|dette[ \t]+skrivet|klagen[ \t]+min|min[ \t]+klage|denne[ \t]+klagen|denne[ \t]+skrivelse|detta[ \t]+brev|this[ \t]+letter|my[ \t]+letter|this[ \t]+note)[ \t]+(?:er|är|is)[ \t]+(?:datert|dagsett|daterat|dateret|dated)[ \t]*$/iu;
const LIST_HEADING =
  /^[ \t]*(?:\d+[.)]?[ \t]*)?(?:dokumentliste|dokumentoversikt|dokumentfortegnelse|dokumentförteckning|oversikt over (?:sakens )?dokument\p{L}*|sakens dokument\p{L}*|dokumenter i saken|dokumenta i saka|saksdokument\p{L}*|vedlegg|vedlagt|vedlagte dokument\p{L}*|bilag|bilagor|bilagsliste|document list|list of documents|enclosures?|attachments?|følgende dokument\p{L}*|følgjande dokument\p{L}*|kopi av sakens dokument\p{L}*)(?![\p{L}])([ \t]*\(\d+\))?([ \t]*:)?(.*)$/iu;
// "+" is how OCR often reads a bullet.
const ENUMERATED = /^[ \t]*(?:\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|[-•*·–o+])[ \t]+/u;

/** «Bergen, datert 29.9.2026», «Brevet er datert …»: the letter dated in words that elsewhere date a decision. */
function datedAsTheLetter(text: string, date: DateMention): boolean {
  const line = lineAt(text, date.start);
  const before = text.slice(line.start, date.start);
  if (OWN_LETTER_DATED.test(before)) return true;
  return PLACE_DATED_LINE.test(before) && !NOT_A_PLACE.test(before) && /^[ \t.]*$/.test(text.slice(date.end, line.end));
}

function isLetterDate(text: string, date: DateMention): boolean {
  const line = lineAt(text, date.start);
  const before = text.slice(line.start, date.start);
  const after = text.slice(date.end, line.end);
  if (DATE_LABEL.test(before) || datedAsTheLetter(text, date)) return true;
  if (!PLACE_DATE_LINE.test(before) || !/^[ \t.]*$/.test(after) || NOT_A_PLACE.test(before)) return false;
  if (before.trim() !== '') return !runsOnFromLineAbove(text, line.start, before);
  // A date alone on its line is the letter's date, unless a sentence runs onto it
  // ("klage på vedtak av\n12.03.2025"): then the line before ends mid-phrase.
  const previousLines = text.slice(0, Math.max(0, line.start - 1)).split('\n');
  const previous = previousLines.at(-1)?.trim() ?? '';
  // Scanned layouts put a blank line inside a sentence ("i vedtak av\n\n24.05.2024.").
  const lastWritten = previousLines.findLast((l) => l.trim() !== '')?.trim() ?? '';
  if (previous === '' && DANGLING_DATING.test(lastWritten)) return false;
  return previous === '' || /[.!?]$/.test(previous) || DATE_LABEL.test(previous);
}

/**
 * «… klager på vedtaket fra\nPasientreiser datert 2.11.2026»: a line that reads like a place and its date («Bergen den
 * 4.11.2026») continues the sentence above when that line ends in a word that wants its object («fra», «av»), this
 * one starts with an office (the first instance or the appeals body) and dates without the comma a letterhead puts
 * after its place (QA s21 L40). «Bergen, datert 4.11.2026» under «…
 * fra Nav» stays the letter's date (datedAsTheLetter), as does a place under a line that ends a phrase.
 */
function runsOnFromLineAbove(text: string, lineStart: number, before: string): boolean {
  if (before.includes(',') || !CONTINUED_DATING.test(before)) return false;
  // Only an office continues the phrase; a bare place under «Klage på vedtak fra» / «Med kopi fra» is the letterhead's.
  const name = before.trimStart();
  if (![REFUSING_OFFICE, APPEALS_BODY].some((office) => office.exec(name)?.index === 0)) return false;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n').at(-1) ?? '';
  return DANGLING_DATING.test(above.trimEnd()) && /\p{L}/u.test(above);
}
/** The office's name, then the word that dates: «Pasientreiser datert», «Helfo av den». */
const CONTINUED_DATING = /^[ \t]*[\p{Lu}][\p{L}.'-]*(?:[ \t]+[\p{L}.'-]+)?[ \t]+(?:datert|dagsett|daterat|daterad|dateret|dated|av|af|of|fra|frå|från|from)(?:[ \t]+den)?[ \t]*$/iu;

/**
 * A printed e-mail's header or quoted-reply line: «Sendt: 14. november 2026 10:12», sv «Skickat: den 14 november 2026»,
 * «Sent: …», «On Wed, 14 Oct 2026 at 10:12, Mary Brown wrote:», «Den ons. 14. okt. 2026 kl. 10:12 skrev …:». Its date
 * is when the mail was sent, never the decision's (session 23), whatever decision noun stands on the line above.
 */
const MAIL_HEADER_LABEL = /^[ \t>]*(?:sendt|sent|skickat|skickades|afsendt|sendat)(?:[ \t]+(?:den|d\.))?[ \t]*:/iu;
/**
 * After the date, a mail client's quoted-reply line: a clock time, then «wrote/skrev …» and a colon at the line's end
 * («… at 10:12 AM Nav <post@nav.no> wrote:», «tor. 14. nov. 2026 kl. 10:12 skrev Kari <…>:»). The time tells it from
 * a writer's «I vedtaket av 3. oktober 2026 skrev dere:».
 */
const QUOTED_REPLY_AFTER_DATE = /^[^\n]*?(?<![\p{N}])\d{1,2}[:.]\d{2}(?![\p{N}])[^\n]*(?<![\p{L}])(?:wrote|skrev|skreiv|skrivit|skriver|schrieb)(?![\p{L}])[^\n]*:[ \t]*$/iu;

function isMailHeaderDate(text: string, date: DateMention): boolean {
  const line = lineAt(text, date.start);
  return MAIL_HEADER_LABEL.test(line.text) || QUOTED_REPLY_AFTER_DATE.test(text.slice(date.end, line.end));
}

/** A received stamp: "Mottatt 20.03.2025", "MOTTATT: 20 MAR 2025", "Innkommet den …"; an e-mail's sent date too. */
function isStampDate(text: string, date: DateMention, prose: boolean): boolean {
  if (isMailHeaderDate(text, date)) return true;
  const line = lineAt(text, date.start);
  const before = text.slice(Math.max(line.start, date.start - 30), date.start);
  const stamp = STAMP_WORD.exec(before);
  if (!stamp) return false;
  if (!prose) return true;
  // In prose ("vedtaket ble mottatt 05.04.2025") the same word says when the writer got it.
  const word = stamp[0].trim();
  const startsLine = text.slice(line.start, date.start - before.length + stamp.index).trim() === '';
  return word.includes(':') || (startsLine && /^\p{Lu}/u.test(word)) || word === word.toUpperCase();
}

/** Line ranges [start, end) of the text that are document lists (enclosures, "sakens dokumenter"). */
function documentListRanges(text: string): Array<[number, number]> {
  const lines = splitLines(text);
  const ranges: Array<[number, number]> = [];
  const hasDate = (i: number) => findDateMentions(lines[i]?.text ?? '').some((d) => d.year !== null);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = LIST_HEADING.exec(line.text);
    const isHeading = heading && (heading[2] !== undefined || (heading[3] ?? '').trim() === '');
    if (isHeading) {
      let end = i;
      let seenEntry = (heading[3] ?? '').trim() !== '';
      for (let j = i + 1; j < lines.length; j++) {
        const t = lines[j]!.text;
        if (t.trim() === '') {
          // Entries spaced out by blank lines still belong to the list; prose after it does not.
          const next = lines.slice(j + 1).find((l) => l.text.trim() !== '');
          if (seenEntry && !(next && ENUMERATED.test(next.text))) break;
          continue;
        }
        if (!ENUMERATED.test(t) && t.trim().length > 90) break;
        end = j;
        seenEntry = true;
      }
      ranges.push([line.start, lines[end]!.end]);
      i = end;
      continue;
    }
    // Without a heading: two or more enumerated lines in a row that each carry a date.
    let j = i;
    while (j < lines.length && ENUMERATED.test(lines[j]!.text) && hasDate(j)) j++;
    if (j - i >= 2) {
      ranges.push([line.start, lines[j - 1]!.end]);
      i = j - 1;
    }
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// Clauses: a decision noun and its date must stand in one sentence, not across a blank line.

/** Abbreviations that stand before a name (capitalised, as written before one). */
const NAME_ABBREVIATION = /(?<![\p{L}])(?:St|Sta|Ste|Sr|Dr|Mr|Mrs|Ms|Prof)$/u;

/** Sentence ends, and the blank lines read as running on (bridges), where a date must be dated by a word. */
function sentenceBreaks(text: string, dates: readonly DateMention[]): { breaks: number[]; bridges: number[] } {
  const breaks: number[] = [];
  const bridges: number[] = [];
  let d = 0;
  // Both in text order: one pass tells whether a full stop belongs to a date ("12. Mars 2025").
  for (const m of text.matchAll(/[.!?](?=[ \t]*\n?[ \t]*["«(]?\p{Lu})|\n[ \t]*\n/gu)) {
    while (d < dates.length && dates[d]!.end <= m.index) d++;
    const date = dates[d];
    if (date && m.index >= date.start) continue;
    // "Nav St. Hanshaugen", "Dr. Hansen": a title's or a saint's full stop before a name ends no sentence.
    if (m[0] === '.' && NAME_ABBREVIATION.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // Scanned layouts put a blank line inside a sentence («Klageinstansen avgjorde\n\nsaken 17. mars 2026»): a
    // line ending in a word and the next starting in lower case run on.
    if (m[0].startsWith('\n') && /\p{L}[ \t]*$/u.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^\s*\p{Ll}/u.test(text.slice(m.index))) {
      bridges.push(m.index);
      continue;
    }
    const runsOnToDate =
      m[0].startsWith('\n') && date !== undefined && text.slice(m.index, date.start).trim() === '' && DANGLING_DATING.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (!runsOnToDate) breaks.push(m.index);
  }
  // «Jeg klager på vedtaket. 3. mars 2026 ble jeg innlagt»: a sentence may open with a date, which the capital letter
  // rule above does not see; a full stop after a word, then a date, ends the sentence (session 23). Not after an
  // abbreviation («ca. 3. mars», «jf.», «d.») or a dating word («datert. 3.10.2026», OCR's stray stop).
  for (const d of dates) {
    const gap = /([\p{L}]+)[ \t]*\.[ \t]*\n?[ \t]*$/u.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (!gap || gap[1]!.length < 3 || ABBREVIATIONS.has(gap[1]!.toLowerCase()) || NEW_PATH_DATING_WORDS.has(gap[1]!.toLowerCase())) continue;
    if (isDatingWeekday(text, d, gap)) continue;
    const stop = d.start - (gap[0].length - gap[0].indexOf('.', gap[1]!.length));
    if (!breaks.includes(stop) && !dates.some((x) => stop >= x.start && stop < x.end)) breaks.push(stop);
  }
  breaks.sort((x, y) => x - y);
  return { breaks, bridges };
}
/** Words a full stop shortens, after which a date goes on the sentence: «ca. 3. mars», «jfr. brev av …». */
const ABBREVIATIONS = new Set(['ca', 'cirka', 'jf', 'jfr', 'vedr', 'ang', 'dvs', 'kl', 'nr', 'pr', 'bl', 'evt', 'inkl', 'ekskl', 'ref', 'tlf', 'ifm', 'iht', 'mht', 'resp', 'approx', 'abt', 'no', 'den', 'the', 'on', 'ons', 'tirs', 'tors', 'fre', 'lør', 'søn', 'man', 'mån', 'tis', 'tor', 'lör', 'sön', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'febr', 'sept', 'okt', 'nov', 'des', 'dec', 'jan', 'feb', 'mar', 'apr', 'aug', 'oct']);

/**
 * Weekdays shortened as a hand does (QA s23, nb, nn, da, sv, en): «vedtaket av tirsd. 3. oktober 2026». Their full
 * stop ends no sentence only right after a dating word and directly before the day's number: anywhere else a
 * shortened form may be a word that ends a sentence. Forms that are ordinary words are left out (da «mand», husband;
 * «fred», peace; «sund», healthy: «… til min mand. 3. oktober 2026 blev han indlagt» dates no decision).
 */
const SHORTENED_WEEKDAYS = new Set(['tirsd', 'onsd', 'torsd', 'lørd', 'laurd', 'sønd', 'tysd', 'månd', 'tisd', 'lörd', 'sönd', 'tues', 'thur', 'thurs']);
const DATING_WORD_BEFORE_WEEKDAY = /(?<![\p{L}])(?:av|af|of|den|datert)[ \t]+$/iu;
function isDatingWeekday(text: string, date: DateMention, gap: RegExpExecArray): boolean {
  if (!SHORTENED_WEEKDAYS.has(gap[1]!.toLowerCase()) || gap[0].includes('\n') || !/^\p{N}/u.test(text.slice(date.start))) return false;
  const wordAt = date.start - gap[0].length;
  return DATING_WORD_BEFORE_WEEKDAY.test(text.slice(Math.max(0, wordAt - 20), wordAt));
}
function clauseAround(breaks: readonly number[], from: number, to: number, length: number): [number, number] {
  let start = 0;
  let end = length;
  for (const b of breaks) {
    if (b < from) start = b + 1;
    else if (b >= to) {
      end = b;
      break;
    }
  }
  return [start, end];
}

function lastWords(text: string, n: number): string {
  return words(text).slice(-n).join(' ');
}

// ---------------------------------------------------------------------------------------------

interface DecisionCandidate {
  date: DateMention;
  /** The phrase says it plainly: "vedtak datert …", "decision of …", "Vedtaksdato: …". */
  plain: boolean;
  attribution: Attribution;
  /** Dated by a refusal («X avslo DATO»), not by a decision noun: any decision noun's date outranks it. */
  weak?: boolean;
}

interface Analysis {
  text: string;
  dates: DateMention[];
  breaks: number[];
  bridges: number[];
  listRanges: Array<[number, number]>;
}

function analyse(raw: string): Analysis {
  const text = prepareText(raw);
  const dates = findDateMentions(text);
  return { text, dates, ...sentenceBreaks(text, dates), listRanges: documentListRanges(text) };
}

function inDocumentList(a: Analysis, index: number): boolean {
  return a.listRanges.some(([s, e]) => index >= s && index < e);
}

function lastMatchEnd(pattern: RegExp, text: string): number {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let end = -1;
  for (const m of text.matchAll(global)) end = m.index + m[0].length;
  return end;
}

function attributionOf(nounPrefix: string, before: string, between: string): Attribution {
  if (/^klage/iu.test(nounPrefix)) return 'appeals_body';
  // An owner only counts when it stands right by the noun ("NAVs vedtak", "klageinstansen sitt
  // vedtak", "vedtak fra Helseklage"), not when it is named somewhere earlier in the sentence; of
  // two owners before the noun the nearer one owns it ("klageinstansen stadfestet NAVs vedtak").
  const near = lastWords(before, 4);
  const appeals = lastMatchEnd(APPEALS_BODY, near);
  const first = lastMatchEnd(FIRST_INSTANCE, near);
  if (appeals >= 0 || first >= 0) return appeals >= first ? 'appeals_body' : 'first_instance';
  if (APPEALS_BODY.test(between)) return 'appeals_body';
  if (FIRST_INSTANCE.test(between)) return 'first_instance';
  return null;
}

function decisionCandidates(a: Analysis): DecisionCandidate[] {
  const { text, dates, breaks } = a;
  const candidates: DecisionCandidate[] = [];
  // A day without a year is a candidate too; resolvedCandidates gives it its year or drops it.
  const usable = (d: DateMention) => !isLetterDate(text, d) && !isStampDate(text, d, false) && !inDocumentList(a, d.start);

  for (const d of dates) {
    if (DECISION_DATE_LABEL.test(text.slice(Math.max(0, d.start - 40), d.start)) && usable(d)) {
      candidates.push({ date: d, plain: true, attribution: null });
    }
  }

  for (const noun of text.matchAll(DECISION_NOUN)) {
    const nounStart = noun.index;
    const nounEnd = nounStart + noun[0].length;
    if (inDocumentList(a, nounStart)) continue;
    const [clauseStart, clauseEnd] = clauseAround(breaks, nounStart, nounEnd, text.length);
    // The first date after the noun decides: if it is a stamp or the letter's date, there is no decision date here.
    const date = dates.find((d) => d.start >= nounEnd);
    if (!date || date.start >= clauseEnd || date.start - nounEnd > 120) continue;
    if (!usable(date)) continue;
    const between = text.slice(nounEnd, date.start);
    const betweenWords = words(between).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
    if (betweenWords.length > 8 || /§/.test(between)) continue;
    // «vedtaket dere sendte meg 30.10.2026» (QA L37): the office sending it dates the decision.
    const sentByTheOffice = OFFICE_SENT.test(between);
    // «vedtaket som tar fra meg AAP, datert 3. mars 2026»: a comma and «datert» tie the date back to the noun.
    const datedBack = EXPLICITLY_DATED_BACK.test(between);
    if (!sentByTheOffice && betweenWords.some((w) => FOREIGN_EVENT_WORDS.has(w) || LAW_WORD.test(w) || (!datedBack && DESCRIBED_CONTENT_WORDS.has(w)) || OTHER_DOCUMENT.test(w))) continue;
    // A day without its year, or a date below a blank line read as running on, is the decision's only right after
    // a dating word («vedtaket av 3. mars»): not «vedtaket skulle komme 3. mars», «vedtaket⏎⏎den 3. mars var jeg innlagt».
    const bridged = a.bridges.some((b) => b >= nounEnd && b < date.start);
    const withoutDen = betweenWords.filter((w) => w !== 'den' && w !== 'd');
    const unowned = withoutDen.filter((w) => !POSSESSIVES.has(w));
    // «vedtak av 3/10»: a yearless slash is a share or a score unless a dating word follows the noun, its owner or
    // «den» alone («vedtaket om reduksjon av 1/3», «en score av 3/10», «stansvedtaket fra 1/7» are not dates).
    if (date.slash && !(unowned.length === 1 && DATING_WORDS.has(unowned[0]!) && withoutDen.at(-1) === unowned[0])) continue;
    const beforeNoun = text.slice(Math.max(clauseStart, nounStart - 60), nounStart);
    // «ert beslut den 4 okt», «vedtaket den 3. mars»: nothing but the owner and «den» between noun and day, and only
    // in an appeal of it (session 23): «Jeg leste / hentet vedtaket den 20. oktober» dates the reading, not the decision.
    const denRightAfter = !bridged && withoutDen.length < betweenWords.length && unowned.length === 0 && APPEAL_BEFORE_NOUN.test(beforeNoun);
    if ((date.iso === null || bridged) && !sentByTheOffice && !denRightAfter && !NEW_PATH_DATING_WORDS.has(withoutDen.at(-1) ?? '')) continue;
    // «beslutet om sjukersättning från den 1 november»: the «den» after «från» still starts a period.
    const last = withoutDen.at(-1);
    const rawLast = between.trim().split(/\s+/).at(-1) ?? '';
    if (last !== undefined && (RANGE_END_WORDS.has(last) || (FROM_WORDS.has(last) && unowned.length > 1))) continue;
    if (rawLast === '-') continue;
    const before = text.slice(Math.max(clauseStart, nounStart - 200), nounStart);
    // «et tidligere vedtak av 12.06.2023», «another decision of …»: not the decision the letter is about.
    if (!noun[1] && words(before).slice(-2).some((w) => EARLIER_DECISION_WORDS.has(w.toLowerCase()))) continue;
    const dated = sentByTheOffice || betweenWords.some((w) => DATING_WORDS.has(w));
    // "Jeg mottok vedtaket den 5. april" dates the receipt; "mottok vedtaket datert 12.03.2025" the decision.
    // «tog emot», «tok imot» count too: the whole receive-verb pattern over the last words.
    const lastWords = words(before).slice(-5);
    const receivedBefore = lastWords.some((w) => RECEIVE_WORDS.has(w.toLowerCase())) || RECEIVE_VERB_IN.test(lastWords.join(' '));
    if (receivedBefore && !dated) continue;
    const plain = betweenWords.length > 0 && betweenWords.every((w) => PLAIN_PHRASE_WORDS.has(w)) && betweenWords.some((w) => w !== 'the');
    const ruling = /kjennelse/iu.test(noun[0]);
    candidates.push({ date, plain, attribution: ruling ? 'tribunal' : attributionOf(noun[1] ?? '', before, between) });
  }
  candidates.push(...phraseCandidates(a));
  return candidates.sort((x, y) => x.date.start - y.date.start);
}

/** Text of the date's clause before and after it, for the phrases of decision-phrases.ts. */
function surroundings(a: Analysis, d: DateMention): { before: string; after: string } {
  const [clauseStart, clauseEnd] = clauseAround(a.breaks, d.start, d.end, a.text.length);
  return { before: a.text.slice(Math.max(clauseStart, d.start - 200), d.start), after: a.text.slice(d.end, Math.min(clauseEnd, d.end + 120)) };
}

/**
 * Dates dated by a phrase rather than by a decision noun before them ("Dere avgjorde saken min …",
 * "Helfo traff 30.07.2024 vedtak om …"). Such a phrase says outright what the date is, so the
 * place-and-date heuristics of the letter's own date are not asked; stamps and document lists still are.
 */
function phraseCandidates(a: Analysis): DecisionCandidate[] {
  const found: DecisionCandidate[] = [];
  for (const d of a.dates) {
    if (isStampDate(a.text, d, false) || inDocumentList(a, d.start) || datedAsTheLetter(a.text, d)) continue;
    const { before, after } = surroundings(a, d);
    const near = a.text.slice(Math.max(0, d.start - 200), d.start);
    const lead = DECISION_LEAD_INS.find((l) => l.pattern.test(before) && !l.unlessNear?.test(near) && (!l.refusal || refusedByTheOffice(before, l.pattern)));
    if (lead) {
      // A phrase that leaves whose decision open takes it from an owner right before («Klageinstansen avslo den …»).
      found.push({ date: d, plain: lead.plain ?? true, attribution: lead.attribution ?? attributionOf('', before, ''), weak: lead.refusal });
      continue;
    }
    const nounAfter = DECISION_VERB_BEFORE.test(before) ? DECISION_NOUN_AFTER.exec(after) : null;
    // «Arbeidsgiveren ga 10.02.2026 avslag»: a refusal given, or any giving verb, only by the office, and weak.
    const given = nounAfter !== null && (GIVEN_VERB_BEFORE.test(before) || REFUSAL_NOUN_AFTER.test(after));
    if (nounAfter && given && !refusedByTheOffice(before, DECISION_VERB_BEFORE)) continue;
    if (nounAfter) {
      const prefix = /(\p{L}*?)(?:vedtak|beslut|afgørelse|avgjørelse|avgjerd|decision)/iu.exec(nounAfter[0])?.[1] ?? '';
      found.push({ date: d, plain: true, attribution: attributionOf(prefix, before, ''), weak: given });
      continue;
    }
    if (REFERENCE_BEFORE.test(before) && OUTCOME_AFTER.test(after)) {
      found.push({ date: d, plain: true, attribution: attributionOf('', before, '') });
    }
  }
  return found;
}

/**
 * Who refused, in the words right before the verb: the office the letter appeals to (Nav, Helfo, Försäkringskassan, an
 * appeals body) or «dere/dykk/ni/you», or no one named. An employer, a hospital, a spouse or the municipality refuse
 * other things («Kommunen avslo 10.02.2026 søknaden om BPA»), and the letter's decision would get their date.
 */
function refusedByTheOffice(before: string, verb: RegExp): boolean {
  const at = verb.exec(before)?.index;
  if (at === undefined) return false;
  const subject = lastWords(before.slice(0, at), 4);
  return subject === '' || REFUSING_OFFICE.test(subject) || APPEALS_BODY.test(subject) || ADDRESSEE.test(subject);
}
/** The first instances a refusal is read from; not «kommunen», which refuses much that Nav's letters are not about. */
const REFUSING_OFFICE =
  /(?<![\p{L}])(?:nav|helfo|arbeids- og velferdsetaten|helsedirektoratet|trygdeetaten|försäkringskassan|udbetaling danmark|pasientreiser|nav-kontor\p{L}*)(?:s|'s|')?(?![\p{L}])/iu;
// «I» only as the capital English pronoun; the rest in either case («Ni avslog», «You refused»).
const ADDRESSEE = /(?<![\p{L}])(?:[Dd]ere|[Dd]ei?|[Dd]ykk|[Nn]i|[Yy]ou|I)(?![\p{L}])/u;

interface ResolvedCandidate extends DecisionCandidate {
  iso: IsoDate;
}

/**
 * The candidates with their full date. A day without a year («vedtaket av 3. mars») takes the last such day on
 * or before the letter's own date, or without one the day the mail came (completeYear): an appeal is written
 * within weeks of its decision. Without either it is dropped, as before: a guessed year moves a legal deadline.
 */
function resolvedCandidates(a: Analysis, mailReceived: IsoDate | null): ResolvedCandidate[] {
  const letter = letterDateOf(a);
  const anchor = letter ?? mailReceived;
  return decisionCandidates(a).flatMap((c) => {
    const iso = c.date.iso ?? completeYear(c.date, null, letter, mailReceived);
    if (!iso) return [];
    // A yearless day far before the anchor («Oslo, 2. mars 2025 … vedtak av 3. mars» → 2024) is more likely a
    // misdated letter than a year-old decision, and that year would mark a timely appeal missed: none, for review.
    if (c.date.iso === null && anchor !== null && daysBetween(iso, anchor) > YEARLESS_DECISION_MAX_DAYS) return [];
    // The mail's date bounds it too: a letter dated a year off («Oslo, 5. januar 2025» in mail of January 2026) gives
    // the wrong year, so when the two dates disagree, or the day falls far before the mail, none is read.
    if (c.date.iso === null && mailReceived !== null) {
      if (letter !== null && Math.abs(daysBetween(letter, mailReceived)) > LETTER_MAIL_MAX_DAYS) return [];
      if (daysBetween(iso, mailReceived) > YEARLESS_DECISION_MAX_DAYS) return [];
    }
    return [{ ...c, iso }];
  });
}

/** How long before the letter (or the mail) a decision written without its year may be: half a year. */
const YEARLESS_DECISION_MAX_DAYS = 180;
/** How far apart the letter's date and the mail's may be before the letter's date is doubted: a month. */
const LETTER_MAIL_MAX_DAYS = 31;

function daysBetween(from: IsoDate, to: IsoDate): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/**
 * Which candidate is the decision the document is about; whose decision that is, is its type's configuration
 * (typeRules[].decisionDateOf). Trygderetten's ruling («kjennelse 24.11.2026») counts only where any decision
 * does ('any': the legal costs claim after it); a tribunal ruling's own document is about the appeals body's.
 */
function choose<C extends DecisionCandidate>(candidates: readonly C[], of: DecisionDateOf | null | undefined): C | undefined {
  // A refusal's date is taken only when no decision noun's date fits.
  return chooseAmong(candidates.filter((c) => !c.weak), of) ?? chooseAmong(candidates.filter((c) => c.weak), of);
}

function chooseAmong<C extends DecisionCandidate>(candidates: readonly C[], of: DecisionDateOf | null | undefined): C | undefined {
  switch (of) {
    case 'first_instance':
      return candidates.find((c) => c.attribution !== 'appeals_body' && c.attribution !== 'tribunal');
    case 'appeals_body':
      return candidates.find((c) => c.attribution === 'appeals_body') ?? candidates.find((c) => c.attribution === null);
    case 'none':
      return candidates.find((c) => c.plain && c.attribution !== 'tribunal');
    default:
      return candidates[0];
  }
}

/**
 * The date of the decision the document is about: for appeals and transfer letters the first
 * instance's decision ('first_instance'), for tribunal appeals and rulings the appeals body's own
 * ('appeals_body'), for documents about no decision (medical declarations, consents) only a plainly
 * stated one ('none'); without it, the first decision date found.
 */
export function findDecisionDate(text: string, of?: DecisionDateOf | null, mailReceived: IsoDate | null = null): IsoDate | null {
  return choose(resolvedCandidates(analyse(text), mailReceived), of)?.iso ?? null;
}

/**
 * Where the decision date findDecisionDate picks stands in the text (start and end index), or null:
 * the sentence around it is about the decision the document is about (domain/classify/decision-subject.ts).
 */
export function findDecisionDateSpan(text: string, of?: DecisionDateOf | null): { start: number; end: number } | null {
  const chosen = choose(resolvedCandidates(analyse(text), null), of);
  return chosen ? { start: chosen.date.start, end: chosen.date.end } : null;
}

// ---------------------------------------------------------------------------------------------

/** Words between a receive verb and the decision noun that show something else was received. */
const OTHER_THING_RECEIVED = new Set([
  'klage', 'klagen', 'anke', 'anken', 'brev', 'brevet', 'søknad', 'søknaden', 'henvendelse', 'henvendelsen', 'e-post',
  'appeal', 'complaint', 'letter', 'application', 'klagan', 'överklagande', 'ansökan', 'ansøgning', 'ansøgningen',
  // "fikk medhold i vedtaket …": the writer got their way, the date is the decision's
  'medhold',
]);

/**
 * Who received it, after a passive or participle receive verb: «mottatt av klienten», «ble mottatt av min
 * klient», «motteken av parten», «mottogs av min klient», «modtaget af klienten», «received by my client».
 * The «av/af/by» here names the receiver, not the decision's date («vedtak av 12.03.2025»). Only the party
 * by a noun: a pronoun («mottatt av ham/dem/oss/meg») may be the lawyer, a wrong address or the office,
 * whose later date would make a late appeal look timely.
 */
const RECEIVER_AGENT =
  /^[ \t]*(?:av|af|by)[ \t]+(?:(?:min|mi|mitt|vår|vårt|my|our|the|vores)[ \t]+)?(?:klient(?:en)?|client|parten|brukaren|brukeren|pasienten|søkeren|søkjaren|sökanden|ansøgeren|appellant(?:en)?)(?![\p{L}])/iu;
/** Any agent after a passive receive verb; one that is not RECEIVER_AGENT's party is someone else. */
const PASSIVE_AGENT = /^[ \t]*(?:av|af|by)[ \t]+(?![\d])/iu;
/**
 * A relative clause about the decision's content or another event («… vedtak datert Y, der NAV ikke
 * godkjenner skaden fra fallet 4. oktober 2024»): a date after it is not when the decision was received.
 */
const RELATIVE_WORDS = new Set(['der', 'som', 'hvor', 'hvori', 'kor', 'där', 'vilket', 'vilken', 'hvilket', 'hvilken', 'where', 'which', 'that', 'whereby', 'wherein']);
/** «, som er datert 16. april 2026,» right after the decision noun: a relative clause closed by a comma. */
const CLOSED_RELATIVE = new RegExp(`^[ \\t]*,[ \\t]*(?:${[...RELATIVE_WORDS].join('|')})(?![\\p{L}])(?:(?!\\.\\s+\\p{Lu})[^,;:!?\\n])*,`, 'u');
/** What may stand between a receive verb and a date right after it: «mottok (den) 2. mars …». */
const RECEIPT_DATE_FILLER = new Set(['den', 'd.', 'd', 'on', 'the', 'på', 'i']);

function receivedCandidates(a: Analysis): DateMention[] {
  const { text, dates, breaks } = a;
  const found: DateMention[] = [];
  const represented = REPRESENTED.test(text);
  const usable = (d: DateMention) => !isStampDate(text, d, true) && !isLetterDate(text, d) && !inDocumentList(a, d.start);
  /** The first date in [from, to) that is not introduced as the decision's own date. */
  const receiptDateAfter = (start: number, to: number, maxWords: number): DateMention | undefined => {
    // «mottok vedtaket, som er datert 16. april 2026, først 30. mai»: a relative clause closed by a comma is
    // passed over (its dates are the decision's or another event's); one not closed ends the search below.
    const closed = CLOSED_RELATIVE.exec(text.slice(start, to));
    const from = closed ? start + closed[0].length : start;
    let cursor = from;
    for (const d of dates) {
      if (d.start < from) continue;
      if (d.start >= to) return undefined;
      const gap = words(text.slice(cursor, d.start)).map((w) => w.toLowerCase());
      if (words(text.slice(from, d.start)).length > maxWords) return undefined;
      if (gap.some((w) => FOREIGN_EVENT_WORDS.has(w) && !RECEIVE_WORDS.has(w)) || gap.some((w) => LAW_WORD.test(w))) return undefined;
      if (gap.some((w) => RELATIVE_WORDS.has(w))) return undefined;
      if (!gap.some((w) => DATING_WORDS.has(w)) && usable(d)) return d;
      cursor = d.end;
    }
    return undefined;
  };

  // "Brevet kom 02.03.2025" only tells when the decision came in a document about a decision.
  const aboutADecision = new RegExp(DECISION_NOUN.source, 'iu').test(text) || decisionCandidates(a).length > 0;
  for (const d of dates) {
    if (!aboutADecision || isStampDate(text, d, true) || inDocumentList(a, d.start)) continue;
    const { before } = surroundings(a, d);
    const lead = RECEIPT_LEAD_INS.map((p) => p.exec(before)).find((m) => m !== null);
    if (!lead) continue;
    const leadStart = d.start - before.length + lead.index;
    const [clauseStart] = clauseAround(breaks, d.start, d.end, text.length);
    if (receivedByWriterSide(text, leadStart, leadStart + lead[0].length, clauseStart, d.start, represented)) continue;
    if (!represented || !words(lead[0]).some((w) => US.has(w.toLowerCase()))) found.push(d);
  }

  for (const verb of text.matchAll(RECEIVE_VERB)) {
    const verbStart = verb.index;
    const verbEnd = verbStart + verb[0].length;
    if (inDocumentList(a, verbStart)) continue;
    const [clauseStart, clauseEnd] = clauseAround(breaks, verbStart, verbEnd, text.length);
    // «mottatt av klienten 20. april», «received by my client on …»: the receiver, then the date.
    const agent = RECEIVER_AGENT.exec(text.slice(verbEnd, clauseEnd));
    // «mottatt av ham/dem/NAV», «received by them», «vi mottok»: someone else's receipt dates nothing.
    if (!agent && (PASSIVE_AGENT.test(text.slice(verbEnd, clauseEnd)) || receivedByWriterSide(text, verbStart, verbEnd, clauseStart, clauseEnd, represented))) continue;
    const afterVerb = agent ? verbEnd + agent[0].length : verbEnd;
    // «Min klient mottok 2. mars 2026 NAVs vedtak datert …»: verb, then the date, then the decision noun.
    const dateFirst = receiptDateBeforeNoun(a, verbStart, afterVerb, clauseStart, clauseEnd);
    if (dateFirst) {
      found.push(dateFirst);
      continue;
    }
    // "Jeg mottok vedtaket (datert …) den 5. april": verb, then the decision noun, then the date.
    const nounAfter = [...text.slice(verbEnd, Math.min(clauseEnd, verbEnd + 200)).matchAll(DECISION_NOUN)][0];
    if (nounAfter) {
      const nounStart = verbEnd + nounAfter.index;
      const gap = words(text.slice(verbEnd, nounStart)).map((w) => w.toLowerCase());
      if (gap.length <= 5 && !gap.some((w) => OTHER_THING_RECEIVED.has(w))) {
        // "fikk melding (vedtak 20.01.2025) den 24.01.2025": a date inside the noun's brackets dates the decision.
        const nounEnd = nounStart + nounAfter[0].length;
        const bracketClose = text.lastIndexOf('(', nounStart) > text.lastIndexOf(')', nounStart) ? text.indexOf(')', nounEnd) : -1;
        const d = receiptDateAfter(bracketClose >= 0 && bracketClose < clauseEnd ? bracketClose + 1 : nounEnd, clauseEnd, 12);
        if (d) {
          found.push(d);
          continue;
        }
      }
    }
    // "Vedtaket (av 12.03.2025) kom fram til meg 7. april", "vedtaket, som jeg mottok 5. april".
    const before = text.slice(Math.max(clauseStart, verbStart - 200), verbStart);
    const nounBefore = [...before.matchAll(DECISION_NOUN)].at(-1);
    if (nounBefore && words(before.slice(nounBefore.index)).length <= 13) {
      const between = words(before.slice(nounBefore.index + nounBefore[0].length)).map((w) => w.toLowerCase());
      if (!between.some((w) => OTHER_THING_RECEIVED.has(w))) {
        const d = receiptDateAfter(afterVerb, clauseEnd, 5);
        if (d) found.push(d);
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/**
 * A receiving subject that is the writer's firm or «we» («Vi mottok 30. mai vedtaket fra klienten»,
 * «Advokatfirmaet mottok …», «We received …»): the office's receipt, not the party's. «Vår/our» alone
 * names no one: «vår klient mottok» is the party.
 */
const OFFICE = /^(?:firm|office|\p{L}*(?:firmaet|firma|firmet|kontoret|kontor|byrån|byrå|bureau))$/iu;
/** «Vi», nn «me», «we», «undertegnede»: the office only in a letter that shows a representative (REPRESENTED). */
const WRITER = /^(?:vi|we|me|undertegnede|undertegnet|undertecknad)$/iu;
/**
 * A letter written for someone else: «vår/min klient», «på vegne av», a power of attorney, a lawyer or law firm,
 * legal aid, a union or an ombud. Without one, «vi mottok» is a family or a couple writing for itself (review
 * dates18 H1): their receipt is the party's.
 */
const REPRESENTED = /(?<![\p{L}])(?:klient\p{L}*|client\p{L}*|p[åa] vegner? a[vf]|on behalf of|fullmakt\p{L}*|fuldmagt\p{L}*|fullmäktig\p{L}*|fullmektig\p{L}*|fuldmægtig\p{L}*|power of attorney|advokat\p{L}*|advocate|lawyer\p{L}*|solicitor\p{L}*|attorney|law (?:firm|office)|rettshjelp\p{L}*|rättshjälp\p{L}*|jussbuss\p{L}*|juss-buss\p{L}*|fagforening\p{L}*|\p{L}*forbundet|fackförbund\p{L}*|trade union|\p{L}*ombud\p{L}*|(?:vi|we) (?:på|at|i|in) (?:kontoret|byrået|the office))(?![\p{L}])/iu;
/** Words after which the subject of the receive verb starts: «…, som vi mottok», «at klienten mottok». */
const SUBJECT_OPENERS = new Set(['at', 'att', 'that', 'som', 'which', 'der', 'där', 'hvor', 'og', 'and', 'och']);
/** «på kontoret», «to our office»: a place, not who received it. */
const PLACE_PREPOSITIONS = new Set(['på', 'i', 'til', 'till', 'fra', 'frå', 'från', 'hos', 'at', 'in', 'to', 'from', 'via']);
/** «nådde oss», «kom fram til oss», «reached us»: the writer's side as the one it came to. */
const US = new Set(['oss', 'os', 'us']);
const ENGLISH_RECEIVE = /^(?:received|receive|got|reached|arrived)$/iu;

/**
 * Whether the writer's side — the firm, the office, and in a letter for someone else (`represented`) «vi», nn
 * «me», «undertegnede», «kom meg i hende» — received it, in any word order: «Vi mottok vedtaket 30. mai», «vedtaket, som vi mottok …»,
 * «Vedtaket mottok vi …», «Brevet kom fram til oss …». Their day is not the party's (a lawyer's office often gets
 * the decision weeks later), so it dates nothing; a family's «vi» is the party.
 */
function receivedByWriterSide(text: string, verbStart: number, verbEnd: number, clauseStart: number, clauseEnd: number, represented: boolean): boolean {
  // «Vedtaket kom meg i hende 28.10» from one who writes as «fullmektig» is the representative's day (review of qafix22 C4).
  if (represented && IN_WRITERS_HAND.test(text.slice(verbStart, Math.max(verbEnd, verbStart + 20)))) return true;
  const writerSide = (w: string) => OFFICE.test(w) || (represented && WRITER.test(w));
  const head = text.slice(Math.max(clauseStart, verbStart - 60), verbStart);
  const before = words(head.slice(head.lastIndexOf(',') + 1)).map((w) => w.toLowerCase());
  const subject = before.slice(before.findLastIndex((w) => SUBJECT_OPENERS.has(w)) + 1).slice(-3);
  const offset = before.length - subject.length;
  if (subject.some((w, i) => writerSide(w) && !PLACE_PREPOSITIONS.has(before[offset + i - 1] ?? ''))) return true;
  if (!represented) return false;
  // V2 order puts the subject after the verb: «Vedtaket mottok vi», «fikk vi brevet», «nådde oss».
  const verb = text.slice(verbStart, verbEnd).split(/\s+/u)[0] ?? '';
  const after = words(text.slice(verbEnd, Math.min(clauseEnd, verbEnd + 40))).slice(0, 3).map((w) => w.toLowerCase());
  return after.some((w, i) => {
    if (w === 'vi' || w === 'we') return true;
    if (US.has(w)) return i === 0 || ['til', 'till', 'to'].includes(after[i - 1]!);
    return w === 'me' && i === 0 && !ENGLISH_RECEIVE.test(verb);
  });
}
/** After the decision noun: it came from someone who had it already («vedtaket fra klienten», «via e-post fra»). */
const PASSED_ON = new Set(['fra', 'frå', 'från', 'from', 'via', 'kopi']);
/** Words after a received date that tie the decision noun to something else: «klage mottatt 04.11.2026 på vårt vedtak». */
const NOT_THE_OBJECT = new Set(['på', 'om', 'mot', 'over', 'i', 'av', 'af', 'of', 'fra', 'frå', 'från', 'from', 'til', 'till', 'to', 'etter', 'efter', 'against', 'about', 'regarding', 'angående', 'vedrørende', 'vedkomande', 'gjeldende', 'and', 'og', 'och']);

/**
 * The date right after a receive verb when the decision noun follows it as what was received: «Min
 * klient mottok 2. mars 2026 NAVs vedtak». Not when something else was received («Vi viser til klage
 * mottatt 04.11.2026 på vårt vedtak»).
 */
function receiptDateBeforeNoun(a: Analysis, verbStart: number, from: number, clauseStart: number, clauseEnd: number): DateMention | undefined {
  const subject = words(a.text.slice(Math.max(clauseStart, verbStart - 40), verbStart)).slice(-3).map((w) => w.toLowerCase());
  if (subject.some((w) => OTHER_THING_RECEIVED.has(w) || FOREIGN_EVENT_WORDS.has(w))) return undefined;
  const d = a.dates.find((x) => x.start >= from);
  if (!d || d.start >= clauseEnd) return undefined;
  if (!words(a.text.slice(from, d.start)).every((w) => RECEIPT_DATE_FILLER.has(w.toLowerCase()))) return undefined;
  if (isStampDate(a.text, d, true) || isLetterDate(a.text, d) || inDocumentList(a, d.start)) return undefined;
  const rest = a.text.slice(d.end, Math.min(clauseEnd, d.end + 80));
  const noun = new RegExp(DECISION_NOUN.source, 'iu').exec(rest);
  if (!noun) return undefined;
  // At most the decision's owner and an article stand between: «NAVs vedtak», «klageinstansens vedtak», «the decision».
  const between = words(rest.slice(0, noun.index)).map((w) => w.toLowerCase());
  if (between.length > 3 || between.some((w) => OTHER_THING_RECEIVED.has(w) || FOREIGN_EVENT_WORDS.has(w) || NOT_THE_OBJECT.has(w))) return undefined;
  // «vedtaket fra klienten», «the decision from our client», «afgørelsen i kopi»: passed on, not received from the office.
  const afterNoun = rest.slice(noun.index + noun[0].length).split(/[,;:]/u)[0] ?? '';
  const upToRelative = words(afterNoun).map((w) => w.toLowerCase());
  const cut = upToRelative.findIndex((w) => RELATIVE_WORDS.has(w));
  if ((cut < 0 ? upToRelative : upToRelative.slice(0, cut)).some((w) => PASSED_ON.has(w)) || /(?<![\p{L}])(?:i|in|som|as)[ \t]+kopi(?![\p{L}])/iu.test(afterNoun)) return undefined;
  return d;
}

/**
 * Day and month without a year: the decision's year when that falls on or after the decision and not after the
 * day the mail came, else the next year on the same terms (a December decision received in January), else the
 * first of them after the decision, for review. Without a decision date, the letter's own date (or the mail's)
 * anchors the year.
 */
function completeYear(d: DateMention, decision: IsoDate | null, letter: IsoDate | null, mail: IsoDate | null): IsoDate | null {
  if (d.iso) return d.iso;
  if (decision) {
    const year = Number(decision.slice(0, 4));
    const years = [toIsoDate(year, d.month, d.day), toIsoDate(year + 1, d.month, d.day)].filter((iso): iso is IsoDate => iso !== null && iso >= decision);
    // None between the decision and the mail: the first after the decision, which is after the mail came, so
    // linking holds the letter for an archivist (decision_date_after_received) — reading none would count the
    // deadline from the decision and mark a timely appeal missed unseen (review dates18 M2).
    return years.find((iso) => mail === null || iso <= mail) ?? years[0] ?? null;
  }
  const anchor = letter ?? mail;
  if (anchor) {
    const year = Number(anchor.slice(0, 4));
    const same = toIsoDate(year, d.month, d.day);
    return same && same <= anchor ? same : toIsoDate(year - 1, d.month, d.day);
  }
  return null;
}

/**
 * When the writer says they received the decision ("Jeg mottok vedtaket den 5. april 2025"). A date
 * that cannot be the receipt — before the decision's own date — is never taken (QA s17 L11: the
 * accident's date in a clause about the decision was read as received, and a timely appeal was marked
 * missed); then none is read — never a later receipt phrase's date — and the deadline counts from the
 * decision's date. One after the day the mail came is left to registry/linking.ts, which sends the
 * letter to review (decision_date_after_received); the letter's own date is no bound, as writers date
 * a letter before they finish it. `mailReceived`, the day the mail came, bounds only the year a date
 * written without one is given (completeYear).
 */
export function findDecisionReceivedDate(text: string, decisionDateOf?: DecisionDateOf | null, mailReceived: IsoDate | null = null): IsoDate | null {
  const a = analyse(text);
  const first = receivedCandidates(a)[0];
  if (!first) return null;
  const decision = choose(resolvedCandidates(a, mailReceived), decisionDateOf)?.iso ?? null;
  const letter = letterDateOf(a);
  // Only the first receipt phrase counts: when its date is impossible, a later phrase is as likely to be
  // about another decision or another receiver («… vedtaket om tilbakebetaling 30. april», «vi mottok …»).
  const iso = first.iso ?? completeYear(first, decision, letter, mailReceived);
  if (iso === null || (decision !== null && iso < decision)) return null;
  return iso;
}

function letterDateOf(a: Analysis): IsoDate | null {
  return a.dates.find((d) => d.iso !== null && isLetterDate(a.text, d))?.iso ?? null;
}

/** The letter's own date ("Oslo, 3. april 2025", "Dato: 03.04.2025"), when it is written as such. */
export function findLetterDate(text: string): IsoDate | null {
  return letterDateOf(analyse(text));
}
