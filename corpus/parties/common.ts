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
}
