import type { Party } from '#schemas/parties';
import { type LetterSide, ofTheLettersSide, representativeOn } from './representative-line.ts';

/**
 * A first instance's running text that names the appellant's representative with firm and address, the sentence
 * wrapped at the page's width: «Klager er representert ved advokat Kristin Aas, Advokatfirmaet Aas AS, Postboks 233
 * Sentrum,⏎4001 Stavanger.» (QA L27). Only the appellant as subject («klager», «klageren», «the appellant», «den
 * ankende part») with a verb of representation says whose representative it is; «Nav er representert ved …» is not read.
 * Present tense only: «var / har vært / was / has been represented by» names a former lawyer, never an envelope.
 */
const APPELLANT = '(?:klager(?:en)?|klagar(?:en)?|klagende|(?:den\\s+)?ankende\\s+part|parten|(?:the\\s+)?appellant|klaganden)';
const REPRESENTED = '(?:(?:er|blir|is|är)\\s+(?:representert|representeret|represented|företrädd|representerad)\\s+(?:ved|by|av|af)|företräds\\s+av|representeras\\s+av)';
const REPRESENTED_BY = new RegExp(`(?<![\\p{L}])${APPELLANT}\\s+${REPRESENTED}\\s+`, 'giu');

/** A line in running text that says someone is represented, in any tense: never a letterhead’s name line. */
const ANY_TENSE = '(?:(?:er|blir|var|har\\s+vært|har\\s+vore|is|was|has\\s+been|är)\\s+(?:representert|representeret|represented|företrädd|representerad)\\s+(?:ved|by|av|af)|företräds\\s+av|representeras\\s+av)';
export const REPRESENTATION_SENTENCE = new RegExp(`(?<![\\p{L}])${ANY_TENSE}(?![\\p{L}])`, 'iu');

/** The sentence's rest up to its full stop, never one of an abbreviation or a date ("St. Olavs plass", "24.09.2026"). */
const TO_FULL_STOP = /^(?:[^.]|\.(?=\d)|(?<=(?:^|\s)(?:St|Pb|Nr|Gt|Co|Rd|v))\.)+/u;

const MOVED = /(?<![\p{L}])(?:(?:har|er)\s+flytta?(?:t|et)?|ny\s+adresse|nye\s+adresse|(?:has\s+)?moved|new\s+address|har\s+flyttat|ny\s+adress)(?![\p{L}])/iu;

export function representedInText(text: string, side: LetterSide): Party | null {
  // One paragraph's lines as one: the sentence may wrap anywhere, even between the post box and the postcode.
  for (const paragraph of text.split(/\n[ \t]*\n/u)) {
    const flat = paragraph.replace(/\s*\n\s*/gu, ' ').replace(/[ \t]+/gu, ' ');
    // «Advokaten har opplyst at kontoret er flyttet til …»: the address the sentence gives may be the old one (QA r12).
    if (MOVED.test(flat)) continue;
    for (const m of flat.matchAll(REPRESENTED_BY)) {
      const rest = TO_FULL_STOP.exec(flat.slice(m.index + m[0].length))?.[0];
      const found = rest ? representativeOn(rest) : null;
      if (found && !ofTheLettersSide(found, rest!, side)) return found;
    }
  }
  return null;
}
