/**
 * The domain glossary as the features read it: each concept's phrases, in every language, found where
 * a word begins in the letter, answered with the concept's canonical bokmål token. The concepts come
 * from config/glossary.json (schemas/glossary.ts) through the model file, so a model always reads
 * letters with the glossary it was trained with.
 */
import { GlossaryEntries } from '../../schemas/glossary.ts';

export interface GlossaryEntry {
  canonical: string;
  /** Lower case; a trailing `*` lets the word go on (inflections, compounds). */
  phrases: string[];
}

/** A glossary the schema refuses, in config/glossary.json, a file given to training or a model file. */
export class InvalidGlossary extends Error {
  override name = 'InvalidGlossary';
  constructor(where: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(`invalid glossary${where ? ` in ${where}` : ''}: ${issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ')}`);
  }
}

/** The glossary a model file carries, checked by its schema (schemas/glossary.ts). */
export function parseGlossaryEntries(input: unknown, where: string): GlossaryEntry[] {
  const result = GlossaryEntries.safeParse(input);
  if (!result.success) throw new InvalidGlossary(where, result.error.issues);
  return result.data;
}

interface Compiled {
  /** Phrases by their first two characters: a word start looks up only the phrases that can begin there. */
  byPrefix: Map<string, { text: string; stem: boolean; canonical: string }[]>;
}

const compiled = new WeakMap<GlossaryEntry[], Compiled>();
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function compile(glossary: GlossaryEntry[]): Compiled {
  const byPrefix: Compiled['byPrefix'] = new Map();
  const seen = new Set<string>();
  for (const { canonical, phrases } of glossary) {
    for (const phrase of phrases) {
      const stem = phrase.endsWith('*');
      const text = (stem ? phrase.slice(0, -1) : phrase).replace(/\s+/g, ' ');
      const key = `${canonical}|${text}|${stem}`;
      if (seen.has(key) || text.length < 2) continue;
      seen.add(key);
      const prefix = text.slice(0, 2);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), { text, stem, canonical }]);
    }
  }
  return { byPrefix };
}

/**
 * Every concept the glossary finds in `lowerText` (already lower case, NFC), once per occurrence, with
 * the phrase that found it. Two phrases of one concept starting at the same word count once.
 */
export function glossaryMatches(lowerText: string, glossary: GlossaryEntry[]): { canonical: string; phrase: string }[] {
  let c = compiled.get(glossary);
  if (!c) {
    c = compile(glossary);
    compiled.set(glossary, c);
  }
  const text = lowerText.replace(/\s+/g, ' ');
  const out: { canonical: string; phrase: string }[] = [];
  for (const m of text.matchAll(WORD_START)) {
    const at = m.index;
    const candidates = c.byPrefix.get(text.slice(at, at + 2));
    if (!candidates) continue;
    const found = new Set<string>();
    for (const p of candidates) {
      if (found.has(p.canonical) || !text.startsWith(p.text, at)) continue;
      const next = text[at + p.text.length];
      if (!p.stem && next !== undefined && WORD_CHAR.test(next)) continue;
      found.add(p.canonical);
      out.push({ canonical: p.canonical, phrase: p.text });
    }
  }
  return out;
}
