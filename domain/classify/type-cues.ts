import type { DocumentType } from '#schemas/taxonomy';
import { readable, widened } from '../text/fold.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * A type's phrases from the configuration (config.typeRules[].cues, .contradictedBy), read at classify
 * time: what a letter says it does. New writers' correspondence («når kommer svaret?», «vedlagt
 * ettersender jeg», «ny adresse») names the appeal or the decision in passing, and the model, trained on
 * template letters, reads those words as an appeal or as comments (session 19).
 */
export interface TypeCueWords {
  type: DocumentType;
  cues: readonly string[];
  contradictedBy: readonly string[];
}

export interface TypeCueReading {
  /** Cues of a type found in the letter, while none of the type's contradicting phrases is. */
  fired: { type: DocumentType; cue: string }[];
  /** Types whose contradicting phrases the letter holds: read as one of them, it is not routed unread. */
  contradicted: Set<DocumentType>;
}

const compiled = new WeakMap<readonly string[], { phrase: string; pattern: RegExp }[]>();

/** Each phrase as a whole word or phrase, a trailing «*» any ending, its letters widened (ø as o, oe). */
function patterns(phrases: readonly string[]): { phrase: string; pattern: RegExp }[] {
  let p = compiled.get(phrases);
  if (!p) {
    p = phrases.map((phrase) => {
      const open = phrase.endsWith('*');
      const body = phrase
        .replace(/\*$/u, '')
        .split(/\s+/u)
        .map(regExpLiteral)
        .join('\\s+');
      return { phrase, pattern: widened(new RegExp(`${B}${body}${open ? '\\p{L}*' : E}`, 'iu')) };
    });
    compiled.set(phrases, p);
  }
  return p;
}

const found = (phrases: readonly string[], text: string) => patterns(phrases).filter(({ pattern }) => pattern.test(text));

/**
 * A contradicting phrase the writer negates says the opposite: «Vi har ingen ytterligere merknader», «inga
 * fleire merknader», «no further comments» close a cover note (a first instance's «Ettersendelse av
 * dokumenter», calibration half). A negation word right before it, or with one word between.
 */
const NEGATED = new RegExp(`${B}(ingen|inga|ingi|ikke|ikkje|inte|no|not)\\s+(\\p{L}+\\s+)?$`, 'iu');
const asserted = (phrases: readonly string[], text: string) =>
  patterns(phrases).some(({ pattern }) => {
    const global = new RegExp(pattern.source, 'giu');
    for (const m of text.matchAll(global)) if (!NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    return false;
  });

/** What the configured type phrases say about a letter. */
export function readTypeCues(original: string, rules: readonly TypeCueWords[]): TypeCueReading {
  const text = readable(original);
  const fired: TypeCueReading['fired'] = [];
  const contradicted = new Set<DocumentType>();
  for (const rule of rules) {
    if (rule.cues.length === 0 && rule.contradictedBy.length === 0) continue;
    if (asserted(rule.contradictedBy, text)) {
      contradicted.add(rule.type);
      continue;
    }
    for (const { phrase } of found(rule.cues, text)) fired.push({ type: rule.type, cue: phrase });
  }
  return { fired, contradicted };
}
