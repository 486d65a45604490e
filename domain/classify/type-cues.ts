import type { DocumentType } from '#schemas/taxonomy';
import { readable, widened } from '../text/fold.ts';
import { everywhere } from '../text/everywhere.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * A type's phrases from the configuration (config.typeRules[].cues, .contradictedBy), read at classify
 * time: what a letter says it does. New writers' correspondence («når kommer svaret?», «vedlagt
 * ettersender jeg», «ny adresse») names the appeal or the decision in passing, and the model, trained on
 * template letters, reads those words as an appeal or as comments (session 19). The phrases only ever hold a
 * letter for an archivist; they never add weight to a type (an appeal that also gives a new address was
 * routed as correspondence when they did, review of corr19).
 */
export interface TypeCueWords {
  type: DocumentType;
  cues: readonly string[];
  contradictedBy: readonly string[];
  /** The model's own probability for this type from which a letter read as another, with a cue, is held. */
  cuesHoldFrom?: number;
}

export interface TypeCueReading {
  /** Cues of a type found in the letter, while none of the type's contradicting phrases is. */
  fired: { type: DocumentType; cue: string; holdFrom: number }[];
  /** Types whose contradicting phrases the letter holds, with the first one found: read as one of them, it is held. */
  contradicted: Map<DocumentType, string>;
}

const compiled = new WeakMap<readonly string[], { phrase: string; pattern: RegExp }[]>();

/** Each phrase as a whole word or phrase, a trailing «*» any ending, its letters widened (ø as o, oe). */
export function patterns(phrases: readonly string[]): { phrase: string; pattern: RegExp }[] {
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
 * A contradicting phrase the writer negates as closing a cover note says the opposite: «Vi har ingen
 * ytterligere merknader», «inga fleire merknader», «no further comments» (a first instance's «Ettersendelse
 * av dokumenter», calibration half). Only «no further/more/other …»: a bare negation is itself the complaint
 * («Vedtaket har ingen begrunnelse», «There are no grounds for this decision»).
 */
const NEGATED = new RegExp(
  `${B}(ingen|inga|ingi|ikke|ikkje|inte|no|not)\\s+(ytterligere|ytterlegare|ytterligare|yderligere|flere|fleire|fler|andre|further|more|other|additional)\\s+$`,
  'iu',
);
const asserted = (phrases: readonly string[], text: string) =>
  patterns(phrases).find(({ pattern }) => {
    for (const m of text.matchAll(everywhere(pattern))) if (!NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    return false;
  })?.phrase;

/** What the configured type phrases say about a letter. */
export function readTypeCues(original: string, rules: readonly TypeCueWords[]): TypeCueReading {
  const text = readable(original);
  const fired: TypeCueReading['fired'] = [];
  const contradicted = new Map<DocumentType, string>();
  for (const rule of rules) {
    if (rule.cues.length === 0 && rule.contradictedBy.length === 0) continue;
    const against = asserted(rule.contradictedBy, text);
    if (against) {
      contradicted.set(rule.type, against);
      continue;
    }
    for (const { phrase } of found(rule.cues, text)) fired.push({ type: rule.type, cue: phrase, holdFrom: rule.cuesHoldFrom ?? 1 });
  }
  return { fired, contradicted };
}

/**
 * Why a letter read as `read` is held because of its own phrases, or null: a contradicting phrase of the type
 * read («jeg ønsker å klage» read as correspondence), or a cue of another type the model itself gives at least
 * `CUE_HOLD_PROBABILITY` (an appeal asking «når kommer svaret?» that the model also finds close to a status
 * question). An appeal the model is sure of stays as it was: a phrase never moves a reading.
 */
export function phraseAgainst(reading: TypeCueReading, read: DocumentType, probabilityOf: (type: DocumentType) => number): string | null {
  const against = reading.contradicted.get(read);
  if (against) return `says «${against}», not ${read}`;
  const other = reading.fired.find((f) => f.type !== read && probabilityOf(f.type) >= f.holdFrom);
  return other ? `says «${other.cue}» (${other.type}), read as ${read}` : null;
}
