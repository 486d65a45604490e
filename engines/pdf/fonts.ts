import { existsSync, readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The fonts embedded in every letter. PDF/A allows no font that is not embedded, and neither a
 * Lambda runtime nor a fresh laptop has system fonts to count on, so they come from the project's
 * own package @postmottak/fonts-dejavu (vendor/fonts-dejavu: DejaVu Sans from Debian's
 * fonts-dejavu-core), which covers æøå, äö, Polish and Sámi letters alike.
 */
export const FONT_PACKAGE = '@postmottak/fonts-dejavu';

const require = createRequire(import.meta.url);

export interface LetterFonts {
  regular: string;
  bold: string;
}

let resolved: LetterFonts | undefined;

export function letterFonts(): LetterFonts {
  if (resolved) return resolved;
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  } catch {
    throw new Error(`the letter fonts are not installed: ${FONT_PACKAGE} is missing from node_modules (npm ci installs it from vendor/fonts-dejavu)`);
  }
  const fonts = { regular: path.join(dir, 'DejaVuSans.ttf'), bold: path.join(dir, 'DejaVuSans-Bold.ttf') };
  for (const file of Object.values(fonts)) if (!existsSync(file)) throw new Error(`letter font missing: ${file}`);
  resolved = fonts;
  return fonts;
}

let faces: { regular: Font; bold: Font } | undefined;

/**
 * The letter fonts parsed once per process. pdfkit takes a parsed font as well as a path; given a
 * path it reads and parses the file again for every letter, and decoding DejaVu's tables (metrics,
 * GSUB/GPOS for layout) was most of a letter's time: ~35 ms of WriteLetters a document in
 * `npm run bench:pipeline`. A parsed font only caches what it has decoded; each document still
 * embeds its own subset.
 */
export function letterFontFaces(): { regular: Font; bold: Font } {
  if (faces) return faces;
  const files = letterFonts();
  faces = { regular: create(readFileSync(files.regular)) as Font, bold: create(readFileSync(files.bold)) as Font };
  return faces;
}
