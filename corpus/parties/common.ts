import type { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';

/** What every party slice's generator gives for one letter: its lines, the kind of writing, and the parties it wrote. */
export interface Written {
  style: string;
  lines: string[];
  truth: PartiesTruth;
}

/** The appeals body's own address, as the slices write it at the top of a letter to it. */
export const APPEALS_BODY_HEAD: readonly string[] = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];

/** One letter of a hand-written slice: its id, kind of writing («nb lawyer-firm-head»), text and the parties it wrote. */
export interface HandWrittenLetter {
  id: string;
  style: string;
  text: string;
  truth: PartiesTruth;
}

/** A hand-written slice's representative: the name, the firm or organisation and the address the letter gives them. */
export type HandRep = { name: string; firm?: string; address?: string[] };

/** A hand-written letter's truth: the appellant and the address the letter gives them (often none), and who acts for them. */
export const handTruth = (appellant: string, address: string[], rep: HandRep | null): PartiesTruth => ({
  appellant: { name: appellant, address },
  representative: rep ? { name: rep.name, firm: rep.firm ?? null, address: rep.address ?? [] } : null,
  firstInstance: null,
});

/** A slice's generator: one random stream, Posten's codes to draw real places from, one language a letter. */
export abstract class SliceGenerator {
  protected readonly codes: [string, string][];
  constructor(
    protected readonly r: Rng,
    postcodes: ReadonlyMap<string, string>,
    protected readonly lang: StyleLang,
  ) {
    this.codes = [...postcodes.entries()];
  }

  /** A place from Posten's table as a writer writes it ("MO I RANA" → "Mo i Rana"), with its postcode. */
  protected postenPlace(): [string, string] {
    const [code, place] = this.r.pick(this.codes);
    return [code, place.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()).replace(/ I /gu, ' i ').replace(/ På /gu, ' på ')];
  }

  /** Another person sharing neither the name nor the surname of any of `than`: a relative is never read as the same person. */
  protected unrelated(draw: () => string, ...than: string[]): string {
    for (;;) {
      const n = draw();
      if (!than.some((t) => t === n || t.split(' ').at(-1) === n.split(' ').at(-1))) return n;
    }
  }

  /** A date of 2025 as people write it in a letter ("7.03.2025"). */
  protected dottedDate(): string {
    return `${this.r.int(1, 28)}.${String(this.r.int(1, 12)).padStart(2, '0')}.2025`;
  }

  /** A Norwegian telephone number in pairs ("48 21 37 90"). */
  protected phonePairs(): string {
    return `${this.r.int(40, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)}`;
  }

  /** Another person than `than`: drawn again only when the draw gives the same name. */
  protected otherThan(than: string, draw: () => string): string {
    for (;;) {
      const n = draw();
      if (n !== than) return n;
    }
  }
}
