import type { LettersConfig } from '#schemas/letters';
import type { DeadlineKind, IsoDate } from '#schemas/taxonomy';
import type { Classification, Deadline } from '#schemas/pipeline';
import type { PostmottakEvent } from '#schemas/events';
import { norwegianPostcodes } from '#config/postcodes';
import { osloDate } from '../domain/calendar.ts';
import { NOTICE_OPENER } from '../domain/config.ts';
import { makeEvent } from '../domain/events/make-event.ts';
import { mergedCaseParties, withAppellantsActedFor } from '../domain/letters/case-parties.ts';
import { acknowledgementFor, extendedNoticesFor, letterIdFor, type OpenCase, type PlannedLetter } from '../domain/letters/plan.ts';
import type { DeadlinesResult, ExecutionState, LettersResult, LinkResult, Registration } from '#schemas/state';
import { outboxKey, type LetterRenderer, type LetterRepository, type OutboxRecord } from './letter-ports.ts';
import { documentIdOf } from './document-id.ts';
import type { BlobStore, StagePorts } from './ports.ts';
import type { DeadlineChangeResult, ReadBeside } from './records.ts';
import { caseClosedUnder, closedCase, closedCaseReading, letterWithdrawnEvent } from './case-still-open.ts';
import { withdrawnLetterReason } from '../domain/registry/case-given-up-wording.ts';
import { sameNamedPerson } from '../domain/parties/same-person.ts';
import type { Party } from '#schemas/parties';
import { releaseHeldLetter } from './outbox-work.ts';
import { addressFromLaterLetter } from './later-letter-address.ts';
import { appellantEnvelope, awaitsAddressFrom } from './appellant-address-release.ts';

/**
 * WriteLetters: the letters a registration calls for (SPEC.md "Parties and outgoing letters"). It
 * records the document's parties on its case, plans the acknowledgement (domain/letters/plan.ts),
 * renders it, puts the PDF in the outbox, journals it on the case as an outgoing entry, marks the
 * case's preliminary_reply deadline met when the letter is ready to go, and announces LetterReady.
 * Keyed by the letter's id: a re-run finds the letter and writes nothing again.
 */

export interface LetterStagePorts {
  lettersConfig: LettersConfig;
  letters: LetterRepository;
  renderer: LetterRenderer;
  blobs: { put(key: string, body: string | Uint8Array, contentType: string): Promise<void> };
  /**
   * Marks met the deadline of `kind` that document `openedBy` opened on a case (the case repository's
   * changeDeadlines); true when it is met by `metBy`, now or before, `'late'` when that was after its due date.
   */
  meetDeadline(input: { caseId: string; area?: string | undefined; kind: DeadlineKind; openedBy: string; metBy: string; on: IsoDate }): Promise<boolean | 'late'>;
  /**
   * Moves a case's open deadline of `kind` to `due`: closes the oldest open one by `by` and opens one due then,
   * opened by `by` on `on` (the case repository's changeDeadlines); a re-run changes nothing and reports the same.
   */
  extendDeadline(input: { caseId: string; kind: DeadlineKind; due: IsoDate; by: string; on: IsoDate }): Promise<DeadlineChangeResult>;
  publish(events: readonly PostmottakEvent[]): Promise<void>;
  now(): Date;
  /** The national ids' HMAC key, which also keys a joined appellant in a notice's id (domain/letters/plan.ts). */
  idHashKey(): Promise<string>;
}

/** The ports of stages/ports.ts, and the outbox, the renderer and the letter templates. */
export type WriteLettersPorts = StagePorts & { blobs: BlobStore; letters: LetterRepository; renderer: LetterRenderer; lettersConfig: LettersConfig };

/** The letter stages' view of the common ports: deadlines through the case repository, events through the publisher. */
export function letterStagePorts(ports: WriteLettersPorts): LetterStagePorts {
  return {
    lettersConfig: ports.lettersConfig,
    letters: ports.letters,
    renderer: ports.renderer,
    blobs: ports.blobs,
    meetDeadline: async ({ caseId, area, kind, openedBy, metBy, on }) => {
      // The area only names a deadline item not yet written, which a letter never creates.
      const { closed } = await ports.cases.changeDeadlines({ caseId, area: area ?? '', fresh: false, change: { open: [], openedBy: metBy, openedOn: on, close: [], meet: [{ kind, openedBy }] } });
      const met = closed.find((d) => d.kind === kind && d.closedBy === metBy);
      return met?.late ? 'late' : met !== undefined;
    },
    extendDeadline: ({ caseId, kind, due, by, on }) =>
      ports.cases.changeDeadlines({ caseId, area: '', fresh: false, change: { open: [{ kind, due }], openedBy: by, openedOn: on, close: [kind] } }),
    publish: (events) => ports.events.publish(events),
    now: () => ports.clock.now(),
    idHashKey: ports.idHashKey,
  };
}

/** The WriteLetters task of statemachines/intake.asl.json, between Deadlines and Route. */
export async function writeLettersStage(state: ExecutionState & { link: LinkResult; registration: Registration; deadlines: DeadlinesResult }, ports: WriteLettersPorts): Promise<LettersResult> {
  // The main document's letters answer the bundle; an attachment calls for none of its own, but may give an address.
  if (state.link.matchedBy === 'main_document') {
    await addressFromBundleAppeal(state, ports);
    return [];
  }
  const documentId = documentIdOf(state);
  const { caseId } = state.registration;
  // The parties are read with the case when the document names any (writeLetters merges them in next).
  const namesParties = (state.link.classification.fields.parties?.length ?? 0) > 0;
  const { closed: before, asRead } = namesParties ? await closedCaseReading(ports.cases, caseId, 'parties') : { closed: await closedCase(ports.cases, caseId), asRead: undefined };
  if (before) throw caseClosedUnder(before, documentId, 'WriteLetters');
  const written = await writeLetters(
    {
      documentId,
      receivedDate: state.intake.receivedDate,
      classification: state.link.classification,
      registration: state.registration,
      opened: state.deadlines.opened,
      ...(asRead ? { partiesAsRead: asRead } : {}),
    },
    letterStagePorts(ports),
  );
  // Given up while this wrote: its letters are withdrawn as the giving up withdraws (a no-op when it saw them).
  const after = written.length ? await closedCase(ports.cases, caseId) : null;
  if (after?.givenUp) {
    const { givenUp } = after;
    for (const { letterId } of written) {
      await ports.letters.withdraw({ letterId, caseId, reason: withdrawnLetterReason(givenUp), by: givenUp.by, at: givenUp.at });
      const letter = await ports.letters.get(letterId);
      if (letter?.status === 'withdrawn') await ports.events.publish([letterWithdrawnEvent(letter, givenUp.at)]);
    }
  }
  if (after) throw caseClosedUnder(after, documentId, 'WriteLetters');
  // The appellant's address in this later letter gives an earlier acknowledgement held for want of one its envelope.
  await addressFromLaterLetter({ documentId, caseId, classification: state.link.classification }, ports.letters, (letterId, recipient) =>
    releaseHeldLetter({ letterId, by: 'postmottak', recipient, addressFrom: 'later_letter', fromDocument: documentId }, { ...letterStagePorts(ports), audit: ports.audit, cases: ports.cases }),
  );
  return written;
}

/**
 * A transfer letter names the appellant but often not their address, and the acknowledgement is held for
 * it; the appeal in the same bundle is the appellant's own letter with the address on it (QA session 12).
 * The held acknowledgement of the bundle's main document goes out to that address when the appeal part's
 * appellant is the letter's recipient (by name) and the address reads as a whole envelope. The release is
 * journaled as postmottak's, as an archivist's would be as theirs.
 */
async function addressFromBundleAppeal(state: ExecutionState & { link: LinkResult; registration: Registration }, ports: WriteLettersPorts): Promise<void> {
  const mainDocumentId = state.part?.mainDocumentId;
  const own = mainDocumentId ? appellantEnvelope(state.link.classification) : null;
  if (!mainDocumentId || !own) return;
  const documentId = documentIdOf(state);
  const ofMain = (await ports.letters.ofCase(state.registration.caseId)).filter((l) => l.triggerDocumentId === mainDocumentId);
  const exact = ofMain.find((l) => awaitsAddressFrom(l, own.name, documentId));
  // A name the appeal misread (QA L46) only with the recipient's own national id, read only when no name is the same.
  const appellant = state.link.classification.fields.parties?.find((p) => p.role === 'appellant' && p.nationalIdHash);
  const misread = exact || !appellant ? undefined : await misreadNameOf(ofMain.filter((l): l is OutboxRecord & { recipient: Party } => !!l.recipient && awaitsAddressFrom(l, l.recipient.name, documentId)), appellant, state.registration.caseId, ports);
  const held = exact ?? misread;
  if (!held) return;
  // The name as the case has it: a misread one is not printed on the envelope.
  await releaseHeldLetter(
    { letterId: held.letterId, by: 'postmottak', recipient: { role: 'appellant', name: held.recipient?.name ?? own.name, address: own.lines }, addressFrom: 'bundle_appeal', fromDocument: documentId },
    { ...letterStagePorts(ports), audit: ports.audit, cases: ports.cases },
  );
}

/**
 * The held letter whose recipient the appeal names with an OCR misread («Bjøm» for «Bjørn», QA L46), only when
 * the appeal's national id is that recipient's own as the case's parties have it: a case reference, or the id
 * of another of the case's parties, would send this person's letter to someone else's address. The parties are
 * read only when no name is the same as written.
 */
async function misreadNameOf<L extends { recipient: Party }>(letters: readonly L[], appellant: Party, caseId: string, ports: WriteLettersPorts): Promise<L | undefined> {
  const parties = (await ports.letters.parties(caseId))?.parties ?? [];
  const ownId = (recipient: Party) => recipient.nationalIdHash ?? parties.find((p) => p.role === recipient.role && sameNamedPerson(p.name, recipient.name, false))?.nationalIdHash;
  return letters.find((l) => sameNamedPerson(l.recipient.name, appellant.name, ownId(l.recipient) === appellant.nationalIdHash));
}

export interface WrittenLetter {
  letterId: string;
  kind: PlannedLetter['kind'];
  status: OutboxRecord['status'];
  /** false when a run before this one wrote it. */
  created: boolean;
}

export interface RegisteredInput {
  documentId: string;
  receivedDate: IsoDate;
  classification: Classification;
  registration: { caseId: string; caseNumber: string; created: boolean; area: string };
  opened: readonly Deadline[];
  /** The case's parties as read with the case (CaseRepository.getWith), the first read of their change. */
  partiesAsRead?: ReadBeside;
}

export async function writeLetters(input: RegisteredInput, ports: LetterStagePorts): Promise<WrittenLetter[]> {
  const { classification: c, registration } = input;
  const parties = c.fields.parties ?? [];
  // The case's parties: the document's merged into what the case has (domain/letters/case-parties.ts),
  // so a re-run never loses an address an archivist gave, and a later letter may add a representative.
  if (parties.length) {
    await ports.letters.changeParties(registration.caseId, input.documentId, (known) => {
      if (!known) return { parties: withAppellantsActedFor(parties), language: c.language };
      const merged = mergedCaseParties(known.parties, parties);
      return JSON.stringify(merged) === JSON.stringify(known.parties) ? null : { parties: merged, language: known.language };
    }, input.partiesAsRead);
  }
  const planned = acknowledgementFor(
    {
      documentId: input.documentId,
      documentType: c.documentType,
      createdCase: registration.created,
      caseId: registration.caseId,
      caseNumber: registration.caseNumber,
      receivedDate: input.receivedDate,
      language: c.language,
      parties,
      caseProcessingDue: input.opened.find((d) => d.kind === 'case_processing')?.due ?? null,
      letterDate: osloDate(ports.now()),
    },
    ports.lettersConfig,
    norwegianPostcodes(),
  );
  if (!planned) return [];
  const written = await writeLetter(planned, { caseId: registration.caseId, triggerDocumentId: input.documentId }, ports);
  if (written.status === 'ready') {
    await answerPreliminaryReply({ letterId: written.letterId, kind: written.kind, caseId: registration.caseId, triggerDocumentId: input.documentId, letterDate: planned.facts.letterDate }, ports, registration.area);
  }
  return [written];
}

/** The letters that answer the document that called for them: forvaltningsloven § 11 a's preliminary reply. */
const preliminaryReplies: readonly PlannedLetter['kind'][] = ['appeal_acknowledgement', 'tribunal_appeal_acknowledgement'];

/**
 * An acknowledgement is the preliminary reply (SPEC.md: writing it marks `preliminary_reply` met), so
 * the deadline is met when the letter is written with an address it can go to: at once for a ready
 * letter, at release for a held one; marking it sent makes sure of it. It meets the preliminary reply
 * of the document that called for the letter (the anke's own on an anke), never another open one.
 * Idempotent: a re-run meets nothing twice and publishes the same DeadlineClosed id.
 */
export async function answerPreliminaryReply(
  letter: Pick<OutboxRecord, 'letterId' | 'kind' | 'caseId' | 'triggerDocumentId' | 'letterDate'>,
  ports: LetterStagePorts,
  area?: string,
): Promise<boolean | 'late'> {
  if (!preliminaryReplies.includes(letter.kind) || !letter.triggerDocumentId) return false;
  const closedBy = `letter:${letter.letterId}`;
  const met = await ports.meetDeadline({ caseId: letter.caseId, area, kind: 'preliminary_reply', openedBy: letter.triggerDocumentId, metBy: closedBy, on: letter.letterDate });
  if (met) {
    const subject = { documentId: letter.triggerDocumentId, caseId: letter.caseId };
    // A reply written after the due date met the deadline late (QA s16): the event says so, as the case does.
    const late = met === 'late' ? { late: true as const } : {};
    await ports.publish([makeEvent('DeadlineClosed', subject, { kind: 'preliminary_reply', closedBy, ...late }, { time: ports.now().toISOString(), change: { kind: 'preliminary_reply', closedBy } })]);
  }
  return met;
}

/**
 * The deadline watcher's part: the notice of extended processing time for each open case whose
 * case_processing deadline is within the lead time, once per case and appellant. `today` is the watcher's day, the
 * letter's date (an operator may run a day that has passed); the clock stays the clock, so the letter's
 * journal time and its LetterReady event's `time` are when it was written, and the feed never goes back.
 */
export async function writeExtendedNotices(cases: readonly Omit<OpenCase, 'parties' | 'language'>[], ports: LetterStagePorts, today: IsoDate = osloDate(ports.now())): Promise<WrittenLetter[]> {
  const out: WrittenLetter[] = [];
  let hashKey: string | null = null;
  for (const openCase of cases) {
    const known = await ports.letters.parties(openCase.caseId);
    // Only a case of more than one appellant keys a notice by its appellant: the key is read then, once.
    if ((known?.parties.filter((p) => p.role === 'appellant').length ?? 0) > 1) hashKey ??= await ports.idHashKey();
    // One notice for each appellant of the case: a moved appeal's writer is a party as the first appellant is.
    const notices = extendedNoticesFor({ ...openCase, parties: known?.parties, language: known?.language ?? null }, today, ports.lettersConfig, hashKey, norwegianPostcodes());
    for (const planned of notices) {
      out.push(await writeLetter(planned, { caseId: openCase.caseId, triggerDocumentId: null }, ports));
    }
    // The case's first notice holds the promise; its joined appellants' notices promise the same date.
    const promising = notices[0] ? await ports.letters.get(notices[0].letterId) : null;
    if (promising) await keepNoticePromise(promising, ports);
  }
  return out;
}

/**
 * The case's case_processing deadline becomes the date the notice promised (QA s13 M4: the case kept the old date
 * and the watcher still asked for a notice): the old deadline closed and the promised one opened by the notice, with
 * DeadlineClosed and DeadlineOpened. Read from the stored notice, so a re-run on a later day keeps the first
 * promise and changes nothing. Only the case's first notice (to its appellant, or the representative) promises, and
 * only once it can be posted: a notice held for want of an address has told nobody, so the case keeps its date and
 * the watcher keeps asking (QA s14); its release (stages/outbox-work.ts) moves the date.
 */
export async function keepNoticePromise(notice: OutboxRecord, ports: LetterStagePorts): Promise<void> {
  if (notice.kind !== 'extended_processing_time' || notice.letterId !== letterIdFor(notice.kind, notice.caseNumber, null)) return;
  if (notice.status !== 'ready' && notice.status !== 'sent') return;
  const by = `${NOTICE_OPENER}${notice.letterId}`;
  const kind = 'case_processing' as const;
  const { opened, closed } = await ports.extendDeadline({ caseId: notice.caseId, kind, due: notice.facts.expectedDate, by, on: notice.letterDate });
  const subject = { caseId: notice.caseId };
  const time = ports.now().toISOString();
  await ports.publish([
    ...closed.map((d) => makeEvent('DeadlineClosed', subject, { kind, closedBy: by }, { time, change: { kind, closedBy: by, deadline: d.id } })),
    ...opened.map((d) => makeEvent('DeadlineOpened', subject, { kind, due: d.due, openedBy: by }, { time, change: { kind, openedBy: by, deadline: d.id } })),
  ]);
}

/**
 * LetterReady, after the write and again on a re-run (the same id, derived from the letter): identifiers
 * only, as a letter's recipient and text are personal data fetched through the API.
 */
function announce(letter: OutboxRecord, ports: LetterStagePorts): Promise<void> {
  const subject = { ...(letter.triggerDocumentId ? { documentId: letter.triggerDocumentId } : {}), caseId: letter.caseId };
  return ports.publish([makeEvent('LetterReady', subject, { letterId: letter.letterId, kind: letter.kind, language: letter.language, status: letter.status, letterDate: letter.letterDate }, { time: ports.now().toISOString(), change: { letterId: letter.letterId } })]);
}

async function writeLetter(planned: PlannedLetter, on: { caseId: string; triggerDocumentId: string | null }, ports: LetterStagePorts): Promise<WrittenLetter> {
  const existing = await ports.letters.get(planned.letterId);
  if (existing) {
    await announce(existing, ports);
    return { letterId: existing.letterId, kind: existing.kind, status: existing.status, created: false };
  }
  const path = outboxKey(on.caseId, planned.letterId);
  // The PDF first, the record after: a record never names a PDF that is not there.
  await ports.blobs.put(path, await ports.renderer.render(planned.facts, ports.lettersConfig, planned.publicTitle), 'application/pdf');
  const record: OutboxRecord = {
    letterId: planned.letterId,
    caseId: on.caseId,
    caseNumber: planned.facts.caseNumber,
    kind: planned.kind,
    language: planned.language,
    recipient: planned.recipient ? { role: planned.recipient.role, name: planned.recipient.name, address: planned.recipient.address } : null,
    status: planned.status,
    heldReason: planned.heldReason,
    heldReasonCode: planned.heldReasonCode,
    sentOn: null,
    letterDate: planned.facts.letterDate,
    path,
    journalEntryId: `${planned.facts.caseNumber}-${planned.letterId}`,
    triggerDocumentId: on.triggerDocumentId,
    facts: planned.facts,
    journal: { type: 'U', publicTitle: planned.publicTitle, screeningCode: planned.screeningCode },
    createdAt: ports.now().toISOString(),
  };
  const { created, record: stored } = await ports.letters.add(record);
  await announce(stored, ports);
  return { letterId: stored.letterId, kind: stored.kind, status: stored.status, created };
}
