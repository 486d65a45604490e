import { addressDoubtNb } from '../../domain/letters/held-reasons.ts';
import type { CaseParty } from '../../schemas/outbox.ts';
import { h } from './dom.ts';

import { partyRoleNames as roleNames } from '../../domain/wording/names-nb.ts';

type PartyLike = Pick<CaseParty, 'role' | 'name' | 'address'> & Partial<Pick<CaseParty, 'firm' | 'addressWithheld' | 'nationalId'>>;

/** One line per party: role, name (firm), address, and why an address was left out; `after` adds to a party's line (the archivist's «Endre»). */
export function partiesList<P extends PartyLike>(parties: readonly P[], label: string, after?: (party: P) => HTMLElement | null): HTMLElement {
  if (parties.length === 0) return h('p', { class: 'hint' }, 'Ingen parter funnet i brevet.');
  return h(
    'ul',
    { class: 'parties', 'aria-label': label },
    parties.map((p) =>
      h(
        'li',
        {},
        h('strong', {}, `${roleNames[p.role] ?? p.role}: `),
        p.name,
        p.firm ? ` (${p.firm})` : '',
        p.nationalId ? ` – fødselsnummer ${p.nationalId}` : '',
        p.address.length ? h('span', { class: 'address' }, ` – ${p.address.join(', ')}`) : h('span', { class: 'hint' }, ` – ingen adresse${p.addressWithheld ? ` (${addressDoubtNb(p.addressWithheld)})` : ''}`),
        after?.(p),
      ),
    ),
  );
}

/** Names only, for a short line ("Kari Nordmann, Helfo"). */
export function partyNames(parties: readonly { name?: string }[] | null | undefined): string {
  return (parties ?? []).map((p) => p.name ?? '').filter(Boolean).join(', ') || '–';
}
