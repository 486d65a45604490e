import type { Party } from '#schemas/parties';

/**
 * A first instance's letter (a transfer, a ruling) prints its own postal address as a field («Postadresse: Postboks 4100,
 * 4604 Kristiansand S»), often right under the line that names the appellant («Gjelder: …», «Navn: …»): read as theirs, the
 * acknowledgement goes to the Nav unit (QA s17 L08). People seldom have a post box, units nearly always do: in such a letter a
 * post box given to the appellant is withheld, and an archivist (or a later letter of the appellant's) gives the address.
 */
export const FIRST_INSTANCE_BOX = "the post box may be the first instance's own";

const POST_BOX = /^(?:postboks|postb\.|pb\.?|boks|box|post\s?box|p\.?\s?o\.?\s?box)\s*\d/iu;
/** «Oversendelse av klage», «Oversending av klage», «Vi oversender klagen»: a transfer is a first instance's letter. */
const TRANSFER = /(?<![\p{L}])(?:oversend\p{L}*|oversending\p{L}*)(?![\p{L}])/iu;

/** Whether the letter is a transfer by its words (the unit's name may stand nowhere the head reader looks). */
export const isTransfer = (text: string): boolean => TRANSFER.test(text);

/** The appellant without a post box that a first instance's letter gives them. */
export function withoutUnitsBox(appellant: Party, text: string, byFirstInstance: boolean): Party {
  const box = appellant.address[0]?.trim() ?? '';
  if (!byFirstInstance || !POST_BOX.test(box) || !labelledAsAddress(text, box)) return appellant;
  return { ...appellant, address: [], addressWithheld: FIRST_INSTANCE_BOX };
}

/**
 * The box is written after an address label («Postadresse: Postboks …»): the unit's own field. A box under the name of a
 * «Klager:» block is the appellant's as the unit lists it, and stays.
 */
function labelledAsAddress(text: string, box: string): boolean {
  const escaped = box.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  return new RegExp(`^[ \\t]*(?:post|bo|besøks|besøk)?(?:adresse|adressa|adress|address)[ \\t]*:[ \\t]*${escaped}`, 'imu').test(text);
}
