import type { DocumentType } from '#schemas/taxonomy';
import { readable } from '../text/fold.ts';
import { everywhere } from '../text/everywhere.ts';
import { WORD_START as B } from '../text/word-boundary.ts';
import { patterns } from './type-cues.ts';

/**
 * What a type's letter must say to be trusted as one (config.typeRules[].heldWithout): SPEC's comments answer
 * something — the transfer letter or the first instance's assessment, the appeals body's invitation to comment —
 * or add arguments to the appeal. New writers' correspondence (a status question, a new address, a copy sent for
 * information) was read as comments and, the model sure, routed (session 21). A letter read as such a type that
 * says none of its families' phrases is held; the phrases never add weight to a type or make a letter pass.
 */
export interface HeldWithoutWords {
  type: DocumentType;
  heldWithout: readonly { family: string; phrases: readonly string[] }[];
  heldWithoutSkips: readonly string[];
}

/**
 * A phrase the writer disowns is no answer: a comment declined in this letter («jeg skal ikke kommentere»), a
 * letter not received («har ikke fått oversendelsesbrevet»), asked about («har dere mottatt merknadene mine?») or
 * sent earlier («jeg sendte merknader i mars»), what the appeals body itself wrote («som dere skriver at»), or a letter only referred to («jeg viser til
 * oversendelsesbrevet»: a reference line, not an answer). A negated noun still answers the invitation («jeg har ingen
 * merknader», «no further comments»): it closes the time to comment, and an archivist files it as comments.
 */
const DISOWNED = new RegExp(
  [
    `${B}(skal|vil|kommer\\s+til\\s+å|tenker|ønsker|ønskjer|tänker|vill|will|shall|do|does)\\s+(ikke|ikkje|inte|not)\\s+(å\\s+|att\\s+|at\\s+|to\\s+)?$`,
    `${B}(ikke|ikkje|inte|not|aldri|never|ennå\\s+ikke|ikke\\s+ennå)\\s+(fått|fenge|mottatt|motteke|fått\\s+tilsendt|sett|mottagit|fått|modtaget|set|received|got|seen)\\s+(\\p{L}+\\s+){0,2}$`,
    `${B}(har\\s+dere|har\\s+de|har\\s+ni|har\\s+I|have\\s+you|did\\s+you)\\s+(fått|mottatt|motteke|mottagit|fått|modtaget|received|got)\\s+(\\p{L}+\\s+){0,2}$`,
    `${B}(sendte|sende|har\\s+sendt|hadde\\s+sendt|skickade|har\\s+skickat|sent|had\\s+sent|have\\s+sent)\\s+(\\p{L}+\\s+){0,2}$`,
    `${B}(dere|ni|you)\\s+$`,
    `${B}(viser|vises|henviser|henvises|visar|hänvisar|refererer|refer|referring)\\s+$`,
  ].join('|'),
  'iu',
);

const compiledSkips = new WeakMap<readonly string[], RegExp[]>();
const skipPatterns = (skips: readonly string[]) => {
  let p = compiledSkips.get(skips);
  if (!p) {
    p = skips.map((s) => new RegExp(s, 'giu'));
    compiledSkips.set(skips, p);
  }
  return p;
};

/** The text with every skipped span blanked (kept in length, so a phrase cannot run across it). */
function withoutSkips(text: string, skips: readonly string[]): string {
  let out = text;
  for (const skip of skipPatterns(skips)) out = out.replace(skip, (m) => ' '.repeat(m.length));
  return out;
}

/** The first family phrase the letter says, undisowned, outside the skipped spans: `{ family, phrase }`, or null. */
export function answeringPhrase(original: string, rule: HeldWithoutWords): { family: string; phrase: string } | null {
  const text = withoutSkips(readable(original), rule.heldWithoutSkips);
  for (const { family, phrases } of rule.heldWithout) {
    for (const { phrase, pattern } of patterns(phrases)) {
      for (const m of text.matchAll(everywhere(pattern))) {
        if (!DISOWNED.test(text.slice(Math.max(0, m.index - 40), m.index))) return { family, phrase };
      }
    }
  }
  return null;
}

/**
 * Why a letter read as `read` is held for saying nothing its type must say, or null: the type has `heldWithout`
 * families and the letter says none of their phrases (skipped spans and disowned phrases not counted).
 */
export function answersNothing(original: string, rules: readonly HeldWithoutWords[], read: DocumentType): string | null {
  const rule = rules.find((r) => r.type === read);
  if (!rule || rule.heldWithout.length === 0) return null;
  if (answeringPhrase(original, rule)) return null;
  return `read as ${read}, says none of: ${rule.heldWithout.map((f) => f.family).join('; ')}`;
}
