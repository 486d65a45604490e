import { createRequire } from 'node:module';
import { existsSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * Tesseract language data comes from the npm package @postmottak/tessdata-fast in the project's
 * dependencies (vendor/tessdata-fast: Tesseract's tessdata_fast models from Debian's packages, as the
 * registry has only the best_int ones, 1.9x slower per page), never from the network. tesseract.js
 * reads all languages from one folder (`${langPath}/${lang}.traineddata.gz`) and its per-language
 * `{ code, data }` form is broken in 7.0.0, so the files are linked into one folder under the temp
 * directory (writable in Lambda; the working directory is not).
 */
export const LANGUAGE_PACKAGE = '@postmottak/tessdata-fast';
export const DATA_VARIANT = '4.1.0_fast';

const require = createRequire(import.meta.url);

export function traineddataFile(lang: string, variant = DATA_VARIANT): string {
  if (!/^[a-z_]{3,12}$/.test(lang)) throw new Error(`invalid OCR language code '${lang}'`);
  let entry: string;
  try {
    entry = require.resolve(`${LANGUAGE_PACKAGE}/package.json`);
  } catch {
    throw new Error(`OCR language data is not installed: ${LANGUAGE_PACKAGE} is missing from node_modules`);
  }
  const file = path.join(path.dirname(entry), variant, `${lang}.traineddata.gz`);
  if (!existsSync(file)) throw new Error(`OCR language '${lang}' is not installed: add ${variant}/${lang}.traineddata.gz to ${LANGUAGE_PACKAGE} (vendor/tessdata-fast/README.md)`);
  return file;
}

const prepared = new Map<string, string>();

/** A folder holding `<lang>.traineddata.gz` for each language, for tesseract.js's langPath. */
export function languageFolder(languages: readonly string[], variant = DATA_VARIANT): string {
  const key = `${variant}:${[...languages].sort().join('+')}`;
  const known = prepared.get(key);
  if (known) return known;
  const sources = languages.map((lang) => [lang, traineddataFile(lang, variant)] as const);
  // One folder per installation (named by where the data lives), shared by every process of it, so
  // runs do not leave a folder each behind in the temp directory.
  const installation = createHash('sha256').update(sources.map(([, file]) => file).join('\n')).digest('hex').slice(0, 16);
  const dir = path.join(tmpdir(), `postmottak-tessdata-${installation}`, variant);
  mkdirSync(dir, { recursive: true });
  for (const [lang, source] of sources) {
    const target = path.join(dir, `${lang}.traineddata.gz`);
    if (existsSync(target)) continue;
    try {
      symlinkSync(source, target);
    } catch (error) {
      // Another process linked it meanwhile; or the file system has no symlinks.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') copyFileSync(source, target);
    }
  }
  prepared.set(key, dir);
  return dir;
}
