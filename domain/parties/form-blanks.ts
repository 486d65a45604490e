/**
 * A paper form filled in by hand keeps its blanks around what was written: underscores before and after the
 * value ("Navn: __Kari Nordmann______"), dot leaders after it ("Adresse: Storgata 1 ........"). None of it is text: the blanks are taken out, so a
 * filled field reads as the same field typed, and an empty one as an empty label.
 */
const UNDERSCORES = /_{2,}/gu;
/**
 * Dots after a value to the line's end (never one or two: "St. Olavs gate", "Ola H."). The lookbehind starts a
 * try only where a run of dots and blanks starts, so a long line of dots or spaces stays linear (without it every
 * place in the run is tried to the line's end: quadratic).
 */
const TRAILING_DOTS = /(?<![ \t.])[ \t]*(?:\.[ \t]?){4,}[ \t]*$/gmu;
/** Blanks at a line's end, tried only where a run of them starts (linear on a long line of spaces). */
const TRAILING_BLANKS = /(?<![ \t])[ \t]+$/gmu;

export function withoutFormBlanks(text: string): string {
  if (!text.includes('__') && !text.includes('....')) return text;
  return text
    // A line of nothing but underscores is a rule (a mail client's quote divider, a signature's line): kept.
    .replace(/^.*$/gmu, (line) => (/^[ \t_]*$/u.test(line) ? line : line.replace(UNDERSCORES, ' ')))
    .replace(TRAILING_DOTS, '')
    .replace(TRAILING_BLANKS, '')
    .replace(/(:)[ \t]{2,}(?=\S)/gu, '$1 ');
}

/** A form's labels for a person's particulars, as a hand-filled form prints them (the colon often left out). */
const PARTICULARS = /^[ \t]*(?<label>navn|namn|fullt navn|fullt namn|adresse|adresse|postadresse|postnr\.?(?:[ \t]*\/[ \t]*sted)?|postnummer|poststed|sted|stad|telefon|tlf\.?|e-post|fødselsnummer|fødselsdato|dato|underskrift)[ \t](?=[\p{Lu}\d])/iu;

/**
 * "Navn Kari Nordmann" over "Adresse Storgata 1" over "Postnr 0467  Sted Oslo": a form's labels with the colon
 * left out, one space between label and value (a wider gap is a table's column, read as one). A line counts only among others like it (two more label lines next to it), so a sentence starting
 * with "Navn" or "Dato" is left alone; the colon is put back, and a second label on the row gets one too.
 */
export function withLabelColons(text: string): string {
  const lines = text.split('\n');
  const labelled = lines.map((l) => PARTICULARS.test(l));
  const around = (i: number) => [i - 2, i - 1, i + 1, i + 2].filter((j) => labelled[j]).length;
  return lines
    .map((l, i) => {
      if (!labelled[i] || around(i) < 2) return l;
      const colon = l.replace(PARTICULARS, (m, label: string) => `${m.slice(0, m.indexOf(label) + label.length)}: `);
      // "Postnr 0467  Sted Oslo": the second field after a wide gap.
      return colon.replace(/([ \t]{2,})(sted|stad|poststed|telefon|tlf\.?)[ \t]+(?=[\p{Lu}\d])/iu, '$1$2: ');
    })
    .join('\n');
}
