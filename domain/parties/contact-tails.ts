import { parseOneLineAddress } from './one-line-address.ts';

/**
 * A telephone number or an e-mail written after the address on the same line ("Storgata 1, 0467 Oslo,
 * mob. 412 34 567", "…, 0467 Oslo, kari@example.no") is no part of the address: it is put on a line of
 * its own, so the address line reads as one wherever it stands; so is one written first, before a bar.
 */
/** A signature's line that starts with the telephone and a bar or dot before the address ("Tlf. 915 22 310 | Fjellgata 4, 9008 Tromsø"). */
const LEAD = /^([ \t]*(?:tlf|telefon|tel|mob|mobil|phone|telephone)\.?:?[ \t]*\+?\d[\d \t]{5,}\d)[ \t]*[|·•][ \t]*(?=\S)/iu;
const TAIL = /,[ \t]*(?:(?:tlf|telefon|tel|mob|mobil|phone|telephone|ring)\.?:?[ \t]*\+?\d[\d \t]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]*$/iu;

export function splitContactTails(text: string): string {
  return text
    .split('\n')
    .map((whole) => {
      const lead = LEAD.exec(whole);
      const head = lead ? [lead[1]!.trim()] : [];
      const line = lead ? whole.slice(lead[0].length) : whole;
      const tails: string[] = [];
      let rest = line;
      for (let m = TAIL.exec(rest); m !== null && tails.length < 3; m = TAIL.exec(rest)) {
        tails.unshift(m[0].replace(/^,[ \t]*/u, ''));
        rest = rest.slice(0, m.index);
      }
      // After a leading telephone the address is a signature's, written on one line: put it as a window shows it.
      const lines = lead ? (parseOneLineAddress(line.trim()) ?? [line]) : [line];
      return [...head, ...(tails.length > 0 && /\d/u.test(rest) ? [rest, ...tails] : lines)].join('\n');
    })
    .join('\n');
}
