import type { HeldReason, LetterKind, LetterLanguage, LettersConfig } from '#schemas/letters';
import type { Party } from '#schemas/parties';
import type { DocumentType, IsoDate, Language } from '#schemas/taxonomy';
import { compareIsoDates, daysBetween, deadlineDate } from '../calendar.ts';
import type { LetterFacts } from './compose.ts';
import type { PostcodeTable } from '../parties/postcodes.ts';
import { actsFor } from './case-parties.ts';
import { chooseRecipient, letterLanguage } from './recipient.ts';
import { windowRecipient } from './window-recipient.ts';
import { keyedHash } from '../registry/national-id-hash.ts';

/**
 * Which letters a registration calls for, and what each says: the decision, with no I/O. The stage
 * writes what this plans (PDF, outbox record, journal entry, event), keyed by `letterId`, so a re-run
 * plans the same ids and writes nothing twice.
 */
export interface PlannedLetter {
  /** Stable for the same case, kind and triggering document: the idempotency key. */
  letterId: string;
  kind: LetterKind;
  language: LetterLanguage;
  status: 'ready' | 'held';
  heldReason: string | null;
  heldReasonCode: HeldReason | null;
  recipient: Party | null;
  facts: LetterFacts;
  /** Noark 5 offentlig tittel: the kind of letter, never a name. */
  publicTitle: string;
  screeningCode: string;
}

export interface RegisteredDocument {
  documentId: string;
  documentType: DocumentType;
  /** The document created its case (rather than joining one). */
  createdCase: boolean;
  caseId: string;
  caseNumber: string;
  receivedDate: IsoDate;
  /** The language the document was written in. */
  language: Language | null;
  parties: readonly Party[] | undefined;
  /** The due date of the case's open case_processing deadline, if it has one. */
  caseProcessingDue: IsoDate | null;
  letterDate: IsoDate;
}

const KIND_CODE: Record<LetterKind, string> = { appeal_acknowledgement: 'ack', tribunal_appeal_acknowledgement: 'anke', extended_processing_time: 'ext' };

/** "2025/00001" -> "2025-00001": the slash-free form ids and keys use (SPEC.md). */
const slashFree = (caseNumber: string) => caseNumber.replace('/', '-');

export function letterIdFor(kind: LetterKind, caseNumber: string, trigger: string | null): string {
  return [KIND_CODE[kind], slashFree(caseNumber), ...(trigger ? [trigger] : [])].join('.');
}

/** The acknowledgement a registered document calls for, if any (config `acknowledgements`). */
export function acknowledgementFor(doc: RegisteredDocument, config: LettersConfig, postcodes?: PostcodeTable): PlannedLetter | null {
  const rule = config.acknowledgements.find((r) => r.documentTypes.includes(doc.documentType) && (!r.newCaseOnly || doc.createdCase));
  if (!rule) return null;
  const choice = chooseRecipient(doc.parties, postcodes);
  const language = letterLanguage(doc.language);
  const expectedDate =
    rule.kind === 'appeal_acknowledgement' && doc.caseProcessingDue ? doc.caseProcessingDue : deadlineDate(doc.receivedDate, rule.expectedWithin);
  return {
    letterId: letterIdFor(rule.kind, doc.caseNumber, doc.documentId),
    kind: rule.kind,
    language,
    status: choice.status,
    heldReason: choice.status === 'held' ? choice.reason : null,
    heldReasonCode: choice.status === 'held' ? choice.reasonCode : null,
    recipient: choice.recipient,
    facts: {
      kind: rule.kind,
      language,
      caseNumber: doc.caseNumber,
      letterDate: doc.letterDate,
      receivedDate: doc.receivedDate,
      expectedDate,
      recipient: windowRecipient(choice.recipient),
      appellantName: choice.appellantName,
    },
    publicTitle: config.journal.publicTitles[rule.kind],
    screeningCode: config.journal.screeningCode,
  };
}

export interface OpenCase {
  caseId: string;
  caseNumber: string;
  /** The open case_processing deadline's due date. */
  caseProcessingDue: IsoDate;
  receivedDate: IsoDate;
  language: Language | null;
  parties: readonly Party[] | undefined;
}

/**
 * The notice of extended processing time, once per open case, when its case_processing deadline is
 * `leadDays` away or fewer (a deadline already passed still gets it: better late than never). The id
 * has no trigger, so the case's one notice is the same letter however often the watcher runs.
 */
export function extendedNoticeFor(openCase: OpenCase, today: IsoDate, config: LettersConfig, postcodes?: PostcodeTable): PlannedLetter | null {
  if (daysBetween(today, openCase.caseProcessingDue) > config.extendedProcessingTime.leadDays) return null;
  const kind = 'extended_processing_time' as const;
  const choice = chooseRecipient(openCase.parties, postcodes);
  const language = letterLanguage(openCase.language);
  return {
    letterId: letterIdFor(kind, openCase.caseNumber, null),
    kind,
    language,
    status: choice.status,
    heldReason: choice.status === 'held' ? choice.reason : null,
    heldReasonCode: choice.status === 'held' ? choice.reasonCode : null,
    recipient: choice.recipient,
    facts: {
      kind,
      language,
      caseNumber: openCase.caseNumber,
      letterDate: today,
      receivedDate: openCase.receivedDate,
      previousExpectedDate: openCase.caseProcessingDue,
      expectedDate: promisedDate(openCase.caseProcessingDue, today, config),
      recipient: windowRecipient(choice.recipient),
      appellantName: choice.appellantName,
    },
    publicTitle: config.journal.publicTitles[kind],
    screeningCode: config.journal.screeningCode,
  };
}

/** The date a notice written on `today` promises: the extension counted from the case's date, or from today once that has passed. */
function promisedDate(caseProcessingDue: IsoDate, today: IsoDate, config: LettersConfig): IsoDate {
  const base = compareIsoDates(caseProcessingDue, today) >= 0 ? caseProcessingDue : today;
  return deadlineDate(base, config.extendedProcessingTime.extension);
}

/**
 * What a held notice says once an archivist releases it on `today`: as written, unless the date it promised has
 * passed or is within the lead time (a notice written then would be due again at once, and nothing asks for a
 * second); then it is dated the release day. `promised` is the date another notice of the case has already told a
 * party in writing (ready or sent; the earliest, if two differ): the released notice promises that date, so the
 * case is never moved past what a party was told and its appellants are all told one date (review s15, H1/M1).
 * With none, a late notice promises the date counted from the release day as the first was counted (from the
 * case's date it moved, or today once that has passed). An acknowledgement is rendered again on release and says
 * its date: dated the release day, so it is not backdated to the day it was held, and the preliminary reply it
 * meets is met that day (late when after its due date; review s17, H2). Its other facts are kept.
 */
export function factsOnRelease(facts: LetterFacts, today: IsoDate, config: LettersConfig, promised: IsoDate | null = null): LetterFacts {
  if (facts.kind !== 'extended_processing_time') return compareIsoDates(today, facts.letterDate) > 0 ? { ...facts, letterDate: today } : facts;
  const late = daysBetween(today, facts.expectedDate) <= config.extendedProcessingTime.leadDays;
  if (promised) return { ...facts, ...(late ? { letterDate: today } : {}), expectedDate: promised };
  if (!late) return facts;
  return { ...facts, letterDate: today, expectedDate: promisedDate(facts.previousExpectedDate ?? facts.expectedDate, today, config) };
}

/**
 * The notice for every appellant of the case (SPEC: the case's next letter reaches each party): a moved appeal's
 * writer joins the case's parties (case-parties.ts, partiesJoiningCase), and is told of the extended time as the
 * case's first appellant is. The first appellant's notice is the case's one notice as before (the same id, so a
 * notice already written is not written again). Each goes to a representative only who acts for that appellant
 * (case-parties.ts, actsFor), else to the appellant: a notice to another's lawyer is worse than one to the appellant
 * (review 12, H2). A further appellant's id carries a key of the appellant (their id hash, else their name, under the
 * HMAC of `hashKey`, the national ids' key; null will do for a case of one appellant), so a re-run, or the parties in
 * another order, write nothing twice.
 */
export function extendedNoticesFor(openCase: OpenCase, today: IsoDate, config: LettersConfig, hashKey: string | null, postcodes?: PostcodeTable): PlannedLetter[] {
  const parties = openCase.parties ?? [];
  const appellants = parties.filter((p, i) => p.role === 'appellant' && !parties.slice(0, i).some((b) => b.role === 'appellant' && sameAppellant(p, b)));
  const representatives = parties.filter((p) => p.role === 'representative');
  const partiesOf = (appellant: Party) => [appellant, ...representatives.filter((r) => actsFor(r, appellant, appellants.length === 1))];
  const [first, ...joined] = appellants;
  // A case with no appellant named (a lawyer's letter that names no client) writes to its representative, as before.
  const firstNotice = extendedNoticeFor({ ...openCase, parties: first ? partiesOf(first) : openCase.parties }, today, config, postcodes);
  if (!firstNotice) return [];
  const further = joined.map((appellant) => {
    const notice = extendedNoticeFor({ ...openCase, parties: partiesOf(appellant) }, today, config, postcodes)!;
    return { ...notice, letterId: letterIdFor(notice.kind, openCase.caseNumber, appellantKey(appellant, hashKey)) };
  });
  return [firstNotice, ...further];
}

const appellantIdentity = (appellant: Party) => appellant.nationalIdHash ?? `name:${appellant.name.trim().toLowerCase()}`;
const sameAppellant = (a: Party, b: Party) => appellantIdentity(a) === appellantIdentity(b);

/**
 * A short, stable key of an appellant for a letter id (ids show in paths and events): keyed, since a plain hash of
 * a name is undone by hashing a list of names (review 12, M3).
 */
function appellantKey(appellant: Party, hashKey: string | null): string {
  if (!hashKey) throw new Error('a notice to a joined appellant needs the id-hash key');
  return `p${keyedHash(appellantIdentity(appellant), hashKey).slice(0, 12)}`;
}
