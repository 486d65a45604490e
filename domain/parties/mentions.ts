import { isPersonName, PERSON_NAME } from './lines.ts';

/**
 * Where a letter names its appellant in running text, in the five languages the product reads:
 * "klagesaken til Kari Nordmann", "på vegne av min klient Ola Hansen", "Pasient: Per Olsen",
 * "on behalf of my mother Anna Smith". The label is matched without regard to case; the name must
 * be written as a name (capitalised words), so "gjelder: dekning av …" names nobody.
 */
const RELATIVE = '(?:min|mi|mitt|mine|vår|vårt|vores|vor|my|our|hans|hennes|hennar|hendes|sin)?\\s?(?:klient|klienten|client|mor|mora|moren|far|faren|mann|mannen|kone|kona|ektefelle|samboer|sønn|sønnen|datter|dattera|datteren|bror|søster|mamma|pappa|mother|father|husband|wife|son|daughter|brother|sister|make|maka|fru|hustru|dotter|son|mand|kone|hustru|søn|datter|partner)?,?';

const APPELLANT_LABELS: RegExp[] = [
  // nb / nn
  new RegExp(`\\b(?:klagesak(?:en|a)?|klagen|klaga|klage|saka|saken|klagan|överklagandet|the appeal|appeal)\\s+(?:for|til|fra|frå|från|from|of)\\s+${RELATIVE}\\s*`, 'giu'),
  /\b(?:saken gjelder|saka gjeld|gjelder|gjeld|vedr\.?|vedrørende|vedkommande|angående|ärende|sag|re|regarding|subject)(?![\p{L}])\s*:?\s*/giu,
  /\b(?:klager|klageren|klagar|klagaren|parten|part|pasient|pasienten|patient|navn|namn|name|appellant|the appellant|klagande|sökande|søker|søkjar|medlem|bruker|brukar|den forsikrede|forsikrede|undertegnede|ankende part)(?![\p{L}])\s*:\s*/giu,
  /\b(?:den ankende part er|ankende part er|ankende part:|undertegnede|undertegnade|the undersigned|undertecknad|undertegnede)\s+/giu,
  new RegExp(`\\b(?:på vegne av|på vegner av|på vegne af|på uppdrag av|on behalf of|for|för|i saken for|engasjert av|engagert av|representerer|represent|represents|fullmektig for|fullmakt fra|fullmakt frå|ombud för|befullmäktigad av)\\s+${RELATIVE}\\s*`, 'giu'),
];

/** Words in a letter that say its writer writes for somebody else. */
export const REPRESENTS =
  /\b(?:fullmakt (?:fra|frå|från|for|til å)|har fullmakt|gitt meg fullmakt|given me|fuldmagt|fullmektig|på vegne av|på vegner av|på vegne af|on behalf of|på uppdrag av|å\s+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)*s\s+vägnar|ombud|engasjert av|engagert av|representerer|min klient|vår klient|klienten|my client|our client|vår klient|som verge|as (?:his|her) guardian)\b/iu;

const NAME_AT = new RegExp(`(?<name>${PERSON_NAME})(?=$|[\\s,.;:()–-]|\\))`, 'yu');

export interface NameMention {
  name: string;
  index: number;
}

/** Every name that follows an appellant label, in order of appearance. */
export function appellantMentions(text: string): NameMention[] {
  const found: NameMention[] = [];
  for (const label of APPELLANT_LABELS) {
    label.lastIndex = 0;
    for (let m = label.exec(text); m; m = label.exec(text)) {
      const at = m.index + m[0].length;
      NAME_AT.lastIndex = at;
      const name = NAME_AT.exec(text)?.groups?.name;
      if (name && isPersonName(trimTrailingLowerWords(name))) found.push({ name: trimTrailingLowerWords(name), index: at });
      if (label.lastIndex === m.index) label.lastIndex++;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A name never runs on into the next line's first word; the regex may take one when OCR joins lines. */
function trimTrailingLowerWords(name: string): string {
  return name.split('\n')[0]!.trim();
}

/** "Swedish: å Anna Svenssons vägnar" names the person before the word. */
export function swedishBehalf(text: string): NameMention | null {
  const m = new RegExp(`\\bå\\s+(?<name>${PERSON_NAME})s\\s+vägnar`, 'u').exec(text);
  return m?.groups?.name ? { name: m.groups.name, index: m.index } : null;
}
