import { isDeepStrictEqual } from 'node:util';
import type { AddressCorrection } from '#schemas/outbox';
import type { Party } from '#schemas/parties';
import { correctedRecipient, type CorrectedRecipient } from '#domain/letters/corrected-address';
import { partiesWithReleasedAddress } from '#domain/letters/released-address';
import { displayCaseNumber } from '#domain/registry/case-number-input';
import { getCase } from '../../functions/commons/store/cases.ts';
import { partyCorrections, recordPartyCorrection } from '../../functions/commons/store/party-history.ts';
import type { OutboxRecord } from '../../stages/letter-ports.ts';
import type { AddressSource } from '../../stages/outbox-work.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { conflict, notFound, unprocessable } from '../problems.ts';
import { caseIdOf } from './cases.ts';
import { requirePermission } from './guard.ts';
import { outboxPorts, refuseDoubtfulPostcode } from './outbox.ts';

/** The parties a person may have corrected (GDPR art. 16): the ones letters go to. */
export type CorrectableRole = 'appellant' | 'representative';

export interface PartyCorrected {
  caseId: string;
  role: CorrectableRole;
  name: string;
  address: string[];
  /** Letters not yet posted that now go to the corrected party: a held one released, a ready one re-rendered. */
  readdressed: { letterId: string; status: string }[];
}

type OutboxPorts = Awaited<ReturnType<typeof outboxPorts>>;

export const correctableRoleNb: Record<CorrectableRole, string> = { appellant: 'klager', representative: 'fullmektig' };

/**
 * Retting (GDPR art. 16): an archivist corrects the appellant's or representative's name and address on
 * a case. The case's parties get the corrected value; the old one is kept in the party history
 * (`PARTYHISTORY#`, never read with the case); the case's journal says who corrected which party and
 * when (no name or address: every case reader sees the journal). Letters not yet posted follow: one held
 * for that party's missing or doubtful address is released to it (as `outbox release` does), a ready one
 * is re-rendered to it; a sent letter is never changed. No event: SPEC's events carry no parties.
 */
export async function correctParty(ctx: ServiceContext, identity: Identity, caseInput: string, role: CorrectableRole, correction: AddressCorrection): Promise<PartyCorrected> {
  requirePermission(identity, 'parties:correct');
  const caseId = caseIdOf(caseInput);
  if (!(await getCase(ctx.db, caseId, false))) throw notFound(`There is no case ${displayCaseNumber(caseId)}.`, `Det finnes ingen sak ${displayCaseNumber(caseId)}.`);
  const recipient = recipientOf(correction, role);
  const ports = await outboxPorts(ctx);
  // Two appellants (a moved appeal joins its writer to the case): the request cannot say which of them it
  // corrects, and re-addressing by role would send one person's letters to the other.
  const known = (await ports.letters.parties(caseId))?.parties ?? [];
  const sameRole = known.filter((p) => p.role === role);
  if (sameRole.length > 1) {
    throw conflict(
      `Case ${displayCaseNumber(caseId)} has ${sameRole.length} parties in the role ${role}; a correction here cannot say which one it is. Correct the letter instead: release or withdraw it in the outbox.`,
      `Sak ${displayCaseNumber(caseId)} har ${sameRole.length} parter som ${correctableRoleNb[role]}; en retting her kan ikke si hvem av dem den gjelder. Rett brevet i stedet: frigi eller trekk det tilbake i utgående post.`,
    );
  }
  // A retried identical correction changes nothing: no second history record or journal line. Only a letter
  // a failed first attempt left unaddressed is still re-addressed (none, when the first one finished).
  const at = ctx.now().toISOString();
  const current = sameRole[0];
  if (current && isDeepStrictEqual(current, partiesWithReleasedAddress(known, recipient).find((p) => p.role === role))) {
    const readdressed = await readdressUnsent(ports, caseId, role, recipient, identity.person);
    // The first attempt may have died before its journal line: journal it under that attempt's time, which
    // the `once` key keeps to one line however often it is retried (review s16 fix16 M1).
    const latest = (await partyCorrections(ctx.db, caseId)).filter((h) => h.role === role && !h.added).map((h) => h.at).sort().at(-1);
    if (latest) await journalCorrection(ports, identity, caseId, role, readdressed, latest);
    else if (readdressed.length > 0) await journalCorrection(ports, identity, caseId, role, readdressed, at);
    return { caseId, role, name: current.name, address: current.address, readdressed };
  }
  let before: Party | null = null;
  let after: Party | null = null;
  await ports.letters.changeParties(caseId, `correction:${at}`, (known) => {
    const parties = partiesWithReleasedAddress(known?.parties ?? [], recipient);
    before = known?.parties.find((p) => p.role === role) ?? null;
    after = parties.find((p) => p.role === role) ?? null;
    return { parties, language: known?.language ?? null };
  });
  // The old value first into its history, then the letters: a failure after it leaves the correction made and recorded.
  await recordPartyCorrection(ctx.db, { caseId, role, before, after: after ?? { role, name: recipient.name, address: recipient.address }, by: identity.person, at });
  const readdressed = await readdressUnsent(ports, caseId, role, recipient, identity.person);
  await journalCorrection(ports, identity, caseId, role, readdressed, at);
  return { caseId, role, name: recipient.name, address: recipient.address, readdressed };
}

/** The case's journal line: who corrected which party, and the letters that followed (no name or address). */
async function journalCorrection(ports: OutboxPorts, identity: Identity, caseId: string, role: CorrectableRole, readdressed: PartyCorrected['readdressed'], at: string): Promise<void> {
  await ports.audit.record({ event: 'PartyCorrected', actor: identity.person, at, caseId, details: { role, readdressed: readdressed.map((l) => l.letterId) }, once: `party:${role}:${at}` });
}

/**
 * The envelope of an archivist's name and address for a party in a role: the postcode checked as `outbox release`
 * checks it, and an address that does not read as one refused (422).
 */
export function recipientOf(correction: AddressCorrection, role: CorrectableRole): CorrectedRecipient {
  refuseDoubtfulPostcode(correction);
  const recipient = correctedRecipient(correction, role);
  if (!recipient) {
    throw unprocessable(
      `'${correction.postcode} ${correction.place}' does not read as a postcode and post town; write the postcode as the country writes it, and the town.`,
      `«${correction.postcode} ${correction.place}» er ikke et postnummer og poststed; skriv postnummeret slik landet skriver det, og stedet.`,
    );
  }
  return recipient;
}

/**
 * The letters not yet posted that were meant for `meantFor` go to `recipient`: a held one released, a ready one
 * re-rendered. A correction sends a party's letters to the corrected party; a representative added receives the
 * appellant's, since a letter goes to the representative when there is one (forvaltningsloven § 12); `actsFor`
 * names the appellant in a letter that named none, and `releasedAs` says a held one went to the party added. Each write holds only on the letter as read (released while
 * held, re-addressed while it has the PDF it had): one that loses to another request (an «Endre» and a
 * «Legg til part» at once, review s18 M1) is read again and follows only if it is still meant for `meantFor`.
 */
export async function readdressUnsent(ports: OutboxPorts, caseId: string, meantFor: CorrectableRole, recipient: CorrectedRecipient, by: string, added: { actsFor?: string | undefined; releasedAs?: AddressSource } = {}): Promise<PartyCorrected['readdressed']> {
  const { releaseHeldLetter, readdressReadyLetter } = await import('../../stages/outbox-work.ts');
  const out: PartyCorrected['readdressed'] = [];
  for (const read of await ports.letters.ofCase(caseId)) {
    let letter: OutboxRecord | null = read;
    // A few rounds: each loss means another request changed the letter, which it does once per change it makes.
    for (let round = 0; letter && round < 5; round += 1) {
      // A letter that named nobody was meant for the appellant (domain/letters/corrected-address.ts).
      if ((letter.recipient?.role ?? 'appellant') !== meantFor) break;
      if (letter.status === 'held') {
        const outcome = await releaseHeldLetter({ letterId: letter.letterId, recipient, by, correctsParty: true, ...(added.actsFor ? { actsFor: added.actsFor } : {}), ...(added.releasedAs ? { addressFrom: added.releasedAs } : {}) }, ports);
        if (outcome.outcome === 'released') out.push({ letterId: letter.letterId, status: outcome.letter.status });
        letter = outcome.outcome === 'not_held' ? outcome.letter : null;
      } else if (letter.status === 'ready' && !addressedTo(letter, recipient)) {
        if (await readdressReadyLetter({ letter, recipient, by }, ports)) {
          out.push({ letterId: letter.letterId, status: 'ready' });
          letter = null;
        } else letter = await ports.letters.get(letter.letterId);
      } else letter = null;
    }
  }
  return out;
}

/** A ready letter already written to the corrected party (a retried correction): nothing to re-render. */
function addressedTo(letter: OutboxRecord, recipient: CorrectedRecipient): boolean {
  const named = recipient.role !== 'appellant' || letter.facts.appellantName === recipient.name;
  return named && letter.recipient?.name === recipient.name && isDeepStrictEqual(letter.recipient.address, recipient.address);
}
