import { existsSync } from 'node:fs';
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
