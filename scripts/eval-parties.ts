/**
 * Party extraction figures: `npm run eval:parties [-- --count 2000] [-- --styles 1000] [-- --errors]`.
 *
 * 1. Letter heads from the focused generator (corpus/parties/), as written and passed through the
 *    OCR noise model learned from the corpus's real scans (severities 0.3-1.6).
 * 2. Whole letters in the kinds of writing new writers use (corpus/parties/styles.ts, the "styles"
 *    slice: e-mails with quoted replies, transfer tables, boxed forms, lawyers', relatives', abroad),
 *    written from SPEC.md and the issue, never from the unseen set; as written and through the noise model.
 * 2b. The second development slice (corpus/parties/writers.ts): envelope windows at odd places, one-line
 *    addresses, boxes and c/o, postcodes abroad, particles, a representative beside the appellant, a
 *    signer elsewhere, damaged postcodes; as written and through the noise model.
 * 2c. The third development slice (corpus/parties/strangers.ts): relatives who typed for a parent,
 *    guardians, social workers, law firms with several offices, footers, spouses, "Gjelder:" only, rural
 *    addresses, apartment lines, prefixed Nordic postcodes, capitals, a name over two lines.
 * 2d. A fourth slice (corpus/parties/late-kinds.ts), written after session 7's other rules and scored
 *    before it was worked on: web-form fields apart, a care home's room, a flat abroad, the address in the first
 *    sentence, a forwarding table in columns, a role after the signer's name, a telephone line in a head.
 * 2e. A fifth slice (corpus/parties/first-instance-letters.ts): a first instance's transfers, rulings and
 *    comments with a labelled representative line or none, beside the unit's own contact people.
 * 2f. A sixth slice (firstInstanceTraps, same file; `--traps 400`): labelled lines that are not the
 *    appellant's representative and case workers' forwarding e-mails; tuned on (the review's findings).
 * 2g. A seventh slice (corpus/parties/forms-and-orders.ts, session 8), scored before it was worked on: two
 *    fields a row, "Klager/fullmektig:", a block at the right margin, the address under the attachments,
 *    a head on one line with telephone and e-mail, surname first, double names, Swedish/Danish/German
 *    addresses, an ombud writing for someone, a postcode broken by a space or a dot.
 * 2h. An eighth slice (corpus/parties/notes-and-institutions.ts, session 9), scored before it was worked on:
 *    printed mails, notes, flat numbers, a GP's and a hospital's statements, a child or a caseworker writing
 *    for someone, a law firm's footer line, writers in the US, Canada and Australia.
 * 2i. A ninth slice (corpus/parties/households-and-borders.ts, session 10), scored before it was worked on:
 *    the address only in the signature or a footer, flattened two-column heads, a verge's reference line,
 *    Sweden/Denmark/Germany, several people named, hand-filled forms, emigrants in English.
 * 2j. A tenth slice (corpus/parties/representatives-and-offices.ts, session 11), scored before it was worked on:
 *    a law firm's head with the client only in a regarding line, interest organisations, a service office, an
 *    appointed verge, the appellant's block below the body, a helper whose own address is not the appellant's.
 * 2k. An eleventh slice (corpus/parties/mandates.ts, session 12), scored before it was worked on: a lawyer naming the
 *    client as «klagende part», «vår klient», «Ref.: … ./. Helfo» or in a sentence, a parent for a child at home, a
 *    relative's fullmakt written out below the body, a Nav office that helped a user, a Swedish law firm, an English
 *    solicitor with the postcode on its own line.
 * 2l. A twelfth slice (corpus/parties/other-addresses.ts, session 13, 36 letters), scored before it was worked on: a nynorsk
 *    sender block under the signature, two addresses (home and c/o), a care home for a resident, post boxes, a name and
 *    address on one comma line, the address in a sentence.
 * 2m. A thirteenth slice (corpus/parties/who-answers.ts, session 14, 40 letters), scored before it was worked on: who
 *    answers for the appellant (a verge, a parent, a relative, an employee, an organisation, a lawyer abroad, a «Fullmakt»
 *    paragraph) and who does not (a writer who says so, a doctor, a nurse, a Nav employee, a former lawyer).
 * 2n. A fourteenth slice (corpus/parties/new-writers.ts, session 15, 44 letters), scored before it was worked on: letters
 *    signed in lower case, care homes writing for a resident, representatives only in the signature, on a «Fullmektig:» line,
 *    «på vegne av min mor» or an organisation, people named who are not representatives, an address change («ny adresse»).
 * 2o. A fifteenth slice (corpus/parties/address-traps.ts, session 16, hand-written): addresses in a letter that are not the
 *    appellant's (a GP's, a hospital's, an employer's, Nav's, a relative's, a former one) and letters that give none.
 * 2p. A sixteenth slice (corpus/parties/representatives-five.ts, session 16, hand-written): lawyers, union jurists, relatives
 *    with a fullmakt, «v/», a fullmektig who signs, in nb, nn, sv, da and en; and people named who are not representatives.
 * 2q. A seventeenth slice (corpus/parties/session17-writers.ts, session 17, hand-written, 63 letters): representatives of
 *    every kind (Nordic unions, LO's legal aid, the patients' ombud, a verge, a social worker, a relative with a fullmakt),
 *    a writer who is not the appellant, an address written once, old and new addresses, abroad. Its development two thirds
 *    are scored as `s17`; the held-out third (every third letter) only with `--s17-held-out`, once at a session's end.
 * 2r. An eighteenth slice (corpus/parties/session18-writers.ts, session 18, hand-written, 57 letters): no wrong addressee —
 *    a Nav unit's, a first instance's, a GP's, a hospital's, an employer's «Postadresse», the ombud named but not acting, a
 *    clinician's title and name, an appellant writing again with the address. `s18`; its held-out third with `--s18-held-out`.
 * 2s. A nineteenth slice (corpus/parties/session19-writers.ts, session 19, hand-written, 51 letters): whose address is
 *    whose — a relative writing for a parent, old and new addresses, c/o, post boxes, abroad, an e-mail signature, a GP's
 *    practice, a lawyer's «Gjelder:», a kommune's or Nav's address, «advokat»/«fullmakt» with no representative, particles.
 *    `s19`; its held-out third with `--s19-held-out`.
 * 2t. A twenty-first slice (corpus/parties/session21-writers.ts, session 21, hand-written, 30 letters): who acts for whom — a
 *    first-person power inside the letter (the holder represents, the giver appeals), a power over a bank account only, «jeg
 *    klager selv», «NN ba meg skrive dette for henne» from a relative and from a GP or an office, a revoked power. `s21`; its
 *    held-out third with `--s21-held-out`.
 * 2u. A twenty-second slice (corpus/parties/session22-writers.ts, session 22, hand-written, 30 letters): one power to two
 *    holders, a bank's power beside the case's, «Jeg gir fullmakt(en) til min sønn …», a daughter writing for her mother
 *    («på vegne av min mor, …, f. …»), a GP appealing «på hennes vegne» with and without the patient's power. `s22`; its
 *    held-out third with `--s22-held-out`.
 * 2v. A twenty-third slice (corpus/parties/session23-writers.ts, session 23, hand-written, 30 letters): a power over one's
 *    mail (an errand power) beside a power over the case, one power to a bank or a law firm and a person, labelled
 *    «Klager:»/«Fullmektig:» lines with «Adresse:» under each, «vi bor sammen i …». `s23`; its held-out third with
 *    `--s23-held-out`.
 * 2w. A twenty-fourth slice (corpus/parties/session24-writers.ts, session 24, hand-written, 30 letters): a helper given the
 *    case by the next sentence, another party's labelled address, a transfer's «Prosessfullmektig:», «vi bor sammen i …»,
 *    e-mails, a care home, an address abroad. `s24`; its held-out third with `--s24-held-out`.
 * 3. The held-out corpus scans (test/corpus/data/eval-ocr.jsonl): text read by the product's own OCR,
 *    truth from regenerating the same letters (the generator records the parties it writes).
 * 4. The unseen-writer set (eval-sets/unseen-writers/*.jsonl) when it is there: letters by writers
 *    who never saw the templates, with parties in their truth, per half of split.json (calibration:
 *    may be read to learn kinds of writing; test: read by nobody). Read only, never trained on.
 *
 * Targets (issue #16): appellant's name and address exactly right for at least 97% of letters that
 * name an appellant; a wrong address given for at most 0.5% of letters.
 * --errors lists the failing letters by id and style (no names, no text), never the unseen test half's.
 * --dev leaves the unseen test half out altogether: what is developed against never sees its figure.
 * --only heads,styles,writers,strangers,late,first,traps,forms,notes,households,representatives,mandates,other,who,new,address-traps,five,s17,s18,s19,s21,s22,s23,s24,scans,unseen
 *   scores only those parts (a quicker loop while working on one slice).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readParties } from '../domain/parties/index.ts';
import { norwegianPostcodes } from '../config/postcodes.ts';
import { scoreLetter, summarise, type LetterScore, type PartiesReport, type PartiesTruth } from '../domain/parties/evaluate.ts';
import { headLetters } from '../corpus/parties/letter-heads.ts';
import { styleLetters } from '../corpus/parties/styles.ts';
import { writerLetters } from '../corpus/parties/writers.ts';
import { strangerLetters } from '../corpus/parties/strangers.ts';
import { lateKindLetters } from '../corpus/parties/late-kinds.ts';
import { firstInstanceLetters, firstInstanceTraps } from '../corpus/parties/first-instance-letters.ts';
import { formsAndOrdersLetters } from '../corpus/parties/forms-and-orders.ts';
import { notesAndInstitutionsLetters } from '../corpus/parties/notes-and-institutions.ts';
import { householdsAndBordersLetters } from '../corpus/parties/households-and-borders.ts';
import { representativesAndOfficesLetters } from '../corpus/parties/representatives-and-offices.ts';
import { mandateLetters } from '../corpus/parties/mandates.ts';
import { otherAddressLetters } from '../corpus/parties/other-addresses.ts';
import { whoAnswersLetters } from '../corpus/parties/who-answers.ts';
import { newWriterLetters } from '../corpus/parties/new-writers.ts';
import { addressTrapLetters } from '../corpus/parties/address-traps.ts';
import { fiveLanguageRepresentativeLetters } from '../corpus/parties/representatives-five.ts';
import { isHeldOut, session17Letters } from '../corpus/parties/session17-writers.ts';
import { isHeldOut as isHeldOut18, session18Letters } from '../corpus/parties/session18-writers.ts';
import { isHeldOut as isHeldOut19, session19Letters } from '../corpus/parties/session19-writers.ts';
import { isHeldOut as isHeldOut21, session21Letters } from '../corpus/parties/session21-writers.ts';
import { isHeldOut as isHeldOut22, session22Letters } from '../corpus/parties/session22-writers.ts';
import { isHeldOut as isHeldOut23, session23Letters } from '../corpus/parties/session23-writers.ts';
import { isHeldOut as isHeldOut24, session24Letters } from '../corpus/parties/session24-writers.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { applyNoise, learnNoise } from '../corpus/noise.ts';
import { loadRecords } from '../corpus/records.ts';
import { loadSplit, type Half } from '../eval-sets/unseen-writers/records.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('eval-parties', { options: { count: { type: 'string', default: '2000' }, styles: { type: 'string', default: '1000' }, writers: { type: 'string', default: '1000' }, strangers: { type: 'string', default: '1000' }, late: { type: 'string', default: '700' }, first: { type: 'string', default: '600' }, traps: { type: 'string', default: '400' }, forms: { type: 'string', default: '1000' }, notes: { type: 'string', default: '1000' }, households: { type: 'string', default: '1000' }, representatives: { type: 'string', default: '1000' }, mandates: { type: 'string', default: '1000' }, other: { type: 'string', default: '36' }, who: { type: 'string', default: '40' }, new: { type: 'string', default: '44' }, only: { type: 'string' }, seed: { type: 'string', default: '16' }, errors: { type: 'boolean', default: false }, dev: { type: 'boolean', default: false }, 's17-held-out': { type: 'boolean', default: false }, 's18-held-out': { type: 'boolean', default: false }, 's19-held-out': { type: 'boolean', default: false }, 's21-held-out': { type: 'boolean', default: false }, 's22-held-out': { type: 'boolean', default: false }, 's23-held-out': { type: 'boolean', default: false }, 's24-held-out': { type: 'boolean', default: false }, outcomes: { type: 'string' } } });
// --outcomes FILE: one JSON line per letter (set, id, style, outcome, whether an appellant was given and its name is right, the
// address's doubt signals; no text, no names), for
// weighing a withholding rule by what it would cost in exact answers. Only with --dev: never the unseen test half.
if (values.outcomes && !values.dev) throw new Error('--outcomes needs --dev (the unseen test half is never listed)');
if (values.outcomes) writeFileSync(values.outcomes, '');
const out = (s = '') => process.stdout.write(`${s}\n`);
const pct = (n: number, d: number) => (d === 0 ? '    –' : `${((n / d) * 100).toFixed(1).padStart(5)}%`);
const hash = () => '0'.repeat(64);
const parts = values.only?.split(',') ?? null;
const want = (part: string) => parts === null || parts.includes(part);
const postcodes = norwegianPostcodes();

interface Case {
  id: string;
  style: string;
  text: string;
  truth: PartiesTruth;
}

function evaluate(title: string, cases: Case[], listErrors = true): PartiesReport {
  const doubts: string[][] = [];
  const scores: (LetterScore & { id: string; style: string; support: string | null; confirmed: boolean; appellantGiven: boolean })[] = cases.map((c) => {
    const read = readParties(c.text, { hashNationalId: hash, postcodes });
    doubts.push([...(read.appellant?.doubts ?? []), ...(read.appellant?.addressCues ?? []).map((c) => `cue:${c}`), ...(read.appellant ? [`name:${read.appellant.nameCues.join('+')}`] : []), ...(read.parties.some((p) => p.role === 'representative') ? ['has-representative'] : [])]);
    return { id: c.id, style: c.style, support: read.appellant?.address ?? null, confirmed: read.appellant?.postcodeConfirmed ?? false, appellantGiven: read.parties.some((p) => p.role === 'appellant'), ...scoreLetter(read.parties, c.truth) };
  });
  const r = summarise(scores);
  if (values.outcomes) {
    const outcome = (s: LetterScore) => (s.wrongAddress ? 'wrong' : s.appellantExact ? 'exact' : s.addressMissing ? 'missing' : 'other');
    const representative = (s: LetterScore) => (s.representativeFalse ? 'false' : s.representativeRight ? 'right' : s.hasRepresentative ? 'missed' : 'none');
    // The representative's address: a wrong one sends the acknowledgement to the wrong office, worse than none.
    const representativeAddress = (s: LetterScore) => (s.representativeWrongAddress ? 'wrong' : s.representativeAddressMissing ? 'missing' : s.representativeGiven && !s.representativeFalse && s.hasRepresentative ? 'right' : 'none');
    appendFileSync(values.outcomes, scores.map((s, i) => `${JSON.stringify({ set: title, id: s.id, style: s.style, outcome: outcome(s), nameRight: s.appellantNameRight, appellantGiven: s.appellantGiven, representative: representative(s), representativeAddress: representativeAddress(s), doubts: doubts[i] })}\n`).join(''));
  }
  out(`${title} (${r.letters} letters, ${r.withAppellant} naming an appellant)`);
  out(`  appellant name right                  ${pct(r.appellantName, r.withAppellant)}`);
  out(`  appellant name + address exactly right ${pct(r.appellantExact, r.withAppellant)}   target >= 97%`);
  out(`  wrong appellant address given         ${pct(r.wrongAddress, r.letters)}   target <= 0.5%   (${r.wrongAddress} letters)`);
  out(`    of which more than a lost diacritic ${pct(r.misdirectingAddress, r.letters)}   (${r.misdirectingAddress} letters)`);
  out(`  address in the letter, none given     ${pct(r.addressMissing, r.withAppellant)}   (of which said why: ${r.addressWithheld})`);
  // How the cues' support of an address given relates to its being right (a confidence, measured).
  for (const level of ['corroborated', 'single']) {
    const given = scores.filter((s) => s.support === level);
    out(`  address given, ${level.padEnd(12)} cues ${String(given.length).padStart(5)}   wrong ${pct(given.filter((s) => s.wrongAddress).length, given.length)}`);
  }
  const confirmed = scores.filter((s) => s.support !== null && s.confirmed);
  const unconfirmed = scores.filter((s) => s.support !== null && !s.confirmed);
  out(`  address given, postcode confirmed     ${String(confirmed.length).padStart(5)}   wrong ${pct(confirmed.filter((s) => s.wrongAddress).length, confirmed.length)}   (Posten's table writes the place as the letter does)`);
  out(`  address given, postcode unconfirmed   ${String(unconfirmed.length).padStart(5)}   wrong ${pct(unconfirmed.filter((s) => s.wrongAddress).length, unconfirmed.length)}   (abroad, or a code the table lacks)`);
  out(`  representative right                  ${pct(r.representative, r.withRepresentative)}   of ${r.withRepresentative}; wrong address ${r.representativeWrongAddress}`);
  out(`  representatives given               ${String(r.representativeGiven).padStart(5)}   not the letter's representative ${r.representativeFalse} (precision ${pct(r.representativeGiven - r.representativeFalse, r.representativeGiven)})`);
  out(`  first instance right                  ${pct(r.firstInstance, r.withFirstInstance)}   of ${r.withFirstInstance}`);
  // --errors never lists the unseen test half: nobody may learn from its letters.
  if (values.errors && listErrors) {
    for (const s of scores.filter((s) => (s.hasAppellant && !s.appellantExact) || s.wrongAddress)) {
      out(`    ${s.id} ${s.style}: ${s.wrongAddress ? 'WRONG ADDRESS' : !s.appellantNameRight ? 'name' : s.addressMissing ? 'address missing' : 'address differs'}`);
    }
  }
  out();
  return r;
}

const count = Number(values.count);
const seed = Number(values.seed);
const heads = headLetters(seed, count);
if (want('heads')) {
  evaluate('Letter heads, as written', heads.map((h) => ({ id: h.id, style: h.style, text: h.text, truth: h.truth })));
}

const trainOcr = loadRecords('train-ocr');
const noise = learnNoise(trainOcr.filter((r) => !r.textLayer && r.clean).map((r) => ({ clean: r.clean!, ocr: r.text })));
const severities = [0.3, 0.6, 1, 1.6];
if (want('heads')) {
  evaluate(
    'Letter heads through the OCR noise model',
    heads.map((h, i) => ({ id: h.id, style: h.style, text: applyNoise(noise, h.text, severities[i % severities.length]!, seed + i), truth: h.truth })),
  );
}

if (want('styles')) {
  const styles = styleLetters(seed, Number(values.styles), postcodes.places);
  evaluate('Styles: whole letters by new kinds of writer, as written', styles.map((l) => ({ id: l.id, style: l.style, text: l.text, truth: l.truth })));
  evaluate(
    'Styles through the OCR noise model',
    styles.map((l, i) => ({ id: l.id, style: l.style, text: applyNoise(noise, l.text, severities[i % severities.length]!, seed + i), truth: l.truth })),
  );
}

// The second development slice (session 6): what the styles slice does not cover.
// Its damaged postcodes are scored apart: the letter no longer shows the truth's address, so the
// right answer is none (withheld), and any address given is wrong.
if (want('writers')) {
  const writers = writerLetters(seed, Number(values.writers), postcodes.places);
  const writerCases = writers.map((l, i) => ({ id: l.id, style: l.style, text: l.text, noisy: applyNoise(noise, l.text, severities[i % severities.length]!, seed + i), truth: l.truth }));
  const damagedKind = (c: { style: string }) => c.style.startsWith('damaged-');
  evaluate('Writers: the second development slice, as written', writerCases.filter((c) => !damagedKind(c)));
  evaluate('Writers through the OCR noise model', writerCases.filter((c) => !damagedKind(c)).map((c) => ({ ...c, text: c.noisy })));
  evaluate('Writers, postcodes the scan damaged (right answer: none given)', writerCases.filter(damagedKind));
  evaluate('Writers, postcodes the scan damaged, through the noise model', writerCases.filter(damagedKind).map((c) => ({ ...c, text: c.noisy })));
}

// The third development slice (session 7): writers and layouts neither earlier slice writes,
// scored before anything was changed for it (README: the generalisation figure).
if (want('strangers')) {
  const strangers = strangerLetters(seed, Number(values.strangers), postcodes.places);
  evaluateSlice('Strangers: the third development slice, as written', 'Strangers through the OCR noise model', strangers);
}

// A fourth slice (session 7), written after the session's other rules: how the reader fares on kinds
// nobody had fitted it to (scored before it was worked on; README).
if (want('late')) {
  const late = lateKindLetters(seed, Number(values.late), postcodes.places);
  evaluateSlice('Late kinds: the fourth development slice, as written', 'Late kinds through the OCR noise model', late);
}

// A fifth slice (session 7, round 2): a first instance's letters with the appellant's representative on a
// labelled line, or none, and always the unit's own contact people (never a representative).
if (want('first')) {
  const firstLetters = firstInstanceLetters(seed, Number(values.first), postcodes.places);
  evaluateSlice('First-instance letters: the fifth development slice, as written', 'First-instance letters through the OCR noise model', firstLetters);
}

// A sixth slice (review of session 7): labelled lines that are not the appellant's (an anke's
// counterparty and its lawyer, Nav's own people, the appellant's own name) and case workers' e-mails.
// Written with the review's findings: the rules were tuned on it, so it guards precision, no estimate.
if (want('traps')) {
  const traps = firstInstanceTraps(seed, Number(values.traps), postcodes.places);
  evaluateSlice('First-instance traps: the sixth slice (tuned on), as written', 'First-instance traps through the OCR noise model', traps);
}

// A seventh slice (session 8), written before anything was changed for it: its first figure is the
// honest estimate of how the reader fares on kinds nobody fitted it to.
if (want('forms')) {
  const forms = formsAndOrdersLetters(seed, Number(values.forms), postcodes.places);
  evaluateSlice('Forms and orders: the seventh development slice, as written', 'Forms and orders through the OCR noise model', forms);
}

// An eighth slice (session 9), written before anything was changed for it: printed mails with a telephone
// in the signature, notes, flat numbers, a GP's and a hospital's statements, a child or a caseworker
// writing for someone, a law firm's footer, writers overseas.
if (want('notes')) {
  const notes = notesAndInstitutionsLetters(seed, Number(values.notes), postcodes.places);
  evaluateSlice('Notes and institutions: the eighth development slice, as written', 'Notes and institutions through the OCR noise model', notes);
}

// A ninth slice (session 10), written before anything was changed for it: the address only under the signature
// or in a sender's footer, two-column heads flattened by OCR, a verge with the ward's address in a reference line,
// Norwegians in Sweden, Denmark and Germany, letters naming several people, hand-filled forms, emigrants in English.
if (want('households')) {
  const households = householdsAndBordersLetters(seed, Number(values.households), postcodes.places);
  evaluateSlice('Households and borders: the ninth development slice, as written', 'Households and borders through the OCR noise model', households);
}

// A tenth slice (session 11), written before anything was changed for it: representatives of every kind (a law firm with
// the client only in a regarding line, interest organisations, a service office, an appointed verge, a helper whose own
// address must not become the appellant's, the appellant's block below the body, a UK solicitor).
if (want('representatives')) {
  const representatives = representativesAndOfficesLetters(seed, Number(values.representatives), postcodes.places);
  evaluateSlice('Representatives and offices: the tenth development slice, as written', 'Representatives and offices through the OCR noise model', representatives);
}

// An eleventh slice (session 12), written before anything was changed for it: a lawyer naming the client in other ways,
// a parent for a child at home, a relative's fullmakt written out, a Nav office that helped a user, a Swedish law firm,
// an English solicitor with the postcode on its own line.
if (want('mandates')) {
  const mandates = mandateLetters(seed, Number(values.mandates), postcodes.places);
  evaluateSlice('Mandates: the eleventh development slice, as written', 'Mandates through the OCR noise model', mandates);
}

// A twelfth slice (session 13), small, written before anything was changed for it: a nynorsk sender block under the signature,
// two addresses (home and c/o), a care home for a resident, post boxes, a name and address on one comma line, «Min adresse er …».
if (want('other')) {
  const other = otherAddressLetters(seed, Number(values.other), postcodes.places);
  evaluateSlice('Other addresses: the twelfth development slice, as written', 'Other addresses through the OCR noise model', other);
}

// A thirteenth slice (session 14), small, written before anything was changed for it: who answers for the appellant, and who
// is only mentioned or says they do not.
if (want('who')) {
  const who = whoAnswersLetters(seed, Number(values.who), postcodes.places);
  evaluateSlice('Who answers: the thirteenth development slice, as written', 'Who answers through the OCR noise model', who);
}

// A fourteenth slice (session 15), small, written before anything was changed for it: lower-case signatures, care homes,
// representatives named only in a signature, a «Fullmektig:» line or a sentence, and an address change in the letter.
if (want('new')) {
  const newWriters = newWriterLetters(seed, Number(values.new), postcodes.places);
  evaluateSlice('New writers: the fourteenth development slice, as written', 'New writers through the OCR noise model', newWriters);
}

// Two hand-written slices (session 16), scored before any rule was changed for them: addresses that are not the appellant's
// (the right answer is mostly none), and representatives in the five languages the product reads.
if (want('address-traps')) {
  evaluateSlice('Address traps: the fifteenth slice (hand-written), as written', 'Address traps through the OCR noise model', addressTrapLetters());
}
if (want('five')) {
  evaluateSlice('Representatives in five languages: the sixteenth slice (hand-written), as written', 'Representatives in five languages through the OCR noise model', fiveLanguageRepresentativeLetters());
}

// A seventeenth slice (session 17), hand-written and committed before any rule was changed for it. Its held-out third is
// scored only when asked (`--s17-held-out`): rules are developed on the other two thirds.
if (want('s17')) {
  const s17 = session17Letters();
  evaluateSlice('Session 17 writers: development two thirds, as written', 'Session 17 writers, development two thirds, through the OCR noise model', s17.filter((l) => !isHeldOut(l.id)));
  if (values['s17-held-out']) {
    evaluateSlice('Session 17 writers: HELD-OUT third, as written', 'Session 17 writers, held-out third, through the OCR noise model', s17.filter((l) => isHeldOut(l.id)));
  }
}

// An eighteenth slice (session 18), hand-written and committed with main's result before any rule was changed for it.
if (want('s18')) {
  const s18 = session18Letters();
  evaluateSlice('Session 18 writers: development two thirds, as written', 'Session 18 writers, development two thirds, through the OCR noise model', s18.filter((l) => !isHeldOut18(l.id)));
  if (values['s18-held-out']) {
    evaluateSlice('Session 18 writers: HELD-OUT third, as written', 'Session 18 writers, held-out third, through the OCR noise model', s18.filter((l) => isHeldOut18(l.id)));
  }
}

// A nineteenth slice (session 19), hand-written and committed with main's result before any rule was changed for it.
if (want('s19')) {
  const s19 = session19Letters();
  evaluateSlice('Session 19 writers: development two thirds, as written', 'Session 19 writers, development two thirds, through the OCR noise model', s19.filter((l) => !isHeldOut19(l.id)));
  if (values['s19-held-out']) {
    evaluateSlice('Session 19 writers: HELD-OUT third, as written', 'Session 19 writers, held-out third, through the OCR noise model', s19.filter((l) => isHeldOut19(l.id)));
  }
}

// A twenty-second slice (session 22), hand-written with its truth first (corpus/parties/session22-writers.ts).
if (want('s22')) {
  const s22 = session22Letters();
  evaluateSlice('Session 22 writers: development two thirds, as written', 'Session 22 writers, development two thirds, through the OCR noise model', s22.filter((l) => !isHeldOut22(l.id)));
  if (values['s22-held-out']) {
    evaluateSlice('Session 22 writers: HELD-OUT third, as written', 'Session 22 writers, held-out third, through the OCR noise model', s22.filter((l) => isHeldOut22(l.id)));
  }
}
// A twenty-third slice (session 23), hand-written with its truth first (corpus/parties/session23-writers.ts).
if (want('s23')) {
  const s23 = session23Letters();
  evaluateSlice('Session 23 writers: development two thirds, as written', 'Session 23 writers, development two thirds, through the OCR noise model', s23.filter((l) => !isHeldOut23(l.id)));
  if (values['s23-held-out']) {
    evaluateSlice('Session 23 writers: HELD-OUT third, as written', 'Session 23 writers, held-out third, through the OCR noise model', s23.filter((l) => isHeldOut23(l.id)));
  }
}
// A twenty-fourth slice (session 24), hand-written with its truth first (corpus/parties/session24-writers.ts).
if (want('s24')) {
  const s24 = session24Letters();
  evaluateSlice('Session 24 writers: development two thirds, as written', 'Session 24 writers, development two thirds, through the OCR noise model', s24.filter((l) => !isHeldOut24(l.id)));
  if (values['s24-held-out']) {
    evaluateSlice('Session 24 writers: HELD-OUT third, as written', 'Session 24 writers, held-out third, through the OCR noise model', s24.filter((l) => isHeldOut24(l.id)));
  }
}
// A twenty-first slice (session 21), hand-written and committed with main's result before any rule was changed for it.
if (want('s21')) {
  const s21 = session21Letters();
  evaluateSlice('Session 21 writers: development two thirds, as written', 'Session 21 writers, development two thirds, through the OCR noise model', s21.filter((l) => !isHeldOut21(l.id)));
  if (values['s21-held-out']) {
    evaluateSlice('Session 21 writers: HELD-OUT third, as written', 'Session 21 writers, held-out third, through the OCR noise model', s21.filter((l) => isHeldOut21(l.id)));
  }
}

if (want('scans')) {
  // The held-out scans: regenerate their letters to learn the parties each one was written with.
  const heldOut = loadRecords('eval-ocr');
  const regenerated = new Map(generateCorpus({ seed: 20251, split: 'eval', count: heldOut.length }).map((d) => [d.id, d]));
  const scanCases: Case[] = [];
  for (const r of heldOut) {
    const doc = regenerated.get(r.id);
    if (!doc?.parties || JSON.stringify(doc.truth) !== JSON.stringify(r.truth)) throw new Error(`${r.id}: the corpus generator no longer writes this letter; regenerate the corpus`);
    scanCases.push({ id: r.id, style: `${r.family} ${r.textLayer ? 'text' : r.format}`, text: r.text, truth: doc.parties });
  }
  evaluate('Held-out corpus scans (real OCR)', scanCases);
  // A first instance's letters (transfers, rulings) write the appellant's fullmektig beside their own contact people.
  evaluate("Held-out corpus scans, a first instance's letters", scanCases.filter((c) => /^(?:case_transfer|ruling|comments)\./u.test(c.style)), false);
}

/** A development slice scored as written and through the noise model (each letter its own severity and seed). */
function evaluateSlice(asWritten: string, throughNoise: string, letters: readonly Pick<Case, 'id' | 'style' | 'text' | 'truth'>[]): void {
  const cases = letters.map((l) => ({ id: l.id, style: l.style, text: l.text, truth: l.truth }));
  evaluate(asWritten, cases);
  evaluate(throughNoise, cases.map((c, i) => ({ ...c, text: applyNoise(noise, c.text, severities[i % severities.length]!, seed + i) })));
}

/** The set's writers may write null for "no address in the letter"; the scoring wants an empty list. */
function normaliseTruth(t: PartiesTruth): PartiesTruth {
  return {
    appellant: t.appellant ? { name: t.appellant.name, address: t.appellant.address ?? [] } : null,
    representative: t.representative ? { name: t.representative.name, firm: t.representative.firm ?? null, address: t.representative.address ?? [] } : null,
    firstInstance: t.firstInstance ?? null,
  };
}

if (want('unseen')) {
  const unseenDir = fileURLToPath(new URL('../eval-sets/unseen-writers/', import.meta.url));
  if (existsSync(unseenDir)) {
    // Per half of the accuracy issue's split (split.json): rules may be learnt from the calibration
    // half's letters; the test half is read by nobody, so its figure is the honest one.
    const split = loadSplit();
    const halves: Record<Half, Case[]> = { calibration: [], test: [] };
    for (const file of readdirSync(unseenDir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(unseenDir + file, 'utf8').split('\n').filter((l) => l.trim())) {
        const r = JSON.parse(line) as { id: string; batch: string; documentType?: string; text: string; truth: { parties?: PartiesTruth } };
        if (!r.truth.parties) continue;
        const which: Half | null = split.calibration.includes(r.batch) ? 'calibration' : split.test.includes(r.batch) ? 'test' : null;
        if (!which) throw new Error(`${r.id}: batch ${r.batch} is in neither half of split.json`);
        halves[which].push({ id: r.id, style: r.documentType ?? '', text: r.text, truth: normaliseTruth(r.truth.parties) });
      }
    }
    evaluate('Unseen writers, calibration half', halves.calibration);
    if (!values.dev) {
      evaluate('Unseen writers, test half (read by nobody)', halves.test, false);
      evaluate('Unseen writers, both halves', [...halves.calibration, ...halves.test], false);
    }
  } else {
    out('Unseen writers: eval-sets/unseen-writers/ is not here yet');
  }
}
