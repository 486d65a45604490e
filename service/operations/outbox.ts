import type { LetterStatus } from '#schemas/letters';
import { letterStatusName } from '#domain/wording/letter-status';
import { addressDoubtNb } from '#domain/letters/held-reasons';
import { typedCountry } from '#domain/letters/postcode-rules';
import { inPostOrder } from '#domain/letters/post-order';
import { placeNameCase, postcodeDoubt } from '#domain/parties/postcodes';
import { norwegianPostcodes } from '#config/postcodes';
import type { AddressCorrection, OutboxItem } from '#schemas/outbox';
import type { IsoDate } from '#schemas/taxonomy';
import { osloDate } from '#domain/calendar';
import { displayCaseNumber } from '#domain/registry/case-number-input';
import { s3BlobStore } from '../../functions/commons/blob-store.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { idHashKey } from '../../functions/commons/store/id-hash-key.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import type { OutboxWorkPorts } from '../../stages/outbox-work.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { conflict, notFound, unprocessable } from '../problems.ts';
import { caseIdOf } from './cases.ts';
import { requirePermission } from './guard.ts';
import { dayNb } from '../problem-words-nb.ts';
import { heldReasonNbOf } from './case-letters.ts';
import { refuseDayToCome } from './day-to-come-refusal.ts';
import { dayBeforeExistenceRefusal } from './day-before-existence-refusal.ts';

/**
 * The outbox for archivists (SPEC.md "Parties and outgoing letters"; issue #16): the letters with
 * their status, one letter's PDF, the day's post as one PDF, a ready letter marked sent, a held one
 * given its address and released, and the watcher's notices. Letters name people and their
 * addresses, so only archivists work the outbox, and fetching a letter is in the access log.
 */

function outboxItem(record: OutboxRecord): OutboxItem {
  return {
    letterId: record.letterId,
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    kind: record.kind,
    language: record.language,
    recipient: record.recipient,
    status: record.status,
    heldReason: record.heldReason,
    withdrawnReason: record.withdrawnReason ?? null,
    sentOn: record.sentOn,
    letterDate: record.letterDate,
    path: record.path,
    journalEntryId: record.journalEntryId,
    publicTitle: record.journal.publicTitle,
    screeningCode: record.journal.screeningCode,
    releasedBy: record.releasedBy ?? null,
    releasedAt: record.releasedAt ?? null,
    releasedAs: record.releasedAs ?? null,
    heldReasonNb: heldReasonNbOf(record),
  };
}

/** The letter stages' ports over the service's table and bucket; the PDF engine and templates load on first use only. */
export async function outboxPorts(ctx: ServiceContext): Promise<OutboxWorkPorts> {
  const [{ pdfLetterRenderer }, { loadLettersConfig }, { letterStagePorts }] = await Promise.all([
    import('../../engines/pdf/letter-renderer.ts'),
    import('../../config/letters.ts'),
    import('../../stages/write-letters.ts'),
  ]);
  const stage = dynamoStagePorts(ctx.db, {
    config: ctx.config,
    // Keys a joined appellant in a notice's id (stages/write-letters.ts writeExtendedNotices).
    idHashKey,
    now: ctx.now,
    events: ctx.events,
  });
  const blobs = s3BlobStore(ctx.files.bucket);
  return { ...letterStagePorts({ ...stage, blobs, letters: dynamoLetterRepository(ctx.db), renderer: pdfLetterRenderer, lettersConfig: loadLettersConfig() }), audit: stage.audit, cases: stage.cases };
}

export async function listOutbox(ctx: ServiceContext, identity: Identity, query: { status?: LetterStatus | undefined; case?: string | undefined }): Promise<{ letters: OutboxItem[] }> {
  requirePermission(identity, 'outbox:work');
  const letters = dynamoLetterRepository(ctx.db);
  const records = query.case ? (await letters.ofCase(caseIdOf(query.case))).filter((l) => !query.status || l.status === query.status) : await letters.list(query.status ? { status: query.status } : {});
  return { letters: records.map(outboxItem) };
}

async function letterOrNotFound(ctx: ServiceContext, letterId: string): Promise<OutboxRecord> {
  const record = await dynamoLetterRepository(ctx.db).get(letterId);
  if (!record) throw notFound(`There is no letter '${letterId}' in the outbox.`, `Det finnes ikke noe brev «${letterId}» blant utgående brev.`);
  return record;
}

/** One letter's PDF/A, as it will be (or was) posted. */
export async function letterPdf(ctx: ServiceContext, identity: Identity, letterId: string): Promise<{ pdf: Uint8Array; fileName: string }> {
  requirePermission(identity, 'outbox:work');
  return pdfOf(ctx, identity, await letterOrNotFound(ctx, letterId));
}

/**
 * One letter's PDF/A from its case's view: for the roles that read a case's letters, as its documents' originals (the archivist
 * and every caseworker, not only the one who holds the case: SPEC's role table lets both read cases in
 * full), not only those who work the outbox. A letter
 * of another case is not there (404), so a case's route never hands out another case's letter.
 */
export async function caseLetterPdf(ctx: ServiceContext, identity: Identity, caseInput: string, letterId: string): Promise<{ pdf: Uint8Array; fileName: string }> {
  requirePermission(identity, 'letters:read');
  requirePermission(identity, 'cases:read');
  const caseId = caseIdOf(caseInput);
  const record = await dynamoLetterRepository(ctx.db).get(letterId);
  if (!record || record.caseId !== caseId) throw notFound(`Case ${displayCaseNumber(caseId)} has no letter '${letterId}'.`, `Sak ${displayCaseNumber(caseId)} har ikke noe brev «${letterId}».`);
  return pdfOf(ctx, identity, record);
}

/** The letter's PDF as stored; the read is in the access log. */
async function pdfOf(ctx: ServiceContext, identity: Identity, record: OutboxRecord): Promise<{ pdf: Uint8Array; fileName: string }> {
  const pdf = await s3BlobStore(ctx.files.bucket).get({ bucket: ctx.files.bucket, key: record.path });
  await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'letter:read', caseId: record.caseId });
  return { pdf, fileName: `${record.letterId}.pdf` };
}

/** The day's post: every ready letter (of one letter date), its stored PDF/A, in one printable PDF, letters abroad last (post-order.ts). */
export async function printReady(ctx: ServiceContext, identity: Identity, date?: IsoDate): Promise<{ pdf: Uint8Array; count: number; letters: OutboxItem[] }> {
  requirePermission(identity, 'outbox:work');
  const ready = inPostOrder((await dynamoLetterRepository(ctx.db).list({ status: 'ready' })).filter((l) => !date || l.letterDate === date));
  if (ready.length === 0) throw notFound(`There are no ready letters${date ? ` dated ${date}` : ''} to print.`, `Det finnes ingen klare brev${date ? ` datert ${dayNb(date)}` : ''} å skrive ut.`);
  // The PDFs as stored in outbox/ (the journaled outgoing entries), joined: what goes in the envelope is what the archive holds.
  const [{ joinPdfs }, { loadLettersConfig }] = await Promise.all([import('../../engines/pdf/join-pdfs.ts'), import('../../config/letters.ts')]);
  const blobs = s3BlobStore(ctx.files.bucket);
  const languages = new Set(ready.map((l) => l.language));
  const pdf = await joinPdfs(await Promise.all(ready.map((l) => blobs.get({ bucket: ctx.files.bucket, key: l.path }))), {
    title: `Utgående post${date ? ` med brevdato ${dayNb(date)}` : ''}: ${ready.length} brev`,
    author: loadLettersConfig().letterhead.name,
    created: new Date(Math.floor(ctx.now().getTime() / 1000) * 1000),
    lang: languages.size === 1 ? `${[...languages][0]}-NO` : 'no',
  });
  for (const caseId of new Set(ready.map((l) => l.caseId))) {
    await ctx.accessLog.record({ at: ctx.now().toISOString(), person: identity.person, role: identity.role, action: 'letter:read', caseId });
  }
  return { pdf, count: ready.length, letters: ready.map(outboxItem) };
}

export async function markSent(ctx: ServiceContext, identity: Identity, letterId: string, on?: IsoDate): Promise<OutboxItem> {
  requirePermission(identity, 'outbox:work');
  const { markLetterSent } = await import('../../stages/outbox-work.ts');
  if (on) refuseDayToCome('sent', on, ctx);
  const outcome = await markLetterSent({ letterId, on: on ?? osloDate(ctx.now()), by: identity.person }, await outboxPorts(ctx));
  switch (outcome.outcome) {
    case 'not_found':
      throw notFound(`There is no letter '${letterId}' in the outbox.`, `Det finnes ikke noe brev «${letterId}» blant utgående brev.`);
    case 'not_ready':
      throw conflict(`Letter ${letterId} is held (${outcome.letter.heldReason ?? 'no reason given'}): give it an address and release it before it is sent.`, `Brev ${letterId} er holdt tilbake (${outboxItem(outcome.letter).heldReasonNb ?? 'uten oppgitt grunn'}): gi det en adresse og frigi det før det sendes.`);
    case 'already_sent':
      throw conflict(`Letter ${letterId} was marked sent on ${outcome.letter.sentOn} already.`, `Brev ${letterId} er allerede merket som sendt ${dayNb(outcome.letter.sentOn)}.`);
    case 'before_letter_date':
      throw dayBeforeExistenceRefusal(outcome.problem);
    case 'case_given_up':
      throw unprocessable(
        `Letter ${letterId} belongs to case ${outcome.record.caseNumber}, which was given up as opened in error: do not post it; it is withdrawn with the case.`,
        `Brev ${letterId} hører til sak ${outcome.record.caseNumber}, som er avsluttet som opprettet ved feil: ikke send det; det trekkes tilbake med saken.`,
      );
    case 'sent':
      return outboxItem(outcome.letter);
  }
}

export async function releaseLetter(ctx: ServiceContext, identity: Identity, letterId: string, address: AddressCorrection): Promise<OutboxItem> {
  requirePermission(identity, 'outbox:work');
  const { releaseHeldLetter } = await import('../../stages/outbox-work.ts');
  // The postcode is checked once the letter is known to exist and to be held (404 and 409 before 422).
  const outcome = await releaseHeldLetter({ letterId, address, by: identity.person, check: () => refuseDoubtfulPostcode(address) }, await outboxPorts(ctx));
  switch (outcome.outcome) {
    case 'not_found':
      throw notFound(`There is no letter '${letterId}' in the outbox.`, `Det finnes ikke noe brev «${letterId}» blant utgående brev.`);
    case 'invalid_address':
      throw unprocessable(`'${address.postcode} ${address.place}' does not read as a postcode and post town; write the postcode as the country writes it, and the town.`, `«${address.postcode} ${address.place}» er ikke et postnummer og poststed; skriv postnummeret slik landet skriver det, og stedet.`);
    case 'not_held': {
      const l = outcome.letter;
      throw conflict(
        l.releasedBy ? `Letter ${letterId} was released by ${l.releasedBy} already; it is ${l.status}.` : `Letter ${letterId} is ${l.status}, not held: only a held letter is given an address and released.`,
        l.releasedBy ? `Brev ${letterId} er allerede frigitt av ${l.releasedBy}; det er ${letterStatusName(l.status)}.` : `Brev ${letterId} er ${letterStatusName(l.status)}, ikke holdt tilbake: bare et brev som er holdt tilbake, får adresse og frigis.`,
      );
    }
    case 'released':
      return outboxItem(outcome.letter);
  }
}

/**
 * The check that holds a letter (Posten's table, config/postcodes.ts) applied to the address an archivist
 * writes: a postcode that is not the place's would send the letter, often about someone's health, to
 * the wrong door, so it is refused with the place the code belongs to.
 */
export function refuseDoubtfulPostcode(address: AddressCorrection): void {
  // Posten's table is Norway's: an address abroad is checked by its country's rule alone (postal-address.ts).
  if (typedCountry(address.country).line !== null) return;
  const postcode = address.postcode.trim();
  const place = address.place.trim();
  const table = norwegianPostcodes();
  const doubt = postcodeDoubt([address.street, `${postcode} ${place}`], table, { typed: true });
  if (!doubt) return;
  const own = table.places.get(postcode);
  const capitalised = own ? placeNameCase(own) : null;
  throw unprocessable(
    `The postcode ${postcode} is not ${place}'s${capitalised ? ` (${postcode} is ${capitalised})` : ''}: ${doubt}. Write the postcode and place as on the envelope.`,
    `Postnummer ${postcode} hører ikke til ${place}${capitalised ? ` (${postcode} er ${capitalised})` : ''}: ${addressDoubtNb(doubt)}. Skriv postnummer og poststed slik de står på konvolutten.`,
  );
}

/** What the daily watcher does in AWS: the notice of extended processing time, once per open case within the lead time. */
export async function writeNotices(ctx: ServiceContext, identity: Identity, today?: IsoDate): Promise<{ letters: (OutboxItem & { created: boolean })[] }> {
  requirePermission(identity, 'outbox:work');
  if (today) refuseDayToCome('notices', today, ctx);
  const [{ watchDeadlines }, { noticesDue }, { writeExtendedNotices }] = await Promise.all([
    import('../../functions/commons/store/service.ts'),
    import('../../stages/extended-notices.ts'),
    import('../../stages/write-letters.ts'),
  ]);
  const ports = await outboxPorts(ctx);
  const day = today ?? osloDate(ctx.now());
  const watch = await watchDeadlines(ctx.db, ctx.config, { today: day, horizonDays: ports.lettersConfig.extendedProcessingTime.leadDays });
  const written = await writeExtendedNotices(noticesDue(watch.extensionNotices), ports, day);
  const out: (OutboxItem & { created: boolean })[] = [];
  for (const w of written) {
    const record = await ports.letters.get(w.letterId);
    if (record) out.push({ ...outboxItem(record), created: w.created });
  }
  return { letters: out };
}

