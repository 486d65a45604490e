import type { DocumentType } from '#schemas/taxonomy';
import { commentsByRoleHeading } from './comments-heading.ts';
import { deadlineInterruptionSignal } from './deadline-interrupting.ts';
import { readable, widened, widenedSurely } from '../text/fold.ts';
import { WORD_END as E, WORD_START as W } from '../text/word-boundary.ts';

/**
 * Hard cues: a heading that names the document type outright. They do not decide alone; each adds a
 * fixed amount to its type's score before the softmax, so the learned model can still overrule a
 * heading quoted out of context (a "fristavbrytende klage" mentioned in the grounds sent later).
 * The boost is part of the model file and is chosen by measurement in scripts/train.ts.
 */
export interface HardCue {
  type: DocumentType;
  /** Matched against each heading line (see headingLines); a function when one expression cannot say it. */
  heading?: RegExp | ((line: string) => boolean);
  /** Or matched against the whole text: a label or a phrase that names the type wherever it stands. */
  inText?: RegExp;
  /** Must also occur somewhere in the text, when given. */
  alsoInText?: RegExp;
  /** Must not occur anywhere in the text, when given. */
  unlessInText?: RegExp;
  /** Why, for the explanation shown to the archivist. */
  label: string;
  /**
   * Not when the writer says the grounds follow later: the same heading then heads a
   * deadline-interrupting appeal, which the interruption signal names instead.
   */
  unlessDeadlineInterrupting?: boolean;
}

/** The appeals body as writers name it: its own names, Nav's appeal unit, the tribunal. Not Nav alone. */
const APPEALS_BODY = 'klageinstans\\p{L}*|klageorgan\\p{L}*|klagenemnd\\p{L}*|Helseklage|Trygderetten|appeals? body|appeals? (board|tribunal)';
/**
 * A representative's letter: a lawyer, an authorised representative (or the power of attorney given
 * one), a union writing for its member.
 * "på oppdrag fra" in it is the client's commission, not the appeals body's.
 */
const REPRESENTATIVE = new RegExp(
  `${W}(advokat\\p{L}*|advocate|solicitors?|lawyers?|attorney|fullmektig\\p{L}*|fullmäktig\\p{L}*|fuldmægtig\\p{L}*|ombud(et|sman)?|` +
    `(min|mi|mitt|vår|vårt|vor|vort|vores|my|our) (klient|client|medlem|member|huvudman)\\p{L}*|klienten(s)? (min|vår)|` +
    `we act for|acting for|on behalf of (my|our) (client|member)|forbundssekretær|tillitsvalgt\\p{L}*|fullmakt\\p{L}*|fuldmagt\\p{L}*|power of attorney)${E}`,
  'iu',
);

export const hardCues: HardCue[] = [
  { type: 'appeal_deadline_interrupting', heading: /^(foreløpig\s+(og\s+)?)?fristavbryt[ae]nde\s+klage\b/i, label: 'heading "fristavbrytende klage"' },
  { type: 'tribunal_ruling', heading: /^(trygderetten\s*[–-]\s*)?k\s?j\s?e\s?n\s?n\s?e\s?l\s?s\s?e\s*$/i, alsoInText: /slutning|s l u t n i n g/i, label: 'heading "kjennelse" with a "slutning"' },
  { type: 'tribunal_appeal', heading: /^anke\s+(til|inn for)\s+trygderetten\b/i, label: 'heading "anke til Trygderetten"' },
  { type: 'invoice', heading: /^(faktura|invoice)\b/i, alsoInText: /konto|account|forfall|due date|betal/i, label: 'heading "faktura" with payment details' },
  { type: 'legal_costs_claim', heading: /^krav om (dekning av )?saks(omkostninger|kostnader)\b/i, label: 'heading "krav om saksomkostninger"' },
  { type: 'consent', heading: /^samtykke(erklæring|skjema)?\b/i, alsoInText: /samtykk/i, label: 'heading "samtykke"' },
  { type: 'medical_declaration', heading: /^(legeerklæring|epikrise|lægeerklæring|läkarintyg|medical certificate)\b/i, label: 'heading "legeerklæring"' },
  // "Oversending av klage – …" as well as "… av klagesak" (issue 13: first instances word it both ways); not comments on it.
  { type: 'case_transfer', heading: /^(?!.*(merknad|kommentar|bemærk|synpunkt|comment))oversend(else|ing|inga)? av klage(sak|saka|saken|n)?\b/iu, label: 'heading "oversendelse av klagesak"' },
  // SPEC.md's cue words as headings, in the languages the product reads (issue 13): a writer who names
  // the document names its type. Each one's precision is printed by scripts/hard-cue-precision.ts.
  { type: 'comments', heading: /^(Merknad(er)?|MERKNAD(ER)?|Merknader til oversendelse(n|sbrevet)?|Merknader til oversendinga|Merknader til oversendingsbrevet|Bemærkninger til oversendelsen|Comments on the (transfer|forwarding) letter|Synpunkter på översändandet)$/, label: 'heading "merknader"' },
  // The letter's role (issue 13 item 2): comments on what the first instance sent on, or with only a
  // reference or a name after a dash; never a line that names an appeal or a decision (comments-heading.ts).
  { type: 'comments', heading: commentsByRoleHeading, label: 'heading "merknader til oversendelsen" (any language)' },
  // The whole line, or with a name after a dash: an invoice's line item ("Sakkyndig erklæring, yrkesskade") is not a heading.
  { type: 'expert_statement', heading: /^(sakkyndig(e)? (erklæring|uttalelse|fråsegn|vurdering)|sakkunnig(t)? (utlåtande|yttrande)|sagkyndig erklæring|expert (statement|opinion))(\s*[–:-]\s*[\p{L} .]+)?$/iu, label: 'heading "sakkyndig erklæring"' },
  { type: 'reopening_request', heading: /^(begjæring|anmodning|krav|oppmoding|søknad) om (gjenopptak(else)?|omgjøring|omgjering)\b|^request (for|to) reopen/i, label: 'heading "begjæring om gjenopptak"' },
  // SPEC.md's "klage på vedtak" as the letter's own heading or e-mail subject (issue 13): new writers'
  // appeals are read at type probability ~0.45 with the rest spread thin, and this is what names them.
  // Not "Klager:" (the party's label in a transfer letter), not a line that also says the appeal is
  // forwarded, a tribunal appeal, comments or a deadline-interrupting appeal (those have their own),
  // nor a supplement to an appeal already sent ("… – tilleggsopplysninger": comments or correspondence).
  // Nor a withdrawal of an appeal or a receipt for one («… trekkes», «bekreftelse på mottatt klage»: review of
  // openers23, where long headings with an id routed both as new appeals; short ones did on main too).
  {
    type: 'appeal',
    heading: /^(?!.*(oversend|\banke|trygderett|merknad|fristavbryt|foreløpig|førebels|preliminary|provisional|kommer|kjem|følger|følgjer|ettersend|eftersend|to follow|följer|seinare|seinere|senere|senare|later|tilleggsopplys|tilläggs(uppgift|upplysning)|tillægsoplys|suppler(?!ende stønad)|supplement|kompletter|utfyllende|utfyllande|uddybende|additional information|further information|addendum|(?<!\p{L})(tillegg|tillæg) til (min |mi |vår |vor )?klag|(?<!\p{L})tillägg till (mitt |vårt )?överklag|trekkes|trekker (klagen|meg)|trukket|tilbaketrek\p{L}*|tilbaketrekk\p{L}*|withdraw\p{L}*|återkall\p{L}*|tilbagekald\p{L}*|bekreftelse|stadfesting|kvittering|acknowledg\p{L}*|(mottatt|motteke|mottaken) klage))((emne|subject|ämne|re|sv|vs|aw|fw)\s*:\s*)*(klage|klaga|klagemål|appeal|complaint|överklagande|överklagan)(\s+(på|pa|over|mot|om|av|vedrørende|angående|against|of|on|regarding)\s.*|\s*[-–—]\s*.*)?$/iu,
    alsoInText: /vedtak|beslut|afgørelse|decision|avslag|avslått/i,
    label: 'heading "klage på vedtak"',
    unlessDeadlineInterrupting: true,
  },
  // SPEC.md's other cues of an expert statement: the mandate it answers and the commission it was written
  // on ("mandat", "på oppdrag fra"), in the five languages; never in a representative's letter (a lawyer
  // or a union writes "på oppdrag fra" their client or member; review of issue 13: a lawyer's letter read
  // as an expert statement closed the case's expert deadline). A mandate as a label of its own line.
  {
    type: 'expert_statement',
    inText: /^\s*(mandat|mandatet|mandate|terms of reference)\s*(:|$)/imu,
    unlessInText: REPRESENTATIVE,
    label: 'a mandate ("Mandat:")',
  },
  // Only the appeals body's commission (klageinstansen, klageorganet, Nasjonalt klageorgan, Nav
  // Klageinstans, Trygderetten, "the appeals body"), and only beside an expert's word: a GP's
  // declaration is written "på oppdrag fra Nav", a lawyer's letter on the client's.
  {
    type: 'expert_statement',
    inText: new RegExp(`${W}(på oppdrag (fra|frå)|på uppdrag (av|från)|på opdrag (fra|af)|commissioned by)\\s+((the|Nav|Nasjonalt)\\s+)?(${APPEALS_BODY})${E}`, 'iu'),
    alsoInText: new RegExp(`${W}(sakkyndig|sagkyndig|sakkunnig|expert)`, 'iu'),
    unlessInText: REPRESENTATIVE,
    label: 'the appeals body\'s commission ("på oppdrag fra klageinstansen") and "sakkyndig"',
  },
  { type: 'legal_costs_claim', heading: /^(krav om (dekning av )?(sakskostnader|saksomkostningar|sakskostnadar)|claim for (legal )?costs|krav om dækning af sagsomkostninger|yrkande om ersättning för (ombuds|rättegångs)kostnader)\b/i, label: 'heading "krav om saksomkostninger"' },
];

/** A line in capitals is a heading however long it is; a long line in small letters is a sentence. */
const isCapitals = (line: string) => line === line.toUpperCase() && /\p{Lu}{4}/u.test(line);

/**
 * A heading that ends on the party it concerns and their national id («Klage på vedtak om stans av
 * arbeidsavklaringspenger – Linn Sveen, f.nr. 23859014003»): the name and the id make it long, not a sentence
 * (QA s23: a union's appeal heading of 92 characters went unread and the appeal was held at type 0.86). Wrapped
 * before the id, the line ends on the id's label («…, f.nr.»).
 */
const endsOnNationalId = (line: string) => /(?<!\d)\d{6}\s?\d{5}$|(?<!\p{L})(f\.?\s?nr\.?|fnr\.?|fødselsnr\.?|fødselsnummer|personnummer|national id(entity)?( number)?)\s*:?$/iu.test(line);

/**
 * A reply's subject («SV: Klage på vedtak … f.nr. …») heads an answer to a letter, not a new appeal: the long
 * id-ending form is not read as a heading then (review of openers23: routed at 0.96 where main held it).
 */
const isReplySubject = (line: string) => /^(sv|re|aw|vs)\s*:/iu.test(line);

/** Short lines near the top: where a letter's heading is, whatever its letterhead looks like. */
export function headingLines(text: string, max = 25): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && (l.length <= 70 || (l.length <= 110 && (isCapitals(l) || (endsOnNationalId(l) && !isReplySubject(l))))))
    .slice(0, max);
}

/** A pattern read with its letters widened (text/fold.ts): "Legeerklaering", "Fristavbrytende klage pa vedtak". */
const reads = (pattern: RegExp | undefined, text: string) => pattern !== undefined && widened(pattern).test(text);
/** An exclusion read only with spellings that cannot be another word: "vår" is never "var" there (text/fold.ts). */
const excludes = (pattern: RegExp | undefined, text: string) => pattern !== undefined && widenedSurely(pattern).test(text);

export function matchHardCues(original: string): HardCue[] {
  const text = readable(original);
  const lines = headingLines(text);
  const headingFires = (cue: HardCue, line: string) => (typeof cue.heading === 'function' ? cue.heading(line) : reads(cue.heading, line));
  const fired = hardCues.filter((cue) => (lines.some((l) => headingFires(cue, l)) || reads(cue.inText, text)) && (!cue.alsoInText || reads(cue.alsoInText, text)) && !excludes(cue.unlessInText, text));
  if (!fired.some((cue) => cue.unlessDeadlineInterrupting) || !deadlineInterruptionSignal(text)) return fired;
  return fired.filter((cue) => !cue.unlessDeadlineInterrupting);
}
