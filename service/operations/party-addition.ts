import type { PartyAddition } from '#schemas/outbox';
import type { Party } from '#schemas/parties';
import { displayCaseNumber } from '#domain/registry/case-number-input';
import { getCase } from '../../functions/commons/store/cases.ts';
import { recordAuditAppending } from '../../functions/commons/store/audit.ts';
import { partyCorrections, recordPartyAddition } from '../../functions/commons/store/party-history.ts';
import type { Identity } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';
import { conflict, notFound } from '../problems.ts';
import { caseIdOf } from './cases.ts';
import { requirePermission } from './guard.ts';
import { outboxPorts } from './outbox.ts';
import { correctableRoleNb, type PartyCorrected, readdressUnsent, recipientOf } from './party-correction.ts';

export interface PartyAdded {
  party: PartyCorrected;
  /** False for a retried addition of the party the case already has: nothing added again. */
  created: boolean;
}

/**
 * «Legg til part» (issue #16): an archivist adds the representative the machine did not find (or the appellant,
 * on a case that names none). A case that has a party in the role is refused (409): «Endre» corrects it, and two
 * representatives would leave a letter not knowing which of them to go to. The addition is journaled as a
 * correction is (no name or address) and kept in the party history (before: none). The letters not yet posted
 * that were meant for the appellant follow (party-correction.ts, readdressUnsent): a representative receives
 * them, as a letter goes to the representative when there is one (forvaltningsloven § 12).
 */
export async function addParty(ctx: ServiceContext, identity: Identity, caseInput: string, addition: PartyAddition): Promise<PartyAdded> {
  requirePermission(identity, 'parties:correct');
  const caseId = caseIdOf(caseInput);
  const shown = displayCaseNumber(caseId);
  if (!(await getCase(ctx.db, caseId, false))) throw notFound(`There is no case ${shown}.`, `Det finnes ingen sak ${shown}.`);
  const { role, firm, ...address } = addition;
  const recipient = recipientOf(address, role);
  const ports = await outboxPorts(ctx);
  const known = (await ports.letters.parties(caseId))?.parties ?? [];
  const appellants = [...new Set(known.filter((p) => p.role === 'appellant').map((p) => p.name))];
  // A case of two appellants (a moved appeal joined its writer): the request cannot say whom the representative acts for.
  if (role === 'representative' && appellants.length > 1) {
    throw conflict(
      `Case ${shown} has ${appellants.length} appellants; an added representative cannot say which of them they act for. Release the letter in the outbox instead.`,
      `Sak ${shown} har ${appellants.length} klagere; en fullmektig lagt til her kan ikke si hvem av dem fullmektigen handler for. Frigi brevet i utgående post i stedet.`,
    );
  }
  const party: Party = {
    role,
    name: recipient.name,
    ...(firm ? { firm } : {}),
    address: recipient.address,
    ...(role === 'representative' && appellants.length === 1 ? { actsFor: appellants } : {}),
  };
  const at = ctx.now().toISOString();
  let existing: Party | null = null;
  await ports.letters.changeParties(caseId, `addition:${at}`, (current) => {
    existing = current?.parties.find((p) => p.role === role) ?? null;
    if (existing) return null;
    return { parties: [...(current?.parties ?? []), party], language: current?.language ?? null };
  });
  const had = existing as Party | null;
  // The letters an addition re-addresses: an appellant added beside a representative takes none of theirs, nor
  // any still meant for the appellant, which go to the representative when there is one (review s18 L1).
  const representative = known.find((p) => p.role === 'representative');
  const followers = () => (role === 'appellant' && representative ? Promise.resolve([]) : readdressUnsent(ports, caseId, 'appellant', recipient, identity.person, { actsFor: party.actsFor?.[0], releasedAs: `${role}_added` }));
  if (had && !sameParty(had, party)) throw alreadyHas(shown, role);
  // The parties are written first, the history after (the write that may find the role taken is the one that
  // decides): a first attempt that died between the two left this party without its record, which a retry writes
  // (review s18 M3). Identical requests at once (a double click, a retried request) share the first's record and
  // its time, so the addition is recorded and journaled once (polish19).
  const recorded =
    (await partyCorrections(ctx.db, caseId)).filter((h) => h.role === role && h.added && h.after && sameParty(h.after, party)).at(-1) ??
    (await recordPartyAddition(ctx.db, { caseId, role, before: null, after: party, by: identity.person, at, added: true }));
  // Then the letters: each is re-addressed by one request only (a conditional write), so a failure after the history
  // leaves the letters and the journal line for a retry to finish.
  const readdressed = await followers();
  await journalAddition(ctx.db, identity, caseId, role, readdressed, recorded.at);
  // A retried addition (the same name, firm and address) added nothing: 200 with the party, as the case has it.
  return { party: { caseId, role, name: party.name, address: party.address, readdressed }, created: !had };
}

function alreadyHas(shown: string, role: PartyAddition['role']) {
  return conflict(
    `Case ${shown} already has ${role === 'appellant' ? 'an appellant' : 'a representative'}; correct it with PUT /cases/{case}/parties/${role} («Endre» on the page).`,
    `Sak ${shown} har allerede en ${correctableRoleNb[role]}; rett den med «Endre».`,
  );
}

const sameParty = (a: Party, b: Party) => a.name === b.name && a.firm === b.firm && JSON.stringify(a.address) === JSON.stringify(b.address);

/**
 * The case's journal line: who added which party, and the letters that followed (no name or address: every case reader
 * sees the journal). One line per addition, named by its first request's time: a request that re-addressed letters
 * adds them to it; one that re-addressed none leaves it as the first wrote it.
 */
async function journalAddition(db: ServiceContext['db'], identity: Identity, caseId: string, role: PartyAddition['role'], readdressed: PartyCorrected['readdressed'], at: string): Promise<void> {
  const letterIds = readdressed.map((l) => l.letterId);
  await recordAuditAppending(db, { event: 'PartyAdded', actor: identity.person, at, caseId, details: { role }, once: `party-added:${role}:${at}` }, 'readdressed', letterIds);
}
