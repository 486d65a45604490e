import { isPersonName, isStreetLine, parsePostcodeLine } from './lines.ts';

/**
 * A two-column letterhead (the writer's head beside the recipient's address) that OCR flattened in one of two
 * ways the wide-gap reader (`unfoldColumns`) cannot see:
 * - the columns run together on each row with one or two spaces ("Kari Nordmann Klageorganet for helse og
 *   trygd" / "Storgata 1 Postboks 6355 Etterstad" / "0467 Oslo 0604 Oslo");
 * - the rows read across, one column's line after the other's ("Kari Nordmann" / "Klageorganet …" /
 *   "Storgata 1" / "Postboks 6355 Etterstad" / "0467 Oslo" / "0604 Oslo").
 * Both become the two blocks one after the other. Only a head whose last row is two postcode lines is read
 * so, and every row must split one way only: a street row into two street or box lines, the name row into a
 * person's name and another capitalised name. Anything else is left as written.
 */
/** The longest row of a flattened head read: two name or address lines side by side. */
const HEAD_ROW = 120;
const isPostcodeOnly = (l: string) => parsePostcodeLine(l)?.street === null;
const isAddressLine = (l: string) => isStreetLine(l) || isPostcodeOnly(l);
const capitalised = (l: string) => /^\p{Lu}/u.test(l);

/** The one place a row splits into two parts that each pass `ok`; null when none or more than one. */
function onlySplit(row: string, ok: (left: string, right: string) => boolean): [string, string] | null {
  // Where the scan kept a wider gap between the columns, that is the split.
  const gap = /^(?<left>\S.*?\S)[ \t]{2,}(?<right>\S.*)$/u.exec(row.trim())?.groups;
  if (gap && ok(gap.left!, gap.right!)) return [gap.left!, gap.right!];
  const words = row.trim().split(/[ \t]+/u);
  const found: [string, string][] = [];
  for (let k = 1; k < words.length; k++) {
    const [left, right] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    if (ok(left, right)) found.push([left, right]);
  }
  // "Postboks 6355 Etterstad Storgata 1": a box's place follows its number, so the box keeps the word after it.
  // "Postboks 6355 Etterstad Nordre Ringvei 5": a box's place is the one word after its number.
  const boxed = found.filter(([left]) => BOX_AND_PLACE.test(left));
  const kept = boxed.length === 1 ? boxed : found.length > 1 ? found.filter(([left]) => !BARE_BOX.test(left)) : found;
  if (kept.length === 1) return kept[0]!;
  // "Klageorganet for helse og trygd Lars Petter Grønli": a name keeps every given name next to it.
  const person = (pair: [string, string]) => pair.find(fullName)?.split(' ').length ?? 0;
  const longest = Math.max(...kept.map(person));
  const named = kept.filter((p) => person(p) === longest && longest > 0);
  return named.length === 1 ? named[0]! : null;
}
const BARE_BOX = /^(?:postboks|pb\.?|boks|box)\s*\d+$/iu;
const BOX_AND_PLACE = /^(?:[Pp]ostboks|[Pp]b\.?|[Bb]oks|[Bb]ox)\s*\d+\s+\p{Lu}\p{Ll}+$/u;

/** The name row: one side a person's name, the other a capitalised name that is not an address line. */
const fullName = (l: string) => l.includes(' ') && isPersonName(l);
const nameSplit = (left: string, right: string) => capitalised(left) && capitalised(right) && !isAddressLine(left) && !isAddressLine(right) && fullName(left) !== fullName(right);

/**
 * The two columns of the rows ending a head, and the first row they take: the rows above it stay as written.
 * A name row is only the head's first; a left part ending in ":" is a label and its value ("Klager:" / "Astrid
 * Vold"), not a column.
 */
function joinedRows(rows: string[]): { left: string[]; right: string[]; first: number } | null {
  const last = onlySplit(rows.at(-1)!, (a, b) => isPostcodeOnly(a) && isPostcodeOnly(b));
  if (!last) return null;
  const left: string[] = [last[0]];
  const right: string[] = [last[1]];
  let r = rows.length - 2;
  for (; r >= 0; r--) {
    const street = onlySplit(rows[r]!, (a, b) => isStreetLine(a) && isStreetLine(b));
    const split = street ?? onlySplit(rows[r]!, nameSplit);
    if (!split || split[0].endsWith(':')) break;
    left.unshift(split[0]);
    right.unshift(split[1]);
    if (!street) {
      r--;
      break;
    }
  }
  if (r === rows.length - 2) return null;
  // A row right above the streets that is no name row ("Sigrid Vold Ola Vold": two people) is the head's own
  // top: split without it, the head would lose its name, so the head is left as written.
  const named = !isStreetLine(left[0]!);
  return !named && r >= 0 && capitalised(rows[r]!) && !rows[r]!.endsWith(':') && !/\d/u.test(rows[r]!) ? null : { left, right, first: r + 1 };
}

export function unflattenHeads(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Rows read across: six lines whose pairs are of one kind, the last pair two postcode lines.
    const six = lines.slice(i, i + 6).map((l) => l.trim());
    if (six.length === 6 && six.every((l) => l !== '') && isPostcodeOnly(six[4]!) && isPostcodeOnly(six[5]!) && isStreetLine(six[2]!) && isStreetLine(six[3]!) && !isAddressLine(six[0]!) && !isAddressLine(six[1]!) && (fullName(six[0]!) || fullName(six[1]!))) {
      out.push(six[0]!, six[2]!, six[4]!, '', six[1]!, six[3]!, six[5]!);
      i += 5;
      continue;
    }
    // Columns run together: up to four rows ending in a row of two postcode lines.
    // A row with a wide gap is a table's or was unfolded already (`unfoldColumns`): left as it is.
    // A head's row is short: a long line is running text (and every split of it would be tried).
    if (lines[i]!.length > HEAD_ROW || isPostcodeOnly(lines[i]!.trim()) || !/\d{4}/u.test(lines[i]!) || /\S[ \t]{4,}\S/u.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    let start = i;
    // Rows above, up to three, still as written (not already part of another head).
    while (start > i - 3 && start > 0 && lines[start - 1]!.trim() !== '' && lines[start - 1]!.length <= HEAD_ROW && out[out.length - (i - start) - 1] === lines[start - 1]) start--;
    const split = joinedRows(lines.slice(start, i + 1).map((l) => l.trim()));
    if (!split) {
      out.push(lines[i]!);
      continue;
    }
    const from = start + split.first;
    out.splice(out.length - (i - from), i - from);
    out.push(...split.left, '', ...split.right);
  }
  return out.join('\n');
}
