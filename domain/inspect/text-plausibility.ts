/**
 * Whether extracted text reads as language at all. A PDF whose fonts carry a broken ToUnicode map
 * gives letters that are not the letters on the page ("Lmbhf qÅ wfeubl" for "Klage på vedtak"):
 * every character is a letter, so a character-class test passes it. Written language has vowels in
 * nearly every word and a steady share of short function words; such text has neither. No dictionary
 * is needed: the few most frequent words of the five languages of SPEC.md suffice.
 */
const VOWELS = /[aeiouyæøåäöéèêóòôáàüí]/i;

const FUNCTION_WORDS = new Set(
  [
    // nb / nn
    'og', 'i', 'på', 'av', 'til', 'er', 'som', 'det', 'en', 'et', 'for', 'med', 'har', 'at', 'jeg', 'ikke', 'om', 'den', 'de', 'fra', 'vi', 'kan', 'var', 'eller', 'deg', 'meg', 'min', 'mitt', 'dere', 'vil', 'ble', 'ved', 'etter', 'skal', 'du', 'han', 'hun', 'sin', 'så', 'nr', 'ein', 'eit', 'eg', 'ikkje', 'frå', 'som', 'vart', 'blei', 'av', 'dei', 'me', 'vår', 'deres', 'hos', 'under', 'over', 'mot', 'når', 'da', 'denne', 'dette', 'også',
    // sv / da
    'och', 'att', 'är', 'för', 'jag', 'inte', 'av', 'har', 'den', 'det', 'som', 'om', 'från', 'till', 'med', 'på', 'ett', 'en', 'vi', 'ni', 'og', 'af', 'til', 'ikke', 'jeg', 'med', 'som', 'der', 'har', 'fra', 'vil', 'på', 'er', 'mit', 'min', 'hvis', 'efter',
    // en
    'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'on', 'with', 'as', 'by', 'this', 'from', 'be', 'are', 'not', 'have', 'has', 'my', 'your', 'we', 'you', 'an', 'at', 'or', 'was', 'which', 'dear', 'date',
  ].map((w) => w.toLowerCase()),
);

/** Below this many words a page is judged by its characters only (a form, a stamp, a short note). */
const MIN_WORDS = 12;

export interface TextPlausibility {
  words: number;
  /** Share of words of three letters or more that hold a vowel. */
  voweled: number;
  /** Share of words that are frequent function words. */
  functionWords: number;
}

export function textPlausibility(text: string): TextPlausibility {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 1);
  const longer = words.filter((w) => w.length >= 3);
  return {
    words: words.length,
    voweled: longer.length ? longer.filter((w) => VOWELS.test(w)).length / longer.length : 1,
    functionWords: words.length ? words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length : 0,
  };
}

export function looksLikeLanguage(text: string): boolean {
  const p = textPlausibility(text);
  if (p.words < MIN_WORDS) return true;
  return p.voweled >= 0.8 && p.functionWords >= 0.04;
}
