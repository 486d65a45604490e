import type { Party } from '#schemas/parties';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * A first instance's letter (a transfer, a ruling) prints its own postal address as a field («Postadresse: Postboks 4100,
 * 4604 Kristiansand S»), often right under the line that names the appellant («Gjelder: …», «Navn: …»): read as theirs, the
 * acknowledgement goes to the Nav unit (QA s17 L08). People seldom have a post box, units nearly always do: in such a letter a
 * post box given to the appellant is withheld, and an archivist (or a later letter of the appellant's) gives the address.
 */
export const FIRST_INSTANCE_BOX = "the post box may be the first instance's own";

const POST_BOX = /^(?:postboks|postb\.|pb\.?|boks|box|post\s?box|p\.?\s?o\.?\s?box)\s*\d/iu;
/**
 * A first instance's transfer wording: «Oversendelse av klage», «Oversending av klaga», «Vi oversender klagen», «… oversendes
 * herved». Not an appellant's «ber om at klagen oversendes» (review s18 M2).
 */
const TRANSFER = /(?<![\p{L}])(?:(?:oversendelse|oversending)\s+av|vi\s+oversender|oversender\s+vi|oversendes\s+(?:herved|med\s+dette|til\s+dere)|herved\s+oversendt)(?![\p{L}])/iu;
/** A line that says whom the letter is about: the writer is not that person (a unit, a hospital, a kommune). */
const ABOUT = /^[ \t]*(?:gjelder|gjeld|vedrørende|vedr\.?|regarding|re|angående|ang\.?|vedrørende|vedrørande)[ \t]*:/iu;
/** The label of a block that is the person's own: «Klager:», «Navn:», «Namn:», «Name:». */
const PERSON_BLOCK = /^[ \t]*(?:klager|klagar|klaganden|navn|namn|name|namn på klagar)[ \t]*:/iu;
/** A person's own field under their name: their id or birth date. */
const PERSON_FIELD = /^[ \t]*(?:fødselsnummer|fødselsnr\.?|fnr\.?|f\.nr\.?|personnummer|personnr\.?|født|fødselsdato|fødd|national id(?:entity)? number|date of birth)[ \t]*:/iu;
/** A plain «Adresse:» (no «Post-», «Besøks-»): how a form lists the person's own address. */
const PLAIN_ADDRESS = /^[ \t]*(?:adresse|adressa|adress|address)[ \t]*:/iu;

/** Whether the letter is a transfer by its words (the unit's name may stand nowhere the head reader looks). */
export const isTransfer = (text: string): boolean => TRANSFER.test(text);

/**
 * The appellant without a post box that a first instance's letter gives them, or that any letter gives in a «Postadresse»
 * field right under the line saying whom it is about («Gjelder: Ragna Tveit» / «Postadresse: Postboks 505»: a kommune's,
 * a hospital's own, review s18 H1). A box in the block that is the person's own stays theirs.
 */
export function withoutUnitsBox(appellant: Party, text: string, byFirstInstance: boolean): Party {
  const box = appellant.address[0]?.trim() ?? '';
  if (!POST_BOX.test(box)) return appellant;
  const at = labelledAddressLine(text, box);
  if (at === null) return appellant;
  const lines = text.split(/\r?\n/u);
  if (inPersonsBlock(lines, at)) return appellant;
  if (!byFirstInstance && !ABOUT.test(lines[at - 1] ?? '')) return appellant;
  return { ...appellant, address: [], addressWithheld: FIRST_INSTANCE_BOX };
}

/** The line where the box is written after an address label («Postadresse: Postboks …»), or null. */
function labelledAddressLine(text: string, box: string): number | null {
  const escaped = regExpLiteral(box).replace(/\s+/gu, '\\s+');
  const label = new RegExp(`^[ \\t]*(?:post|bo|besøks|besøk|retur|postal[ \\t]+)?(?:adresse|adressa|adress|address)[ \\t]*:[ \\t]*${escaped}`, 'iu');
  const index = text.split(/\r?\n/u).findIndex((l) => label.test(l));
  return index < 0 ? null : index;
}

/**
 * The address line stands in the block that names the person (no blank line between): under «Klager:»/«Navn:»/«Namn:» as a
 * plain «Adresse:», or with the person's own field (their id, birth date) between the name and the address — the form
 * a unit fills in for the appellant (review s18 M2). A «Postadresse» right under «Navn:»/«Gjelder:» is the unit's (L08).
 */
function inPersonsBlock(lines: string[], at: number): boolean {
  let personsField = false;
  for (let i = at - 1; i >= 0 && (lines[i] ?? '').trim() !== ''; i -= 1) {
    const line = lines[i] ?? '';
    if (PERSON_FIELD.test(line)) personsField = true;
    else if (PERSON_BLOCK.test(line) || ABOUT.test(line)) return personsField || (PERSON_BLOCK.test(line) && PLAIN_ADDRESS.test(lines[at] ?? ''));
    else return false;
  }
  return false;
}
