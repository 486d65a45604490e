import { parseOneLineAddress } from './one-line-address.ts';

/**
 * A telephone number or an e-mail written after the address on the same line ("Storgata 1, 0467 Oslo,
 * mob. 412 34 567", "…, 0467 Oslo, kari@example.no") is no part of the address: it is put on a line of
 * its own, so the address line reads as one wherever it stands; so is one written first, before a bar.
 */
/** A signature's line that starts with the telephone and a bar or dot before the address ("Tlf. 915 22 310 | Fjellgata 4, 9008 Tromsø"). */
const LEAD = /^([ \t]*(?:tlf|telefon|tel|mob|mobil|phone|telephone)\.?:?[ \t]*\+?\d[\d \t]{5,}\d)[ \t]*[|·•][ \t]*(?=\S)/iu;
/**
 * After a comma, or a dash or bar between spaces as a letterhead writes it ("Postboks 1234 Vika, 0110 Oslo  -  Org.nr.
 * 912 345 678"): a telephone, an e-mail, or the organisation's number.
 */
const CONTACT =
  String.raw`(?:(?:tlf|telefon|tel|mob|mobil|phone|telephone|ring)\.?:?[ \t]*\+?\d[\d \t]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:org\.?[ \t]?(?:nr|no)\.?|organisasjonsnummer|organisasjonsnr\.?)[: \t]*(?:NO[ \t]?)?\d{3}[ \t]?\d{3}[ \t]?\d{3}(?:[ \t]?MVA)?)`;
// Or after a run of spaces alone, as a letterhead sets its columns ("Postboks 412 Sentrum, 0103 Oslo   Org.nr. 921 445 102").
const TAIL = new RegExp(String.raw`(?:,|[ \t]+[-–|·•]|[ \t]{2,})[ \t]*${CONTACT}[ \t]*$`, 'iu');
/** A line of contact details only: telephones, e-mails, the organisation's number, between commas, dashes or bars. */
export const CONTACTS_ONLY = new RegExp(String.raw`^[ \t]*${CONTACT}(?:[ \t]*(?:,|[-–|·•])[ \t]*${CONTACT})*[ \t]*$`, 'iu');

/**
 * A line of three or more comma parts ending in a word (the country's name, which parseOneLineAddress checks), its
 * street a street's words only ("Calle de la Paz 12", "114 Victoria Street"): no sentence («Min adresse er …, Sverige.»),
 * which the address phrases read whole.
 */
const STREET_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\d+[A-Za-z]?|de|la|del|dei|di|da|do|dos|das|van|von|der|den|am|an|im|zum|zur|du|le|les|des)`;
const ABROAD_ON_ONE_LINE = new RegExp(String.raw`^[ \t]*${STREET_WORD}(?:[ \t]+${STREET_WORD})*(?:,[^,\n]+){1,3},[ \t]*\p{Lu}[\p{L} -]*\p{L}[ \t]*$`, 'u');

/** A line that ends in a separator ("… Org.nr. 918 223 441 -"): a letterhead's contact line the page wrapped after it. */
const BROKEN_AFTER_SEPARATOR = /[ \t]+[-–|·•][ \t]*$/u;

/**
 * A contact line wrapped after a separator ("…, 5809 Bergen - Org.nr. 918 223 441 -" over "post@…") is put back on one
 * line when what follows is contact details only, or what precedes the separator is itself a contact line. A firm's
 * name, a street or a sentence that ends in a dash or bar stays on its own line: joined to the address under it, the
 * firm or the street is swallowed into one line no block reads (a firm's name over «Storgata 1, 0101 Oslo | Tlf …»).
 */
function joinWrappedContactLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const before = line.replace(BROKEN_AFTER_SEPARATOR, '');
    const wrapped = next !== undefined && BROKEN_AFTER_SEPARATOR.test(line) && (CONTACTS_ONLY.test(next) || TAIL.test(before) || CONTACTS_ONLY.test(before));
    const whole = wrapped ? `${line.trimEnd()} ${next.trim()}` : null;
    if (whole !== null && TAIL.test(whole)) {
      joined.push(whole);
      i++;
    } else joined.push(line);
  }
  return joined;
}

export function splitContactTails(text: string): string {
  return joinWrappedContactLines(text.split('\n'))
    .map((whole) => {
      const lead = LEAD.exec(whole);
      const head = lead ? [lead[1]!.trim()] : [];
      const line = lead ? whole.slice(lead[0].length) : whole;
      const tails: string[] = [];
      let rest = line;
      for (let m = TAIL.exec(rest); m !== null && tails.length < 3; m = TAIL.exec(rest)) {
        tails.unshift(m[0].replace(/^(?:,|[ \t]+[-–|·•])?[ \t]*/u, ''));
        rest = rest.slice(0, m.index);
      }
      // After a leading telephone the address is a signature's, written on one line: put it as a window shows it.
      // So is an address abroad that fills a line to its country ("Friedrichstraße 50, 10117 Berlin, Germany"): whose it
      // is, the block it stands in says, as for one written over three lines.
      const lines = lead || ABROAD_ON_ONE_LINE.test(line) ? (parseOneLineAddress(line.trim()) ?? [line]) : [line];
      return [...head, ...(tails.length > 0 && /\d/u.test(rest) ? [rest, ...tails] : lines)].join('\n');
    })
    .join('\n');
}
