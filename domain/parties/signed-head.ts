import type { AddressBlock } from './address-blocks.ts';
import { cleanLine, isPersonName, isStamp, ORGANISATION_WORD, parsePostcodeLine } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';

/**
 * A head whose name the signature confirms, where the head alone cannot be read: a name a narrow
 * head breaks over two lines ("Anne Kristin" over "Hagen Olsen"), or a rural address whose place
 * has no street number ("Myrvang gård", "Nordbygda" over "2850 Lena"). The signer's name, written
 * on one line under the closing, says which lines are the name and which the address; without it
 * such a block stays unread (a place could as well be a damaged street or a second name).
 */

/** Said by `findAddressBlocks` of a block with no street or box line above its postcode. */
export const NO_STREET = 'the address has no street or post box';

/** A place written without a number: capitalised words, letters only ("Myrvang gård", "Søndre Li"). */
const PLACE = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}$/u;
/** Words that make a capitalised line something other than a farm or a village. */
const NOT_A_PLACE = /^(?:Med|Vennlig|Venleg|Hilsen|Helsing|Mvh|Klage|Vedtak|Gjelder|Dato|Til|Fra|Kopi|Vedlegg|Side|Adresse|Postadresse|Tlf|Telefon)\b/iu;

const key = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ').trim();
/** The letters of a name, without the spaces and specks a scan adds or loses. */
const squash = (s: string) => s.toLowerCase().replace(/[\s.,:;'’`]+/gu, '');

function isPlaceLine(line: string): boolean {
  return PLACE.test(line) && !NOT_A_PLACE.test(line) && !ORGANISATION_WORD.test(line);
}

/** The content line above `from` (blank lines, stamps skipped; at most two blank lines). */
function above(lines: string[], from: number): number | null {
  let gap = 0;
  for (let j = from - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (l === '' || isStamp(l)) {
      if (l === '' && ++gap > 2) return null;
      continue;
    }
    return j;
  }
  return null;
}

/**
 * The block read again with the signer's name: null when the signature does not account for it.
 * `text` is the letter the block was found in (its lines, as `findAddressBlocks` numbers them).
 */
export function signedHead(text: string, block: AddressBlock, signer: string): AddressBlock | null {
  if (block.labelled || block.nameLines.length > 2) return null;
  const lines = text.split('\n').map(cleanLine);
  const signed = key(signer);
  // "Kari Nordmann" over "Haugetun": the block took the place for a title under the name.
  if (block.nameLines.length === 2 && block.doubt === NO_STREET && key(block.nameLines[0]!) === signed && isPlaceLine(block.nameLines[1]!)) {
    return { ...block, alsoNamed: undefined, nameLines: [signer], address: [block.nameLines[1]!, ...block.address], doubt: null };
  }
  const nameLine = block.nameLines.at(-1)!;
  // The name broken over two lines: the line above and the name line are the signer's name.
  const up = above(lines, block.first);
  if (block.nameLines.length === 1 && up !== null && key(`${lines[up]} ${nameLine}`) === signed && key(nameLine) !== signed) {
    return { ...block, alsoNamed: undefined, nameLines: [signer], first: up };
  }
  // The head's name with a space lost or added, or a speck inside ("Øystein Solbe rg", "Esp.en Grønli"):
  // the signature writes the same letters in the same order, cleanly.
  // Only when the head is the damaged one: it does not read as a name, or lost a space the signature
  // has ("Jens Pettervon Krogh" over "Jens Petter von Krogh"); a signature that lost one keeps the head.
  const words = (n: string) => n.trim().split(/\s+/u).length;
  const headDamaged = !isPersonName(nameLine) || (isPersonName(signer) && words(signer) > words(nameLine));
  if (block.nameLines.length === 1 && key(nameLine) !== signed && headDamaged && squash(nameLine) === squash(signer)) {
    return { ...block, alsoNamed: undefined, nameLines: [signer] };
  }
  // A rural address: place lines between the signer's name (on one line or two) and the postcode line.
  if (block.doubt !== NO_STREET || !block.nameLines.every(isPlaceLine)) return null;
  const places = [...block.nameLines];
  for (let j = above(lines, block.first); j !== null && places.length <= 2; j = above(lines, j)) {
    const line = lines[j]!;
    if (key(line) === signed) return { ...block, alsoNamed: undefined, nameLines: [signer], address: [...places, ...block.address], doubt: null, first: j };
    const up2 = above(lines, j);
    if (up2 !== null && key(`${lines[up2]} ${line}`) === signed) return { ...block, alsoNamed: undefined, nameLines: [signer], address: [...places, ...block.address], doubt: null, first: up2 };
    if (!isPlaceLine(line)) return null;
    places.unshift(line);
  }
  return null;
}

/** A label that says the line is the appellant's: "Klager:", "Ankende part:", "Appellant:". */
const APPELLANT_LABEL = /^(?:klager|klagar|klagande|klagende|ankende part|den ankende part|appellant)\s*:\s*/iu;
const HONORIFIC = /^(?:dr|doktor|mr|mrs|ms|fru|herr)\.?\s+/iu;

/**
 * "Kari Nordmann, Myrvang gård, 2850 Lena" on one line under a signature of the same name, or after a
 * label that says it is the appellant's ("Ankende part: Dr. Ewa Berg, Nesodden legesenter, 1450
 * Nesoddtangen"): an address whose place has no street number, written on one line (the one-line
 * reader wants a street with its number). Without the signature or the label, whose it is is unknown.
 */
export function signedRuralLine(text: string, signer: string): AddressBlock | null {
  return ruralLine(text, signer, false);
}

export function labelledRuralLine(text: string, appellant: string): AddressBlock | null {
  return ruralLine(text, appellant, true);
}

function ruralLine(text: string, name: string, labelled: boolean): AddressBlock | null {
  const lines = text.split('\n').map(cleanLine);
  for (let i = 0; i < lines.length; i++) {
    const line = labelled ? lines[i]!.replace(APPELLANT_LABEL, '') : lines[i]!;
    if (labelled && line === lines[i]) continue;
    const parts = line.split(/\s*,\s*/u);
    if (parts.length !== 3 || key(parts[0]!.replace(HONORIFIC, '')) !== key(name) || !isPlaceLine(parts[1]!)) continue;
    const postcode = parsePostcodeLine(parts[2]!);
    if (!postcode || postcode.street !== null || parseOneLineAddress(parts.slice(1).join(', '))) continue;
    return { nameLines: [name], address: [parts[1]!, parts[2]!], doubt: null, first: i, last: i };
  }
  return null;
}
