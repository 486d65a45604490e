import { alternatives, ALL_KIN_WORDS, HELPER_WORDS } from './kin-and-roles.ts';
import { PROFESSIONAL } from './lines.ts';

/**
 * A name-and-address block the letter introduces as someone else's: the line over it ends in «:» and says whose it is
 * — a relative, a helper, a professional or a body («Min granne hjälper mig, hans adress är:», «Pårørende:», «Fastlegen
 * min:», «Vedtaket ble sendt til den gamle adressen:»), or an address the writer left. Such a block sits where a writer's
 * head may stand (near the top, when the letter has none of its own), and read as the head it gives the appellant a
 * neighbour's address. It is never the writer's head; a line that claims the block for the writer («Min adresse er:»,
 * «Send svaret til meg:») keeps it.
 */
const OTHERS = [
  ...ALL_KIN_WORDS,
  ...HELPER_WORDS,
  'pårørende',
  'pårørande',
  'anhörig',
  'kontaktperson',
  'contact',
  'arbeidsgiver',
  'arbeidsgivar',
  'arbeidsgjevar',
  'arbeidsgiveren',
  'arbetsgivare',
  'arbejdsgiver',
  'employer',
  'advokat',
  'advokaten',
  'lawyer',
  'solicitor',
  'legekontor',
  'legekontoret',
  'legesenter',
  'sykehus',
  'sykehuset',
  'sjukehus',
  'sjukehuset',
  'sjukhus',
  'hospital',
  'nav',
  'kontoret',
  'office',
];
const THIRD_PERSON = ['hans', 'hennes', 'hennar', 'hendes', 'deras', 'deres', 'his', 'her', 'their', 'han', 'hun', 'ho', 'hon', 'he', 'she'];
const FORMER = ['tidligere', 'tidlegare', 'tidigare', 'gamle', 'gammel', 'gamla', 'old', 'former', 'previous', 'bodde', 'budde', 'boede', 'lived', 'sendt', 'sent', 'skickat'];
const WORD = (words: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${alternatives(words)})(?![\\p{L}])`, 'iu');
const OTHER_WORD = WORD([...OTHERS, ...THIRD_PERSON, ...FORMER]);
/** The writer's own: «min adresse», «adressa mi», «min adress», «my address», «til meg/mig/me». */
const WRITERS_OWN = /(?<![\p{L}])(?:min\s+(?:adresse|adress|postadresse)|adressa\s+mi|adressen\s+min|my\s+(?:address|postal\s+address)|til\s+(?:meg|mig)|to\s+me|till\s+mig)(?![\p{L}])/iu;

/** The content lines over line `first` (blank lines skipped), nearest first, at most `count`. */
function linesAbove(lines: readonly string[], first: number, count: number): string[] {
  const found: string[] = [];
  for (let i = first - 1; i >= 0 && found.length < count; i--) if (lines[i]!.trim() !== '') found.push(lines[i]!.trim());
  return found;
}

/**
 * The block starting at line `first` is introduced by the line over it as someone else's name and address. A block's
 * first line may be an organisation under a person's name («Dr. Hanne Vik» over «Sentrum legekontor»): one short line
 * without a colon may stand between.
 */
export function introducedAsOthers(lines: readonly string[], first: number): boolean {
  const [nearest, next] = linesAbove(lines, first, 2);
  const above = nearest !== undefined && !/:\s*$/u.test(nearest) && nearest.split(/\s+/u).length <= 4 ? next : nearest;
  if (above === undefined || !/:\s*$/u.test(above) || WRITERS_OWN.test(above)) return false;
  return OTHER_WORD.test(above) || PROFESSIONAL.test(above);
}
