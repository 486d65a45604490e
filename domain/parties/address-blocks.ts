import { cleanLine, isPersonName, isStamp, isStreetLine, parsePostcodeLine } from './lines.ts';
import { COUNTRY, isForeignPostcodeLine, isPostcodeLineOverCountry, isPostTown, isUkPostcodeAlone, parseOneLineAddress } from './one-line-address.ts';
import { NO_STREET } from './signed-head.ts';

/**
 * The name-and-address blocks of a letter: its writer's head, the recipient's window address, a
 * firm's letterhead. A block is found from its postcode line upwards (street or box lines, then the
 * name), because OCR often loses the blank lines that separate blocks but keeps each line's words.
 */
export interface AddressBlock {
  /** The name line(s) above the address: a person, or an organisation and its "v/ ..." line. */
  nameLines: string[];
  /** Street/box lines and the postcode line, as written (cleaned of scan specks). */
  address: string[];
  /** Set when the block looks like an address but a line of it cannot be read with certainty. */
  doubt: string | null;
  /** Read from labelled fields (a form, a table): whose it is the labels say, not its place as a head. */
  labelled?: boolean;
  /** A second person named over the same address ("Kari Nordmann" over "Ola Nordmann", spouses): theirs too. */
  alsoNamed?: string[];
  /** Line numbers (0-based) of the block's first and last line in the text. */
  first: number;
  last: number;
}

const MAX_GAP = 2;
/** A professional title line: a capital, then lower-case words only. */
const TITLE = /^\p{Lu}\p{Ll}+(?:\s[\p{Ll}./-]+){0,5}$/u;
/** Telephone, e-mail, web and organisation-number lines of a letterhead sit among its address lines. */
const CONTACT = /^(?:tlf|telefon|tel|phone|mob|mobil|e-?post|e-?mail|epost|www\.|org\.?\s?nr|organisasjonsnummer|bankgiro|konto)\b/iu;
/** A postcode line that OCR has damaged: four digit-like characters (O, I, l, S, B, G, Z for 0, 1, 5, 8, 6, 2), then a capitalised town. */
const DAMAGED_POSTCODE = /^(?=[\dOoIlSBGZ]{4}\s)(?![\d]{4}\s)[\dOoIlSBGZ]{4}\s+\p{Lu}[\p{L} .-]+$|^\d{4}\s+\p{Lu}[\p{L}]*\d[\p{L}\d]*$/u;
/** A line that sits where a street belongs but is not one: letters with stray digits or symbols. */
const DAMAGED_STREET = /^\p{Lu}[\p{L}.'’ -]*\s[\dlIOoSB|!]{1,4}[A-Za-z]?$|^\p{Lu}[\p{L}.'’-]*\d+[\p{L}]*$/u;

export function findAddressBlocks(text: string): AddressBlock[] {
  const lines = text.split('\n').map(cleanLine);
  const blocks: AddressBlock[] = [];
  let floor = -1; // lines at or above belong to an earlier block
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A country under the postcode line ("Sverige", "Spain"): the address abroad ends here.
    if (COUNTRY.test(line)) {
      const above = previousContent(lines, i, -1);
      const last = blocks.at(-1);
      if (last && above === last.last && !last.doubt) {
        last.address.push(line);
        last.last = i;
        floor = i;
        continue;
      }
      if (above !== null && above > floor && isPostcodeLineOverCountry(lines[above]!, line)) {
        const block = blockEndingAt(lines, above, floor, null, false, true);
        if (block && !block.doubt) {
          blocks.push({ ...block, address: [...block.address, line], last: i });
          floor = i;
        }
      }
      continue;
    }
    if (isUkPostcodeAlone(line)) {
      // The post town over the postcode: the block is read up from the town, and needs its street.
      const town = previousContent(lines, i, floor);
      const block = town !== null && isPostTown(lines[town]!) ? blockEndingAt(lines, town, floor, null, false) : null;
      if (block && !block.doubt) {
        blocks.push({ ...block, address: [...block.address, line], last: i });
        floor = i;
      }
      continue;
    }
    const postcode = parsePostcodeLine(line);
    // "2521 Lake Street" over "Minneapolis, MN 55401": a street abroad whose number reads as a postcode.
    if (postcode && postcode.street === null && overForeignPostcodeLine(lines, i)) continue;
    const damaged = !postcode && DAMAGED_POSTCODE.test(line) && previousContent(lines, i, floor) !== null;
    if (!postcode && !damaged) continue;
    const block = blockEndingAt(lines, i, floor, postcode === null ? 'the postcode line could not be read with certainty' : null, postcode?.street != null);
    if (block) {
      blocks.push(block);
      floor = i;
    }
  }
  return blocks;
}

function overForeignPostcodeLine(lines: string[], i: number): boolean {
  const next = lines[i + 1] ?? '';
  return isForeignPostcodeLine(next) && parsePostcodeLine(next) === null;
}

function previousContent(lines: string[], from: number, floor: number): number | null {
  let gap = 0;
  for (let j = from - 1; j > floor; j--) {
    const l = lines[j]!;
    if (l === '' || isStamp(l) || CONTACT.test(l)) {
      if (l === '' && ++gap > MAX_GAP) return null;
      continue;
    }
    return j;
  }
  return null;
}

/**
 * `abroad`: the postcode line stands over a country's, and an English layout may put the locality on a line of its own
 * between the street and it («14 Castle Avenue» / «Clontarf» / «Dublin 3, D03 K2V8» / «Ireland», QA s21 A06); the
 * locality is taken only with a street above it, so a name line is never read as one.
 */
function blockEndingAt(lines: string[], last: number, floor: number, initialDoubt: string | null, streetOnPostcodeLine: boolean, abroad = false): AddressBlock | null {
  let doubt = initialDoubt;
  const address = [lines[last]!];
  let j = previousContent(lines, last, floor);
  let streets = streetOnPostcodeLine ? 1 : 0;
  const overLocality = abroad && j !== null ? previousContent(lines, j, floor) : null;
  if (j !== null && overLocality !== null && isPostTown(lines[j]!) && !isPersonName(lines[j]!) && isStreetLine(lines[overLocality]!)) {
    address.unshift(lines[j]!);
    j = overLocality;
  }
  // Street or box lines (at most two: "c/o Hansen" over "Storgata 1").
  while (j !== null && streets < 2 && isStreetLine(lines[j]!)) {
    address.unshift(lines[j]!);
    streets++;
    j = previousContent(lines, j, floor);
  }
  if (j === null) return null;
  let top = j;
  let nameLine = lines[j]!;
  if (streets === 0 && !isPersonName(nameLine) && DAMAGED_STREET.test(nameLine)) {
    // A street line damaged by the scan: the name is the line above it.
    const above = previousContent(lines, j, floor);
    if (above === null || !isPersonName(lines[above]!)) return null;
    doubt ??= 'the street line could not be read with certainty';
    address.unshift(nameLine);
    top = above;
    nameLine = lines[above]!;
  } else if (streets === 0) {
    doubt ??= NO_STREET;
  }
  const nameLines = [nameLine];
  // A title under the name ("Spesialist i allmennmedisin", "Fastlege"): the name is the line above.
  if (!isPersonName(nameLine) && TITLE.test(nameLine)) {
    const above = previousContent(lines, top, floor);
    if (above !== null && isPersonName(lines[above]!)) {
      nameLines.unshift(lines[above]!);
      top = above;
    }
  }
  // "Advokatfirmaet Berg AS" over "v/ advokat Kari Berg", or a person over "c/o ...".
  if (/^(?:v\/|c\/o|att\.?:?|attn\.?:?)\s?/iu.test(nameLine)) {
    const above = previousContent(lines, top, floor);
    if (above !== null) {
      nameLines.unshift(lines[above]!);
      top = above;
    }
  }
  // Two people over one address (spouses writing together): the line above names the other.
  const other = nameLines.length === 1 && isPersonName(nameLine) ? previousContent(lines, top, floor) : null;
  if (other !== null && isPersonName(lines[other]!) && lines[other]!.toLowerCase() !== nameLine.toLowerCase()) return { nameLines, address, doubt, alsoNamed: [lines[other]!], first: top, last };
  return { nameLines, address, doubt, first: top, last };
}

/** "Klager: Kari Nordmann, Storgata 1, 0467 Oslo", "Kopi: …, c/o …": a party with the address on the same line. */
const REGARDING_WORD = /^(?:gjelder|gjeld|saken gjelder|saka gjeld|angående|angår|vedrørende|vedrører|vedr\.?|re|regarding|ärende|gäller)$/iu;
const REPRESENTATIVE_WORD = /^(?:fullmektig|fullmäktig|fuldmægtig|ombud|verge|verje|værge|representative|guardian)$/iu;
const INLINE = /^(?:(?<label>[\p{L} ]{3,30}):\s*)?(?<name>[^,:]+),\s*(?<rest>[^:]+)$/u;

export function findInlineBlocks(text: string): AddressBlock[] {
  const lines = text.split('\n').map(cleanLine);
  const blocks: AddressBlock[] = [];
  lines.forEach((raw, i) => {
    const line = asCommaLine(raw.replace(FROM_WORD, ''));
    const m = INLINE.exec(line);
    if (!m?.groups) return;
    const { name, rest } = m.groups as { name: string; rest: string };
    const address = parseOneLineAddress(rest);
    if (!isPersonName(name.trim()) || !address) return;
    // "Gjelder: Kari Nordmann, Storgata 1, 0467 Oslo", "Fullmektig: …": the label stays, it says whose the block is.
    const label = m.groups.label && (REGARDING_WORD.test(m.groups.label.trim()) || REPRESENTATIVE_WORD.test(m.groups.label.trim())) ? `${m.groups.label.trim()}: ` : '';
    blocks.push({ nameLines: [label + name.trim()], address, doubt: null, first: i, last: i });
  });
  return blocks;
}

/** A separator between the parts of a footer or letterhead line: "Kari Nordmann · Storgata 1 · 0467 Oslo", a note's "… / … / …". */
const PART_SEPARATOR = /\s+[|·•–/-]\s+/u;
/** "Fra Kari Nordmann, …": a note's word before the writer's name, with no colon to make it a label. */
const FROM_WORD = /^(?:fra|frå|från|from|avsender|avsendar)\s+(?=\p{Lu})/iu;
/** A trailing contact part of such a line: a telephone number, an e-mail or web address. */
const CONTACT_PART = /^(?:(?:tlf|telefon|tel|phone|mob|mobil|e-?post|e-?mail|epost)\b.*|[^\s@]+@[^\s@]+|www\..*|\+?[\d ]{8,})$/iu;

/**
 * A footer's or a letterhead's one line of parts, separated by bars, dots or dashes or by commas, with a
 * telephone or e-mail part at its end: as the comma line the inline reader takes, without the contact parts.
 */
function asCommaLine(line: string): string {
  const parts = PART_SEPARATOR.test(line) ? line.split(PART_SEPARATOR) : line.split(/\s*,\s*/u);
  if (parts.length < 3) return line;
  while (parts.length > 2 && CONTACT_PART.test(parts.at(-1)!.trim())) parts.pop();
  return parts.some((p) => p.includes(',')) ? line : parts.join(', ');
}
