import { cleanLine, isPersonName } from './lines.ts';
import { isLawyerFirm } from './organisations.ts';

/**
 * The signature under a letter's closing: the signing person's name, the title under it (advokat,
 * lege, saksbehandler) and a firm line above it when there is one.
 */
export interface Signature {
  name: string;
  title: string | null;
  firm: string | null;
  /** The line (0-based) the name is on. */
  line: number;
  /** Others who sign beside the first ("Kari Nordmann      Ola Nordmann", spouses writing together). */
  cosigners?: string[];
}

/** Two signers side by side, or joined by "og/och/and/&": each name, when both are names. */
function twoSigners(raw: string): string[] | null {
  const parts = raw.trim().split(/\s{3,}|\t+|\s+(?:og|och|and|&)\s+/u).map(cleanLine);
  return parts.length === 2 && parts.every((p) => isPersonName(p)) ? parts : null;
}

/** Whether the signature names the person, as its first signer or beside it. */
export function signedBy(signature: Signature, name: string): boolean {
  const key = (n: string) => n.toLowerCase().replace(/\s+/gu, ' ').trim();
  return [signature.name, ...(signature.cosigners ?? [])].some((n) => key(n) === key(name));
}

const CLOSING =
  /^(?:med\s+(?:vennlig|venleg|venlig|vänlig|vänliga)\s+(?:hilsen|helsing|hälsning|hälsningar)|vennlig\s+hilsen|venleg\s+helsing|venlig\s+hilsen|vänliga\s+hälsningar|hilsen|helsing|hälsningar|mvh|mange\s+hilsner|med\s+(?:hilsen|helsing|hälsning|hälsningar)|(?:with\s+)?(?:best\s+wishes|kind\s+regards)|yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards|sincerely)\b[,.!]?$/iu;
/** A letter's closing line ("Med vennlig hilsen", "mvh", "Kind regards"), in any case. */
export function isClosing(line: string): boolean {
  return CLOSING.test(line.trim());
}
/** A role written in brackets after a name: "(pasient)", "(klager)", "(datter)". */
export const ROLE_IN_BRACKETS = /\s*\(\p{Ll}[\p{Ll} ]{1,30}\)$/u;
const SIGNED = /^\(?(?:signert|sign\.?|signed|underskrevet|e-?signert|sign)\)?\.?$/iu;
const LAWYER_TITLE = /^(?:advokat|advokatfullmektig|partner|advokat\s*\(H\)|advokat\s+MNA|attorney|solicitor|lawyer|advokat og partner)\b/iu;

export function findSignature(text: string): Signature | null {
  const raw = text.split('\n');
  const lines = raw.map(cleanLine);
  let closing = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (CLOSING.test(lines[i]!)) {
      closing = i;
      break;
    }
  }
  if (closing === -1) return null;
  let firm: string | null = null;
  for (let i = closing + 1, seen = 0; i < lines.length && seen < 5; i++) {
    const line = lines[i]!;
    if (line === '' || SIGNED.test(line)) continue;
    seen++;
    const pair = twoSigners(raw[i]!);
    if (pair) return { name: pair[0]!, title: nextContent(lines, i), firm, line: i, cosigners: [pair[1]!] };
    // "Tormod Berge (pensjonist)": a role in brackets after the name is no part of it.
    const name = line.replace(/^(?:advokat|adv\.|dr\.?|lege)\s+/iu, '').replace(ROLE_IN_BRACKETS, '');
    if (isPersonName(name)) {
      const title = nextContent(lines, i);
      return { name, title, firm, line: i };
    }
    // "Kristin Aas, advokat": the title after the name on its line (QA L39).
    const titled = /^(?<name>[^,]+),\s*(?<title>\p{Ll}[\p{L} .-]{1,40})$/u.exec(name);
    if (titled?.groups && isPersonName(titled.groups.name!)) return { name: titled.groups.name!, title: titled.groups.title!, firm, line: i };
    if (isLawyerFirm(line)) firm = line;
  }
  return null;
}

function nextContent(lines: string[], from: number): string | null {
  for (let i = from + 1; i < Math.min(lines.length, from + 3); i++) {
    if (lines[i] !== '') return lines[i]!;
  }
  return null;
}

export function isLawyerTitle(title: string | null): boolean {
  return title !== null && LAWYER_TITLE.test(title);
}

/**
 * A letter that ends in its writer's name and title with no closing above them ("Rune Dahl" over
 * "lege, f.nr. …"): the name on one of its last two lines, a title or contact line at most under it.
 */
export function unclosedSignature(text: string): Signature | null {
  const lines = text.split('\n').map(cleanLine);
  const content = lines.map((l, i) => [l, i] as const).filter(([l]) => l !== '');
  for (const [line, i] of content.slice(-2).reverse()) {
    if (isPersonName(line)) return { name: line, title: nextContent(lines, i), firm: null, line: i };
  }
  return null;
}
