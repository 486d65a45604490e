import type { Party } from '#schemas/parties';
import { OTHER_PARTY_LABEL } from './fields.ts';
import { isPersonName } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';

/**
 * A line a first instance's letter (a transfer, a ruling, comments) writes about the case's parties:
 * "Fullmektig: Advokat Hege Lorentzen, Advokatfirmaet Lorentzen DA, Kongens gate 9, 7011 Trondheim".
 * The label says whose representative it is — the appellant's (bokmål, nynorsk, Swedish, Danish,
 * English). A first instance's own people ("Kontaktperson", "Saksbehandler", "Vår saksbehandler",
 * "Kontakt") are whom to call there, never the appellant's representative, and no label here names them.
 */
export const APPELLANTS_REPRESENTATIVE =
  /^(?:(?<whose>klagers|klagarens|klagerens|den\s+ankende\s+parts|ankende\s+parts|partens|sökandens|klagandens|appellant's)\s+)?(?<label>fullmektig|fullmektigen|prosessfullmektig|fullmäktig|ombud|fuldmægtig|partsrepræsentant|representant|representative|verge|verje|værge|god\s+man|guardian|advokat\s+for\s+(?:klager|klagar|den\s+ankende\s+part)|advokat\s+för\s+klaganden|advokat\s+for\s+klageren)\s*:\s*(?<rest>.+)$/iu;
/**
 * Labels that say nothing of whose side they are on: a transfer lists Nav's own lawyer under
 * "Prosessfullmektig:" after "Ankemotpart: NAV" as readily as the appellant's. Read only right under
 * the appellant's own line.
 */
export const SIDELESS = /^(?:representant|representative|ombud|prosessfullmektig)$/iu;
/** The appellant's own line in a list of the case's parties. */
export const APPELLANT_LABEL = /^(?:bruker|brukar|klager|klagar|klageren|klagaren|klagande|klagende|appellant|ankende\s+part|den\s+ankende\s+part|sökande|part|parten)\s*:\s*(?<name>[^,]+)/iu;
/** The other side's line: every line after it is theirs (an anke's "Ankemotpart: NAV", "Prosessfullmektig: …"). */
const COUNTERPARTY = /^(?:ankemotpart(?:en)?|motpart(?:en)?|ankemotparts?\s+\p{L}+|motparts?\s+\p{L}+|respondent)\s*:/iu;
/** A title before the name ("Advokat", "advokatfullmektig"): the person's trade, not their name. A doctor is no fullmektig. */
const TITLE = /^(?:advokat(?:fullmektig)?|adv\.|jurist|rådgiver|rådgjevar|sosionom|attorney|lawyer|solicitor)\s+/iu;
/** "Fagforbundet v/ jurist Anne Grete Lund": a firm or office, then the person who answers for it. */
const VIA = /^(?<firm>.+?)\s+v\/\s*(?<name>.+)$/u;
/** Nav, Helfo, Pasientreiser and their units: the first instance's own people, never the appellant's. */
const FIRST_INSTANCE_NAME = /(?<![\p{L}])(?:nav|helfo|pasientreiser|trygderetten)(?![\p{L}])/iu;

/** Who the letter itself is from: a line naming any of them is the letter's own side. */
export interface LetterSide {
  /** Names of organisations the letter is from or about (its first instance, its writer, the signature's unit). */
  organisations: readonly string[];
  /** Everyone who signs the letter. */
  signers: readonly string[];
}

/**
 * A first instance's «Prosessfullmektig:» with no other side in the letter (session 24, issue #16 gap 3): a transfer that names no
 * «Ankemotpart»/«Motpart» lists only the appellant's lawyer under that label, wherever the line stands (after «Saksbehandler:»,
 * under a heading naming the appellant). A public body's own lawyer (Kommuneadvokaten, Regjeringsadvokaten) is no one's here.
 */
const PROCESS_LAWYER = /^prosessfullmektig$/iu;
const PUBLIC_LAWYER = /(?<![\p{L}])(?:\p{L}*advokaten|kommune\p{L}*|fylkeskommune\p{L}*|staten|statens|\p{L}*direktorat\p{L}*|nav)(?![\p{L}])/iu;
/**
 * What makes the letter two-sided after all (session 24's review): «… er motpart i saken» in a sentence, or another party's own
 * line — an insurer («Forsikringsselskap: Fjord Forsikring ASA»), an employer — whose lawyer the «Prosessfullmektig:» may be.
 */
const MOTPART_ANYWHERE = /motpart/iu;
const INSURER_LABEL = /^(?:forsikringsselskap(?:et)?|forsikring|forsikringsgiver|forsäkringsbolag(?:et)?|forsikringsselskab(?:et)?|insurer|insurance(?:\s+company)?)\s*:/iu;
/**
 * «…, for arbeidsgiver», «(for forsikringsselskapet)»: the line says whose lawyer it is, and it is not the appellant's. Only a part
 * of its own (after a comma or in brackets): «Landsforeningen for hjerte- og lungesyke» is a firm's name.
 */
const FOR_SOMEONE = /(?:^|[,(])[ \t]*(?:for|för|on[ \t]+behalf[ \t]+of)[ \t]+(?<whom>\p{L}[^,;()\n]*)/giu;
const THE_APPELLANT = /^(?:klager\p{L}*|klagar\p{L}*|klagande\p{L}*|den[ \t]+ankende|ankende|the[ \t]+appellant|appellant)(?![\p{L}])/iu;

function forAnother(rest: string, appellant: string | null): boolean {
  return [...rest.matchAll(FOR_SOMEONE)].some((m) => {
    const whom = m.groups!.whom!.trim();
    return !THE_APPELLANT.test(whom) && !(appellant && whom.toLowerCase().startsWith(appellant.toLowerCase()));
  });
}

/** The first instance's own people («Saksbehandler:», «Kontaktperson:») are whom to call there, no other side with a lawyer. */
const OWN_PEOPLE_LABEL = /^(?:saksbehandler|saksbehandlar|handläggare|sagsbehandler|case\s+worker|kontaktperson|kontakt\s+person|contact\s+person)\s*:/iu;

function otherSideIn(text: string): boolean {
  const anotherParty = (l: string) => COUNTERPARTY.test(l) || INSURER_LABEL.test(l) || (OTHER_PARTY_LABEL.test(l) && !OWN_PEOPLE_LABEL.test(l));
  return MOTPART_ANYWHERE.test(text) || text.split('\n').some((l) => anotherParty(l.trim()));
}

/** The appellant's representative written on one labelled line, with firm and address when the line gives them. */
export function labelledRepresentativeLine(text: string, side: LetterSide = { organisations: [], signers: [] }): Party | null {
  const oneSide = !otherSideIn(text);
  let appellant: string | null = null;
  let underAppellant = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (COUNTERPARTY.test(line)) return null;
    const a = APPELLANT_LABEL.exec(line);
    if (a?.groups?.name) {
      appellant = a.groups.name.trim();
      underAppellant = true;
      continue;
    }
    const m = APPELLANTS_REPRESENTATIVE.exec(line);
    const wasUnder = underAppellant;
    underAppellant = false;
    if (!m?.groups) continue;
    // «…, for arbeidsgiver» names another side's lawyer, under the appellant's line as well (session 24's review).
    if (forAnother(m.groups.rest ?? '', appellant)) continue;
    const anywhere = oneSide && PROCESS_LAWYER.test(m.groups.label!) && !PUBLIC_LAWYER.test(m.groups.rest ?? '');
    if (!m.groups.whose && SIDELESS.test(m.groups.label!.replace(/\s+/gu, ' ')) && !wasUnder && !anywhere) continue;
    const found = representativeOn(m.groups.rest ?? '');
    if (!found) continue;
    // "Klager: Åse Brekke" then "Fullmektig: Åse Brekke": she acts for herself.
    if (appellant && sameKey(found.name, appellant)) continue;
    if (ofTheLettersSide(found, m.groups.rest ?? '', side)) continue;
    // A run of the appellant's people ("Fullmektig: …" then "Verge: …") is still under the appellant.
    underAppellant = wasUnder;
    return found;
  }
  return null;
}

/** The representative a line's rest names: a person (perhaps titled), then a firm and an address; or an office reached through its person. */
export function representativeOn(rest: string): Party | null {
  const parts = rest.replace(/[\s.;]+$/u, '').split(/\s*,\s*/u);
  const name = parts[0]!.replace(TITLE, '').trim();
  if (isPersonName(name)) return withRest({ role: 'representative', name, address: [] }, parts.slice(1));
  // "Aarhus Kommune, Pensionsrådgivning v/ Susanne Krogh": an office, reached through its person. The parts
  // after the person's are an address ("…, Postboks 7003 St. Olavs plass, 0130 Oslo"), never part of the name.
  const at = parts.findIndex((p) => VIA.test(p));
  const v = at < 0 ? null : VIA.exec(parts.slice(0, at + 1).join(', '));
  const reached = v?.groups?.name?.replace(TITLE, '').trim();
  if (!reached || !v?.groups?.firm || !isPersonName(reached)) return null;
  const address = parseOneLineAddress(parts.slice(at + 1).join(', '));
  return { role: 'representative', name: reached, firm: v.groups.firm, address: address ?? [] };
}

/** A Nav lawyer, a case worker of the first instance, or a signer of the letter: the letter's own side. */
export function ofTheLettersSide(party: Party, line: string, side: LetterSide): boolean {
  if (FIRST_INSTANCE_NAME.test(line)) return true;
  const lower = line.toLowerCase();
  if (side.organisations.some((o) => o.trim().length > 2 && lower.includes(o.trim().toLowerCase()))) return true;
  return side.signers.some((s) => sameKey(s, party.name) || initialled(s, party.name));
}

/** "G. Sande" signs for "Gunnhild Sande". */
function initialled(short: string, full: string): boolean {
  const s = short.split(/\s+/u);
  const f = full.split(/\s+/u);
  if (s.length < 2 || f.length < 2) return false;
  return sameKey(s.at(-1)!, f.at(-1)!) && s[0]!.replace(/\.$/u, '').length <= 2 && f[0]!.toLowerCase().startsWith(s[0]!.replace(/\.$/u, '').toLowerCase());
}

export const sameKey = (a: string, b: string) => a.toLowerCase().replace(/\s+/gu, ' ').trim() === b.toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * "Vedlagt følger klage fra advokat Silje Dahl, Dahl Advokat AS, på vegne av …": a transfer's sentence
 * saying whose appeal it forwards and for whom. Only a lawyer's title and "på vegne av" together say
 * the person is the appellant's representative.
 */
const FORWARDED_FOR = /\b(?:klage|klaga|klagen|anke|brev)\b(?:[^.\n]|\.(?=\d)){0,40}?\bfr[aå]\s+(?:advokat(?:fullmektig)?)\s+(?<rest>[^.\n]+?),?\s+på\s+vegne?r?\s+av\b/iu;

export function forwardedRepresentative(text: string, side: LetterSide = { organisations: [], signers: [] }): Party | null {
  const m = FORWARDED_FOR.exec(text.replace(/[ \t]+/gu, ' '));
  if (!m?.groups?.rest) return null;
  const parts = m.groups.rest.split(/\s*,\s*/u);
  const name = parts.shift()!.trim();
  if (!isPersonName(name)) return null;
  const party = withRest({ role: 'representative', name, address: [] }, parts);
  // "… fra advokat Per Moe, NAV Arbeid og ytelser, på vegne av Nav": Nav's own lawyer.
  return ofTheLettersSide(party, m[0], side) ? null : party;
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
