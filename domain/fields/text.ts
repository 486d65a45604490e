/**
 * Evens out what scanning and OCR do to running text before any field is looked for: odd spaces and
 * dashes, invisible characters, Windows line ends and words hyphenated across a line break.
 */
export function prepareText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019\u02BC]/g, "'")
      // "ved-\ntaket" -> "vedtaket". Only between lower-case letters, so "NAV-\nkontoret" keeps its hyphen.
      .replace(/(\p{Ll})-[ \t]*\n[ \t]*(\p{Ll})/gu, '$1$2')
  );
}

export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

export function lineAt(text: string, index: number): Line {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const end = newline === -1 ? text.length : newline;
  return { text: text.slice(start, end), start, end };
}

/** Words as a reader counts them (numbers and dates count too). */
export function words(text: string): string[] {
  return text.split(/[\s,;:()«»"]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}
