import type { CaseParty } from '#schemas/outbox';
import type { Party } from '#schemas/parties';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import type { Item } from '../../functions/commons/store/db.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { idHashKey } from '../../functions/commons/store/id-hash-key.ts';
import { maskNationalId, type PersonalDataPolicy } from '../identity.ts';
import type { ServiceContext } from '../ports.ts';

/**
 * A case's parties as the API and the page show them (Noark 5 sakspart): the appellant, a
 * representative, the first instance. They are the ones registered on the case (CASE#/PARTIES, by the
 * document that opened it); a case opened before parties were registered shows its documents' own.
 * The HMAC of a national id is never shown: a party whose hash matches one of the case's national ids
 * shows that id, masked as the asker's role says.
 */
export async function caseParties(ctx: ServiceContext, caseId: string, documents: readonly Item[], policy: PersonalDataPolicy): Promise<CaseParty[]> {
  const registered = await dynamoLetterRepository(ctx.db).parties(caseId);
  const parties = registered?.parties.length ? registered.parties : distinct(documents.flatMap((d) => ((d.fields as { parties?: Party[] } | undefined)?.parties ?? [])));
  const ids = [...new Set(documents.flatMap((d) => ((d.fields as { nationalIds?: string[] } | undefined)?.nationalIds ?? [])))];
  const byHash = await hashesOf(ids);
  return parties.map((p) => {
    const id = p.nationalIdHash ? byHash.get(p.nationalIdHash) : undefined;
    return {
      role: p.role,
      name: p.name,
      ...(p.firm ? { firm: p.firm } : {}),
      address: p.address,
      ...(p.addressWithheld ? { addressWithheld: p.addressWithheld } : {}),
      identified: Boolean(p.nationalIdHash),
      ...(id ? { nationalId: policy.nationalIds ? id : maskNationalId(id) } : {}),
    };
  });
}

/** One entry per role and name, the first seen kept (a later document repeating the same party adds nothing). */
function distinct(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = `${p.role}\n${p.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The case's national ids by their keyed hash; none when this runtime has no key (the party then shows no id). */
async function hashesOf(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const key = await idHashKey().catch(() => null);
  if (!key) return new Map();
  return new Map(ids.map((id) => [nationalIdHash(id, key), id]));
}
