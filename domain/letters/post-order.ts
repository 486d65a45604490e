import { findCountry, isNorway } from './postcode-rules.ts';

/**
 * The order of the day's post (`outbox print`, the page's «Skriv ut klare brev»): letters posted in
 * Norway first, then those abroad, because Posten franks the two at different rates and the post room
 * puts them in two piles. Within each pile by letter date, then case number, then letter id, so the
 * same letters always print in the same order whatever order the table returned them in.
 */

interface PostedLetter {
  recipient: { address: readonly string[] } | null;
  letterDate: string;
  caseNumber: string;
  letterId: string;
}

/** An envelope abroad ends with its country on a line of its own (postal-address.ts); one in Norway names none. */
export function postedAbroad(letter: Pick<PostedLetter, 'recipient'>): boolean {
  const last = letter.recipient?.address.at(-1);
  const country = last === undefined ? null : findCountry(last);
  return country !== null && !isNorway(country);
}

export function inPostOrder<T extends PostedLetter>(letters: readonly T[]): T[] {
  const key = (l: T) => [postedAbroad(l) ? '1' : '0', l.letterDate, l.caseNumber, l.letterId] as const;
  return [...letters].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
