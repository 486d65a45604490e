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
}

const CLOSING =
  /^(?:med\s+(?:vennlig|venleg|venlig|vänlig|vänliga)\s+(?:hilsen|helsing|hälsning|hälsningar)|vennlig\s+hilsen|venleg\s+helsing|venlig\s+hilsen|vänliga\s+hälsningar|hilsen|helsing|hälsningar|mvh|mange\s+hilsner|med\s+hilsen|yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|regards|sincerely)\b[,.!]?$/iu;
const SIGNED = /^\(?(?:signert|sign\.?|signed|underskrevet|e-?signert|sign)\)?\.?$/iu;
const LAWYER_TITLE = /^(?:advokat|advokatfullmektig|partner|advokat\s*\(H\)|advokat\s+MNA|attorney|solicitor|lawyer|advokat og partner)\b/iu;

export function findSignature(text: string): Signature | null {
  const lines = text.split('\n').map(cleanLine);
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
    const name = line.replace(/^(?:advokat|adv\.|dr\.?|lege)\s+/iu, '');
    if (isPersonName(name)) {
      const title = nextContent(lines, i);
      return { name, title, firm, line: i };
    }
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
