import { CONTACTS_ONLY } from './contact-tails.ts';
import { parsePostcodeLine } from './lines.ts';

/**
 * A letterhead in two columns, the firm's name and address on the left, its telephone, e-mail, organisation number and
 * memberships on the right (QA s22 A15, a law firm's scan): OCR gives the two on shared lines apart by a wide gap, and puts a
 * right-column line it read alone between the left column's street and postcode ("Nedre Storgate 18      post@…",
 * "Org.nr. 921 004 558", "3015 Drammen      Medlem av Advokatforeningen"). The left column is put together again over
 * the right one, so the firm's block reads as printed. Only at the top of the letter, only when every right-hand part is
 * contact details or a membership, and only when the left column then ends in a postcode line: a second office's address
 * or the recipient's on the right (unfoldColumns' case) is left as it is.
 */

/** A run of spaces no sentence has: two columns on one line. */
const GAP = /^(?<left>\S(?:.*?\S)?)[ \t]{6,}(?<right>\S.*)$/u;
/** What a letterhead's right column holds besides contact details: a membership, a web address, a bank account, MVA. */
const RIGHT_COLUMN_ONLY =
  /^(?:medlem\s+av\s+\p{Lu}.*|member\s+of\s+(?:the\s+)?\p{Lu}.*|medlem\s+i\s+\p{Lu}.*|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:no|se|dk|com|org|net)|(?:bankgiro|kontonr\.?|konto|bank)\s*:?\s*[\d. ]{6,}|foretaksregisteret|mva)$/iu;
/** The head's lines this function looks at: a letterhead is over the recipient and the date. */
const TOP = 8;

const rightColumnLine = (line: string) => CONTACTS_ONLY.test(line) || RIGHT_COLUMN_ONLY.test(line.trim());

export function letterheadLeftColumn(text: string): string {
  const lines = text.split('\n');
  const top = lines.findIndex((l) => l.trim() !== '');
  if (top === -1) return text;
  const split: { left: string | null; right: string | null }[] = [];
  let end = top;
  let gaps = 0;
  for (let i = top; i < Math.min(lines.length, top + TOP); i++) {
    const line = lines[i]!.trimEnd();
    const m = GAP.exec(line.trim())?.groups;
    if (m) {
      if (!rightColumnLine(m.right!)) break;
      split.push({ left: m.left!, right: m.right! });
      gaps++;
      end = i + 1;
    } else if (line.trim() === '' || rightColumnLine(line)) split.push({ left: null, right: line.trim() === '' ? null : line.trim() });
    else {
      split.push({ left: line.trim(), right: null });
      // A line of the left column alone ends the letterhead once it has shown its two columns and its postcode.
      if (gaps >= 2 && parsePostcodeLine(line.trim())?.street === null) {
        end = i + 1;
        break;
      }
    }
  }
  if (gaps < 2) return text;
  const used = split.slice(0, end - top);
  const left = used.flatMap((s) => (s.left === null ? [] : [s.left]));
  const right = used.flatMap((s) => (s.right === null ? [] : [s.right]));
  if (left.length < 2 || parsePostcodeLine(left.at(-1)!)?.street !== null) return text;
  return [...lines.slice(0, top), ...left, '', ...right, ...lines.slice(end)].join('\n');
}
