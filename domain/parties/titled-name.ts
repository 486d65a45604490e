import { isPersonName } from './lines.ts';

/**
 * A practitioner's profession written before their name in a field ("Klager: fysioterapeut Vegard Nilsen-Åsen",
 * "Parten: tannlege Kari Berg"), as a first instance writes the party of a case about a practitioner's rights (QA s22
 * T03). The title is no part of the name; it is dropped only when a person's name stands whole after it, so "Lege Hansen"
 * or a practice's name is left as written.
 */
const TITLE_BEFORE_NAME =
  /^(?:leg\.?\s+|autorisert\s+|spesialist\s+i\s+\p{Ll}+\s+)?(?:lege|fastlege|allmennlege|overlege|legespesialist|tannlege|kjeveortoped|tannpleier|fysioterapeut|manuellterapeut|kiropraktor|ergoterapeut|psykolog|psykologspesialist|psykiater|jordmor|sykepleier|sjukepleiar|optiker|logoped|osteopat|naprapat|läkare|tandläkare|sjukgymnast|sjuksköterska|læge|tandlæge|sygeplejerske|doctor|dentist|physiotherapist|chiropractor|psychologist|nurse)\s+(?=\p{Lu})/iu;

export function withoutTitle(value: string): string {
  const m = TITLE_BEFORE_NAME.exec(value);
  if (!m) return value;
  const rest = value.slice(m[0].length);
  // The name before any comma ("fysioterapeut Vegard Nilsen-Åsen, Torget 5, 9008 Tromsø") must be a person's.
  return isPersonName(rest.split(',')[0]!.trim()) ? rest : value;
}
