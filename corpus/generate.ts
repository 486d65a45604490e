import type { DocumentType, Language } from '../schemas/taxonomy.ts';
import { documentTypes } from '../schemas/taxonomy.ts';
import { areaSpecs, type Lang } from './areas.ts';
import { families, type Family } from './families.ts';
import { composeLetter, type CorpusDoc } from './letter.ts';
import { Rng } from './rng.ts';

export type { CorpusDoc } from './letter.ts';

const languageWeight: Record<Lang, number> = { nb: 0.7, nn: 0.12, sv: 0.06, da: 0.06, en: 0.06 };
/** Types that always need a medical text for their area. */
const medicalTypes: DocumentType[] = ['medical_declaration'];

function familiesFor(type: DocumentType, split: 'train' | 'eval'): Family[] {
  return families.filter((f) => f.type === type && f.split === split);
}

function areasFor(family: Family): string[] {
  return areaSpecs
    .filter((a) => a.text[family.lang] !== undefined)
    .filter((a) => !medicalTypes.includes(family.type) || a.medical.train.length > 0)
    .filter((a) => !(family.type === 'consent' && a.code === 'practitioner_sanctions'))
    .filter((a) => !family.areas || family.areas.includes(a.code))
    .map((a) => a.code);
}

/** A seed per document, so adding documents never changes the ones already written. */
function docSeed(seed: number, split: string, index: number): number {
  let h = 2166136261 ^ seed;
  for (const c of `${split}:${index}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

export interface GenerateOptions {
  seed: number;
  split: 'train' | 'eval';
  count: number;
  /** First index (ids continue from here). */
  start?: number;
  /** Only these families (leave-one-family-out validation). */
  familyFilter?: (f: Family) => boolean;
  /**
   * How much more often a Swedish, Danish or English letter is about treatment abroad than about
   * another area (4: EEA letters are mostly about it). New writers' Swedes and Danes write about
   * sick pay, AAP and disability too, and the model learns the language as the area (issue 13).
   */
  eeaAbroadWeight?: number;
}

/**
 * Letters of every type, balanced over types, then language (by how common each is), then area.
 * Train documents come only from train families, eval documents only from eval families.
 */
export function generateCorpus(opts: GenerateOptions): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) {
    const rng = new Rng(docSeed(opts.seed, opts.split, i));
    const type = documentTypes[i % documentTypes.length]!;
    const pool = familiesFor(type, opts.split).filter(opts.familyFilter ?? (() => true));
    if (pool.length === 0) continue;
    const langs = [...new Set(pool.map((f) => f.lang))];
    const lang = rng.weighted(langs.map((l) => [l, languageWeight[l]] as const));
    const family = rng.weighted(pool.filter((f) => f.lang === lang).map((f) => [f, f.weight ?? 1] as const));
    const areas = areasFor(family);
    // EEA letters are mostly about treatment abroad.
    const area = rng.weighted(areas.map((a) => [a, a === 'treatment_abroad' && (lang === 'sv' || lang === 'da' || lang === 'en') ? (opts.eeaAbroadWeight ?? 4) : 1] as const));
    const extraParagraphs = rng.weighted([[0, 6], [1, 2], [2, 1], [4, 0.6], [7, 0.4]] as const);
    docs.push(composeLetter({ id: `${opts.split}-${String(i).padStart(5, '0')}`, family, area, rng, extraParagraphs }));
  }
  return docs;
}

export function docText(doc: CorpusDoc): string {
  return doc.pages.map((p) => p.join('\n')).join('\n\f\n');
}

export const corpusLanguages: Language[] = ['nb', 'nn', 'sv', 'da', 'en'];
