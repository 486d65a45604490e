import type { Party } from '#schemas/parties';

/**
 * The case's parties once another document on it names parties (stages/write-letters.ts). A party the
 * case has already keeps what it has — an address an archivist gave when releasing a held letter
 * (domain/letters/released-address.ts), the id it was registered with — since a later letter, or a
 * re-run of the same one, reads the same person no better; the document fills an address the case's
 * party lacks (no archivist has given one), and adds a role the case has not had (a representative
 * who writes for the appellant later), but not the sender of a later document.
 */
export function mergedCaseParties(known: readonly Party[], named: readonly Party[]): Party[] {
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
export function partiesJoiningCase(known: readonly Party[], named: readonly Party[]): Party[] {
  const merged = [...known];
  for (const party of named) {
    if (party.role === 'sender' || merged.some((p) => samePerson(p, party))) continue;
    merged.push(party);
  }
  return merged;
}

function samePerson(a: Party, b: Party): boolean {
  if (a.nationalIdHash && b.nationalIdHash) return a.nationalIdHash === b.nationalIdHash;
  return a.role === b.role && a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}
