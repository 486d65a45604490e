import type { Party } from '#schemas/parties';
import { isPersonName } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';

/**
 * A line a first instance's letter (a transfer, a ruling, comments) writes about the case's parties:
 * "Fullmektig: Advokat Hege Lorentzen, Advokatfirmaet Lorentzen DA, Kongens gate 9, 7011 Trondheim".
 * The label says whose representative it is — the appellant's (bokmål, nynorsk, Swedish, Danish,
 * English). A first instance's own people ("Kontaktperson", "Saksbehandler", "Vår saksbehandler",
 * "Kontakt") are whom to call there, never the appellant's representative, and no label here names them.
 */
const APPELLANTS_REPRESENTATIVE =
  /^(?:(?:klagers|klagarens|klagerens|klagerens|den\s+ankende\s+parts|ankende\s+parts|partens|sökandens|klagandens|klagerens|appellant's)\s+)?(?:fullmektig|fullmektigen|prosessfullmektig|fullmäktig|ombud|fuldmægtig|partsrepræsentant|representant|representative|verge|verje|værge|god\s+man|guardian|klager\s*\/\s*fullmektig|advokat\s+for\s+(?:klager|klagar|den\s+ankende\s+part)|advokat\s+för\s+klaganden|advokat\s+for\s+klageren)\s*:\s*(?<rest>.+)$/iu;
/** A title before the name ("Advokat", "advokatfullmektig", "fastlege"): the person's trade, not their name. */
const TITLE = /^(?:advokat(?:fullmektig)?|adv\.|jurist|fastlege|lege|rådgiver|rådgjevar|sosionom|attorney|lawyer|solicitor)\s+/iu;

/** The appellant's representative written on one labelled line, with firm and address when the line gives them. */
export function labelledRepresentativeLine(text: string): Party | null {
  for (const raw of text.split('\n')) {
    const m = APPELLANTS_REPRESENTATIVE.exec(raw.trim());
    if (!m?.groups) continue;
    const parts = (m.groups.rest ?? '').replace(/[\s.;]+$/u, '').split(/\s*,\s*/u);
    const head = parts.shift()!;
    // "Aarhus Kommune, Pensionsrådgivning v/ Susanne Krogh": an office, reached through its person.
    const via = /^(?<firm>.+?)\s+v\/\s*(?<name>.+)$/u;
    const name = head.replace(TITLE, '').trim();
    if (isPersonName(name)) return withRest({ role: 'representative', name, address: [] }, parts);
    const joined = [head, ...parts].join(', ');
    const v = via.exec(joined);
    const reached = v?.groups?.name?.replace(TITLE, '').trim();
    if (reached && v?.groups?.firm && isPersonName(reached)) return { role: 'representative', name: reached, firm: v.groups.firm, address: [] };
  }
  return null;
}

/**
 * "Vedlagt følger klage fra advokat Silje Dahl, Dahl Advokat AS, på vegne av …": a transfer's sentence
 * saying whose appeal it forwards and for whom. Only a lawyer's title and "på vegne av" together say
 * the person is the appellant's representative.
 */
const FORWARDED_FOR = /\b(?:klage|klaga|klagen|anke|brev)\b(?:[^.\n]|\.(?=\d)){0,40}?\bfr[aå]\s+(?:advokat(?:fullmektig)?)\s+(?<rest>[^.\n]+?),?\s+på\s+vegne?r?\s+av\b/iu;

export function forwardedRepresentative(text: string): Party | null {
  const m = FORWARDED_FOR.exec(text.replace(/[ \t]+/gu, ' '));
  if (!m?.groups?.rest) return null;
  const parts = m.groups.rest.split(/\s*,\s*/u);
  const name = parts.shift()!.trim();
  return isPersonName(name) ? withRest({ role: 'representative', name, address: [] }, parts) : null;
}

/** What follows the name: a firm, then perhaps an address ("Kongens gate 9, 7011 Trondheim"); a bare place is no address. */
function withRest(party: Party, parts: string[]): Party {
  if (parts.length === 0) return party;
  const address = parts.length >= 3 ? parseOneLineAddress(parts.slice(1).join(', ')) : null;
  if (address) return { ...party, firm: parts[0]!, address };
  const whole = parseOneLineAddress(parts.join(', '));
  if (whole) return { ...party, address: whole };
  // A firm, and perhaps a town ("Löfgren & Ros KB, Karlstad"): no address to send to.
  return /^\p{Lu}/u.test(parts[0]!) ? { ...party, firm: parts[0]! } : party;
}
