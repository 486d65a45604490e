/**
 * "a" or "an" before an English noun phrase, by how its first word sounds: «an appeal», «an invoice»,
 * «a uniform …», «an hour». The type names are configuration, so the article is chosen from the
 * name, not written beside it.
 */
export function withIndefiniteArticle(phrase: string): string {
  return `${startsWithVowelSound(phrase) ? 'an' : 'a'} ${phrase}`;
}

// Vowel letters that sound as a consonant ("you", "won") and a silent h that sounds as a vowel.
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|ure|eu|ewe|one|once|ouija)/;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/;
// Letters read one by one (an abbreviation in capitals): "an MRI scan", "a UN body".
const VOWEL_SOUND_LETTER = /^[AEFHILMNORSX](?:[A-Z]|\b)/;

function startsWithVowelSound(phrase: string): boolean {
  const word = phrase.trimStart();
  if (/^[A-Z]{2,}\b/.test(word)) return VOWEL_SOUND_LETTER.test(word);
  const lower = word.toLowerCase();
  if (SILENT_H.test(lower)) return true;
  if (CONSONANT_SOUND.test(lower)) return false;
  return /^[aeiou]/.test(lower);
}
