import type { Party } from '#schemas/parties';

/**
 * The case's parties once another document on it names parties (stages/write-letters.ts). A party the
 * case has already keeps what it has — an address an archivist gave when releasing a held letter
 * (domain/letters/released-address.ts), the id it was registered with — since a later letter, or a
 * re-run of the same one, reads the same person no better; the document fills an address the case's
 * party lacks (no archivist has given one), and adds a role the case has not had (a representative
 * who writes for the appellant later), but not the sender of a later document.
 */
export function mergedCaseParties(known: readonly Party[], documentParties: readonly Party[]): Party[] {
  const named = withAppellantsActedFor(documentParties);
  const merged = known.map((party) => {
    // The same person, or the case's only party of that role: never a joined appellant taken for the first (review 12, M2).
    const only = known.filter((p) => p.role === party.role).length === 1;
    const fresh = named.find((p) => samePerson(p, party)) ?? (only ? named.find((p) => p.role === party.role) : undefined);
    if (!fresh || party.address.length || !fresh.address.length) return party;
    const nationalIdHash = fresh.nationalIdHash ?? party.nationalIdHash;
    return { ...fresh, ...(nationalIdHash ? { nationalIdHash } : {}) };
  });
  const roles = new Set(known.map((p) => p.role));
  for (const party of named) {
    // Who sent a later document (a doctor's declaration, an agency's copy) is no party of the case for it.
    if (roles.has(party.role) || party.role === 'sender') continue;
    roles.add(party.role);
    merged.push(party);
  }
  return merged;
}

/**
 * The case's parties once a document is moved onto it (service/operations/corrections.ts): the moved
 * document brings its writer (an appeal's appellant) to a case that has its own. Unlike a later
 * document of the same case, a moved one may name another person in a role the case has — both are
 * parties then, so a notice reaches each. A party the case has is never overwritten; the same person
 * (the same id hash, or the same role and name) is not added twice, so a repeated move adds nothing.
 */
export function partiesJoiningCase(known: readonly Party[], documentParties: readonly Party[]): Party[] {
  const merged = [...known];
  for (const party of withAppellantsActedFor(documentParties)) {
    const same = merged.findIndex((p) => samePerson(p, party));
    // The case's own lawyer who also writes the moved appeal acts for its appellant too.
    if (same >= 0 && party.role === 'representative' && merged[same]!.actsFor && party.actsFor) {
      merged[same] = { ...merged[same]!, actsFor: [...new Set([...merged[same]!.actsFor!, ...party.actsFor])] };
    }
    if (party.role === 'sender' || same >= 0) continue;
    merged.push(party);
  }
  return merged;
}

/**
 * A document's parties as the case records them: each representative acts for the appellants the same document
 * names (review 12, H2: once another's appeal is moved onto a case, a case's representative is not everyone's). A
 * document that names no appellant says nothing of whom its representative acts for.
 */
export function withAppellantsActedFor(parties: readonly Party[]): Party[] {
  const appellants = [...new Set(parties.filter((p) => p.role === 'appellant').map((p) => p.name))];
  if (!appellants.length) return [...parties];
  return parties.map((p) => (p.role === 'representative' && !p.actsFor ? { ...p, actsFor: appellants } : p));
}

/**
 * Whether a representative of the case acts for this appellant: on a case of one appellant, as before (a lawyer's
 * letter may spell the client's name otherwise than the name an archivist gave); on a case of more, only as recorded,
 * so a representative recorded before that was, or of a document that named no appellant, is nobody's.
 */
export function actsFor(representative: Party, appellant: Party, caseHasOneAppellant: boolean): boolean {
  if (caseHasOneAppellant) return true;
  return representative.actsFor?.some((name) => sameName(name, appellant.name)) ?? false;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function samePerson(a: Party, b: Party): boolean {
  if (a.nationalIdHash && b.nationalIdHash) return a.nationalIdHash === b.nationalIdHash;
  return a.role === b.role && sameName(a.name, b.name);
}
