import type { PostcodeTable } from './postcodes.ts';

/**
 * A Norwegian postcode that a writer or a scan broke with a space or a dot ("50 03 Bergen",
 * "5 003 Bergen", "5003. Bergen") is put back together when Posten's table gives that very place
 * for the four digits joined: the table, not the shape, says it is one postcode. Anything else is
 * left as written (and an address that does not read as one is withheld as before).
 */
const BROKEN = /(?<![\d\p{L}])(?<a>\d{1,3})[ .](?<b>\d{1,3})\.?[ \t]+(?<place>\p{Lu}[\p{L}'’. -]*?)[ \t]*$/u;
const DOTTED = /(?<![\d\p{L}])(?<code>\d{4})\.[ \t]+(?<place>\p{Lu}[\p{L}'’. -]*?)[ \t]*$/u;

export function repairBrokenPostcodes(text: string, table: PostcodeTable): string {
  return text
    .split('\n')
    .map((line) => {
      const m = BROKEN.exec(line) ?? DOTTED.exec(line);
      if (!m?.groups) return line;
      const code = m.groups.code ?? `${m.groups.a}${m.groups.b}`;
      if (code.length !== 4) return line;
      const expected = table.places.get(code);
      const place = m.groups.place!;
      if (expected === undefined || place.toUpperCase() !== expected) return line;
      return `${line.slice(0, m.index)}${code} ${place}`;
    })
    .join('\n');
}
