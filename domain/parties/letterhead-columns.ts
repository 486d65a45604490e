import { CONTACTS_ONLY } from './contact-tails.ts';
import { parsePostcodeLine } from './lines.ts';

/**
 * A letterhead in two columns, the firm's name and address on the left, its telephone, e-mail, organisation number and
 * memberships on the right (QA s22 A15, a law firm's scan): OCR gives the two on shared lines apart by a wide gap, and puts a
 * right-column line it read alone between the left column's street and postcode ("Nedre Storgate 18      post@…",
 * "Org.nr. 921 004 558", "3015 Drammen      Medlem av Advokatforeningen"). The left column is put together again over
 * the right one, so the firm's block reads as printed. What is checked: the letter's first 8 lines from its first text; at
 * least two of them split by a wide gap, every right-hand part (and every line read alone between them that is not the
 * left column's) contact details or a membership; the letterhead ends at a blank line once its left column has reached a
 * postcode line, and at any line of text alone after a blank line (the recipient's block: review s22 H05–H07), which is
 * never joined to it; and the left column, so ended, must close on a postcode line with no street on it. Otherwise, or with
 * an address in the right column (a second office, the recipient: unfoldColumns' case), the text is left as it is.
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
  let afterBlank = false;
  const leftEndsInPostcode = () => {
    const last = split.findLast((s) => s.left !== null)?.left;
    return typeof last === 'string' && parsePostcodeLine(last)?.street === null;
  };
  for (let i = top; i < Math.min(lines.length, top + TOP); i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      // Under the firm's postcode a blank line is the letterhead's end: what follows is another block.
      if (gaps >= 2 && leftEndsInPostcode()) break;
      afterBlank = true;
      split.push({ left: null, right: null });
      continue;
    }
    const m = GAP.exec(line)?.groups;
    if (m) {
      if (!rightColumnLine(m.right!)) break;
      split.push({ left: m.left!, right: m.right! });
      gaps++;
      end = i + 1;
    } else if (rightColumnLine(line)) split.push({ left: null, right: line });
    else {
      // A line of text alone past a blank line opens the next block (the recipient's), which is never the firm's.
      if (afterBlank) break;
      split.push({ left: line, right: null });
      // A line of the left column alone ends the letterhead once it has shown its two columns and its postcode.
      if (gaps >= 2 && parsePostcodeLine(line)?.street === null) {
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
