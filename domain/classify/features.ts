/**
 * Text -> sparse features for the classifier: words, word pairs and character n-grams inside words
 * (which survive OCR noise: "k1age" still shares "age" and "kla" n-grams with "klage"), plus the words
 * of the letter's first lines (where the heading is). Features are hashed into a fixed-size table so
 * the model file stays small whatever the vocabulary; each feature keeps the word it came from, so
 * an explanation can be given in words, not hash buckets.
 */
import { foldDiacritics } from '../text/fold.ts';
import { glossaryMatches, type GlossaryEntry } from './glossary.ts';
import { structureFeatures } from './structure.ts';

export interface FeatureOptions {
  /** log2 of the hash table size. */
  bits: number;
  charMin: number;
  charMax: number;
  /** Lines at the top counted as the heading. */
  headLines: number;
  /**
   * Area cue words from the configuration (config.areas[].cues), as features "this letter uses
   * area X's words": the learned model weighs them, and an administrator's cue list helps the model.
   */
  cues?: Record<string, string[]>;
  /**
   * Legal references as features: "§ 12-6" and "kapittel 12" name the benefit's chapter of the
   * folketrygdloven (8 sykepenger, 11 AAP, 12 uføretrygd, ...), but the word features reduce every
   * number to <num>. Off for model files written before the option existed.
   */
  lawRefs?: boolean;
  /**
   * The domain glossary (config/glossary.json): a concept found in any language adds its canonical
   * bokmål token (`g:`, and `gh:` in the heading) beside the writer's words, so "sygedagpenge",
   * "sjukpenning" and "sick pay" share what the model learned from "sykepenger". Absent in model
   * files written before it existed.
   */
  glossary?: GlossaryEntry[];
  /**
   * Words, n-grams, heading words, glossary phrases and cue words read with diacritics folded
   * (domain/text/fold.ts), each word's explanation source kept as written: a writer
   * without ø on the keyboard ("uforetrygd") shares every feature with one who has it. Absent in
   * model files written before it existed.
   */
  foldDiacritics?: boolean;
  /** The letter's shape as features (structure.ts): a dated decision, who signs, a form. Absent in older model files. */
  structure?: boolean;
}

/**
 * 2^15 buckets: measured on the held-out OCR scans, 2^14/2^15/2^16 gave type 98.8/99.1/99.1% and area
 * 92.3/93.8/93.5%; the whole table is kept (pruning 2^18 to its 30k strongest buckets fell to 40%).
 */
export const defaultFeatureOptions: FeatureOptions = { bits: 15, charMin: 3, charMax: 5, headLines: 14, lawRefs: true };

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

export interface FeatureSource {
  /** The word or phrase a hashed feature came from (for explanations). */
  source: string;
  index: number;
}

/** "§ 12-6", "§§ 25-6 og", "§ 11-5 a" (OCR may drop or double the spaces). */
const SECTION = /§§?\s*(\d{1,2})\s?[-–]\s?(\d{1,2}(?:\s?[a-z](?![a-zæøå]))?)/gu;
const CHAPTER = /\b(?:kapittel|kap\.?|kapitel|chapter)\s*(\d{1,2})\b/gu;

const WORD = /[\p{L}§]+(?:[-'][\p{L}]+)*|\d+/gu;

interface FoldedGlossary {
  entries: GlossaryEntry[];
  /** A folded phrase's text (no trailing `*`) -> the phrase as the glossary spells it, the explanation's source. */
  spelled: Map<string, string>;
}
const foldedGlossaries = new WeakMap<GlossaryEntry[], FoldedGlossary>();
/** The glossary's phrases folded (the canonical token kept), built once per glossary so its compiled form is cached too. */
function foldedGlossary(glossary: GlossaryEntry[]): FoldedGlossary {
  let f = foldedGlossaries.get(glossary);
  if (!f) {
    const spelled = new Map<string, string>();
    const bare = (p: string) => p.replace(/\*$/u, '').replace(/\s+/gu, ' ');
    for (const p of glossary.flatMap((g) => g.phrases)) if (!spelled.has(bare(foldDiacritics(p)))) spelled.set(bare(foldDiacritics(p)), bare(p));
    f = { entries: glossary.map((g) => ({ canonical: g.canonical, phrases: [...new Set(g.phrases.map((p) => foldDiacritics(p)))] })), spelled };
    foldedGlossaries.set(glossary, f);
  }
  return f;
}

export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

export function words(text: string): string[] {
  return (normalizeText(text).match(WORD) ?? []).map((w) => (/^\d+$/.test(w) ? '<num>' : w));
}

/** FNV-1a, 32-bit: fast, stable across platforms, no dependency. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Feature counts keyed by bucket, with the source words of each bucket. Values are sublinear term
 * frequencies (1 + ln tf), then the vector is scaled to unit length so long and short letters weigh alike.
 */
export function extractFeatures(text: string, opts: FeatureOptions = defaultFeatureOptions, withSources = false): { vector: SparseVector; sources: FeatureSource[] } {
  const mask = (1 << opts.bits) - 1;
  const counts = new Map<number, number>();
  const sources: FeatureSource[] = [];
  const add = (feature: string, source: string) => {
    const index = hash32(feature) & mask;
    counts.set(index, (counts.get(index) ?? 0) + 1);
    if (withSources) sources.push({ source, index });
  };
  // A folded model folds each word for its hash key only: the explanation keeps the word as written,
  // so the page marks "uføretrygd" where the letter says it (review of model10).
  const key = opts.foldDiacritics ? foldDiacritics : (w: string) => w;
  const read = opts.foldDiacritics ? foldDiacritics(text) : text;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const headText = lines.slice(0, opts.headLines).join('\n');
  const tokens = words(text);
  const keys = opts.foldDiacritics ? tokens.map(key) : tokens;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const k = keys[i]!;
    add(`w:${k}`, w);
    if (i + 1 < tokens.length) add(`b:${k} ${keys[i + 1]}`, `${w} ${tokens[i + 1]}`);
    if (k !== '<num>' && k.length >= 2) {
      const padded = ` ${k} `;
      for (let n = opts.charMin; n <= opts.charMax; n++) {
        for (let j = 0; j + n <= padded.length; j++) add(`c:${padded.slice(j, j + n)}`, w);
      }
    }
  }
  for (const w of words(headText)) if (w !== '<num>') add(`h:${key(w)}`, w);
  if (opts.lawRefs) {
    const lower = normalizeText(text);
    for (const m of lower.matchAll(SECTION)) {
      const section = m[2]!.replace(/\s/g, '');
      add(`l:${m[1]}-${section}`, `§ ${m[1]}-${section}`);
      add(`lc:${m[1]}`, `§ ${m[1]}-${section}`);
    }
    for (const m of lower.matchAll(CHAPTER)) add(`lc:${m[1]}`, `kapittel ${m[1]}`);
  }
  if (opts.glossary) {
    // A folded model reads the glossary folded in the text and in the heading alike: "uforetrygd" is
    // the concept uføretrygd in both (review of model10).
    const f = opts.foldDiacritics ? foldedGlossary(opts.glossary) : null;
    const glossary = f?.entries ?? opts.glossary;
    const source = (phrase: string) => f?.spelled.get(phrase) ?? phrase;
    for (const g of glossaryMatches(normalizeText(read), glossary)) add(`g:${g.canonical}`, source(g.phrase));
    for (const g of glossaryMatches(normalizeText(key(headText)), glossary)) add(`gh:${g.canonical}`, source(g.phrase));
  }
  if (opts.structure) for (const s of structureFeatures(text)) add(`s:${s}`, `(${s})`);
  if (opts.cues) {
    const lower = normalizeText(read);
    for (const [area, cues] of Object.entries(opts.cues)) {
      for (const cue of cues) {
        const needle = (opts.foldDiacritics ? foldDiacritics(cue) : cue).toLowerCase();
        for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) add(`q:${area}`, cue);
      }
    }
  }

  const index = Int32Array.from(counts.keys()).sort();
  const value = new Float32Array(index.length);
  let norm = 0;
  for (let i = 0; i < index.length; i++) {
    const v = 1 + Math.log(counts.get(index[i]!)!);
    value[i] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! / norm;
  return { vector: { index, value }, sources };
}
