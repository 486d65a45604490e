import { createHash } from 'node:crypto';
import type { AddressCorrection } from '#schemas/outbox';
import type { IsoDate } from '#schemas/taxonomy';
import { makeEvent } from '../domain/events/make-event.ts';
import { osloDate } from '../domain/calendar.ts';
import { factsOnRelease } from '../domain/letters/plan.ts';
import { correctedRecipient, type CorrectedRecipient } from '../domain/letters/corrected-address.ts';
import { partiesWithReleasedAddress } from '../domain/letters/released-address.ts';
import { dayBeforeExistence, type DayBeforeProblem } from '../domain/registry/days-before-existence.ts';
import type { OutboxRecord } from './letter-ports.ts';
import type { AuditLog, CaseRepository } from './ports.ts';
import { closedCase } from './case-still-open.ts';
import type { CaseRecord } from './records.ts';
import { answerPreliminaryReply, keepNoticePromise, type LetterStagePorts } from './write-letters.ts';

/**
 * The archivist's work on the outbox (issue #16): giving a held letter the address it lacked and
 * releasing it, and marking a ready letter sent (ekspedert). Both are conditional writes on the
 * letter's status, so of two archivists one does it and the other is told; the steps after the write
 * (the preliminary reply met, the events) are idempotent and are completed by a repeat.
 */

/** `cases`: a letter of a given-up case is not marked sent. */
export type OutboxWorkPorts = LetterStagePorts & { audit: AuditLog; cases: Pick<CaseRepository, 'get'> };

export type ReleaseOutcome =
  | { outcome: 'released'; letter: OutboxRecord }
  | { outcome: 'not_found' }
  | { outcome: 'invalid_address' }
  | { outcome: 'not_held'; letter: OutboxRecord };

/** Where postmottak read an address it released a held letter to: the same bundle's appeal, or a later letter on the case. */
export type AddressSource = 'bundle_appeal' | 'later_letter';

/** Where a released letter's PDF goes: beside the held one, named by its new address, so two releases never overwrite each other's PDF. */
function releasedPath(held: OutboxRecord, recipient: { name: string; address: string[] }): string {
  const digest = createHash('sha256').update(JSON.stringify(recipient)).digest('hex').slice(0, 12);
  return held.path.replace(/\.pdf$/, `.${digest}.pdf`);
}

/**
/**
 * `address`: the archivist's correction; or `recipient`, an address already checked as an envelope's: a party
 * an archivist corrected or added (service/operations/party-correction.ts; a representative added receives the
 * appellant's held letter), or one read with `addressFrom` where it was read (a transfer bundle's appeal part,
 * stages/write-letters.ts; a later letter on the case, stages/later-letter-address.ts) and `fromDocument`, the
 * document that gave it: the journal says so rather than that someone corrected it. `actsFor`: the appellant a
 * representative receiving the letter acts for, named in a letter that named none.
 */
export async function releaseHeldLetter(
  input: { letterId: string; by: string; check?: () => void; correctsParty?: boolean; actsFor?: string } & ({ address: AddressCorrection } | { recipient: CorrectedRecipient; addressFrom?: AddressSource; fromDocument?: string }),
  ports: OutboxWorkPorts,
): Promise<ReleaseOutcome> {
  const held = await ports.letters.get(input.letterId);
  if (!held) return { outcome: 'not_found' };
  if (held.status !== 'held') {
    // A repeat finishes what a failed release left undone (the journal line written in place, not twice);
    // the address only where the case still lacks one.
    if (held.releasedBy) {
      // The journal entry's date too: a failure right after the release left it with the held letter's date.
      await ports.letters.journalRelease(held);
      await recordRelease(held, held.releasedBy, held.releasedAt ?? held.createdAt, addressFromOf(input), ports);
      await afterRelease(held, ports);
      if (held.recipient) await rememberAddress(held, held.recipient, ports, { onlyWhereMissing: true });
    }
    return { outcome: 'not_held', letter: held };
  }
  // The caller's own refusal of the address (the service's postcode check), once the letter is known held.
  input.check?.();
  const recipient = 'recipient' in input ? input.recipient : correctedRecipient(input.address, held.recipient?.role ?? null);
  if (!recipient) return { outcome: 'invalid_address' };
  // A notice released after the date it promised (or close to it) is dated today; it promises what the case's other
  // notices already promised, else anew (domain/letters/plan.ts).
  const facts = factsOnRelease(
    {
      ...held.facts,
      recipient: { name: recipient.name, address: recipient.address },
      appellantName: appellantNamed(held, recipient, input),
    },
    osloDate(ports.now()),
    ports.lettersConfig,
    await promisedInWriting(held, ports),
  );
  const path = releasedPath(held, recipient);
  // The new PDF first, the record after: a ready letter never names a PDF that is not there.
  await ports.blobs.put(path, await ports.renderer.render(facts, ports.lettersConfig, held.journal.publicTitle), 'application/pdf');
  const at = ports.now().toISOString();
  const { released, record } = await ports.letters.release(input.letterId, { recipient, facts, letterDate: facts.letterDate, path, releasedBy: input.by, releasedAt: at, ...('fromDocument' in input && input.fromDocument ? { releasedFrom: input.fromDocument } : {}) });
  if (!record) return { outcome: 'not_found' };
  if (!released) return { outcome: 'not_held', letter: record };
  await recordRelease(record, input.by, at, addressFromOf(input), ports);
  // The deadline met and the event first: a failure after them leaves only the address to remember,
  // which a repeat does (above).
  await afterRelease(record, ports);
  await rememberAddress(record, recipient, ports);
  return { outcome: 'released', letter: record };
}

/**
 * The appellant a released letter's text names. A letter that named no appellant is written to the appellant the
 * archivist found; one released by a correction of the appellant names the corrected appellant, as a ready one
 * re-rendered does. A representative is never named as the appellant (review s18 M2): the appellant they act for
 * when known, else no name (domain/letters/compose.ts words it without one).
 */
function appellantNamed(held: OutboxRecord, recipient: CorrectedRecipient, input: { correctsParty?: boolean; actsFor?: string }): string {
  if (recipient.role !== 'appellant') return held.facts.appellantName || input.actsFor || '';
  return input.correctsParty ? recipient.name : held.facts.appellantName || recipient.name;
}

const addressFromOf = (input: Parameters<typeof releaseHeldLetter>[0]) => ('addressFrom' in input ? (input.addressFrom ?? null) : null);

/**
 * The earliest date another notice of extended processing time of the case has told a party (ready or sent; a held
 * one told nobody), or null: a notice released later promises it rather than a date of its own (review s15, H1/M1).
 */
async function promisedInWriting(held: OutboxRecord, ports: OutboxWorkPorts): Promise<IsoDate | null> {
  if (held.kind !== 'extended_processing_time') return null;
  const told = (await ports.letters.ofCase(held.caseId))
    .filter((l) => l.kind === held.kind && l.letterId !== held.letterId && (l.status === 'ready' || l.status === 'sent'))
    .map((l) => l.facts.expectedDate)
    .sort();
  return told[0] ?? null;
}

/**
 * The case's journal says who gave the address (identifiers only: the address is in the letter). Named by
 * the letter and the release's time, so a repeat after a failure writes the same line, never a second.
 */
async function recordRelease(letter: OutboxRecord, by: string, at: string, addressFrom: AddressSource | null, ports: OutboxWorkPorts): Promise<void> {
  await ports.audit.record({
    event: 'LetterReleased',
    actor: by,
    at,
    caseId: letter.caseId,
    ...(letter.triggerDocumentId ? { documentId: letter.triggerDocumentId } : {}),
    details: { letterId: letter.letterId, kind: letter.kind, ...(addressFrom ? { addressFrom } : {}) },
    once: letter.letterId,
  });
}

/** The released address kept on the case's parties, for the same recipient's later letters (domain/letters/released-address.ts). */
async function rememberAddress(letter: OutboxRecord, recipient: CorrectedRecipient, ports: OutboxWorkPorts, options: { onlyWhereMissing?: boolean } = {}): Promise<void> {
  await ports.letters.changeParties(letter.caseId, letter.triggerDocumentId ?? letter.letterId, (known) => {
    // A repeat of an old release must not put back an address given since, by a later release.
    if (options.onlyWhereMissing && known?.parties.some((p) => p.role === recipient.role && p.address.length)) return null;
    return { parties: partiesWithReleasedAddress(known?.parties ?? [], recipient), language: known?.language ?? letter.language };
  });
}

/** The preliminary reply met (or a notice's promised date kept), and LetterReady for the letter's new status (its id derived from the release, so a repeat publishes it once). */
async function afterRelease(letter: OutboxRecord, ports: OutboxWorkPorts): Promise<void> {
  await answerPreliminaryReply(letter, ports);
  // A notice of extended processing time moves the case's date once it can be posted, not while it was held.
  await keepNoticePromise(letter, ports);
  const subject = { ...(letter.triggerDocumentId ? { documentId: letter.triggerDocumentId } : {}), caseId: letter.caseId };
  await ports.publish([
    makeEvent('LetterReady', subject, { letterId: letter.letterId, kind: letter.kind, language: letter.language, status: 'ready', letterDate: letter.letterDate }, { time: ports.now().toISOString(), change: { letterId: letter.letterId, released: true } }),
  ]);
}

/**
 * A ready letter, not yet posted, goes to a party an archivist corrected (service/operations/party-correction.ts):
 * re-rendered to the corrected name and address, the PDF beside the old one. A sent letter is never
 * changed (the write holds only while the letter is ready), nor one re-addressed since `letter` was read (the
 * write holds only while it has the PDF it had then). Answers whether this call re-addressed it.
 */
export async function readdressReadyLetter(input: { letter: OutboxRecord; recipient: CorrectedRecipient; by: string }, ports: OutboxWorkPorts): Promise<boolean> {
  const { letter, recipient } = input;
  if (letter.status !== 'ready') return false;
  const facts = {
    ...letter.facts,
    recipient: { name: recipient.name, address: recipient.address },
    // The appellant's own name in the letter's text is corrected with them.
    appellantName: recipient.role === 'appellant' ? recipient.name : letter.facts.appellantName,
  };
  const path = releasedPath(letter, recipient);
  await ports.blobs.put(path, await ports.renderer.render(facts, ports.lettersConfig, letter.journal.publicTitle), 'application/pdf');
  const { readdressed } = await ports.letters.readdress(letter.letterId, { recipient, facts, path, pathAsRead: letter.path, by: input.by, at: ports.now().toISOString() });
  return readdressed;
}

export type SentOutcome =
  | { outcome: 'sent'; letter: OutboxRecord }
  | { outcome: 'not_found' }
  | { outcome: 'already_sent'; letter: OutboxRecord }
  | { outcome: 'not_ready'; letter: OutboxRecord }
  | { outcome: 'case_given_up'; letter: OutboxRecord; record: CaseRecord }
  | { outcome: 'before_letter_date'; letter: OutboxRecord; problem: DayBeforeProblem };

/**
 * Marks a ready letter sent on a day. The preliminary reply was met when the letter was written
 * (SPEC.md); a letter sent is certainly written, so this makes sure of it (nothing changes when it is).
 */
export async function markLetterSent(input: { letterId: string; on: IsoDate; by: string }, ports: OutboxWorkPorts): Promise<SentOutcome> {
  const before = await ports.letters.get(input.letterId);
  if (!before) return { outcome: 'not_found' };
  if (before.status === 'held') return { outcome: 'not_ready', letter: before };
  // A letter is not sent before the day it is dated (domain/registry/days-before-existence.ts).
  const tooEarly = before.status === 'ready' ? dayBeforeExistence('sent', input.on, before.letterDate) : null;
  if (tooEarly) return { outcome: 'before_letter_date', letter: before, problem: tooEarly };
  // A ready letter of a given-up case is withdrawn by the giving up (or by WriteLetters, when it wrote
  // after): one that is not yet must not be posted meanwhile. A letter sent before stays answered as sent.
  const closed = before.status === 'ready' ? await closedCase(ports.cases, before.caseId) : null;
  if (closed) return { outcome: 'case_given_up', letter: before, record: closed };
  const stored = before.status === 'ready' ? await ports.letters.markSent(input.letterId, input.on) : before;
  if (!stored) return { outcome: 'not_found' };
  if (stored.status !== 'sent') return { outcome: 'not_ready', letter: stored };
  await answerPreliminaryReply(stored, ports);
  if (before.status === 'sent' || stored.sentOn !== input.on) return { outcome: 'already_sent', letter: stored };
  await ports.audit.record({ event: 'LetterSent', actor: input.by, at: ports.now().toISOString(), caseId: stored.caseId, details: { letterId: stored.letterId, kind: stored.kind, sentOn: input.on } });
  return { outcome: 'sent', letter: stored };
}
