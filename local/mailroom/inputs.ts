import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isoFromTyped } from '../../domain/wording/typed-date.ts';
import { notADate } from '../cli-refusals.ts';

/**
 * What the mailroom names on the command line: files and folders (a folder is taken whole, with its
 * subfolders, in name order, leaving out hidden files such as .DS_Store), and the manifest that
 * gives an envelope's postmark per file.
 */
export class InputError extends Error {
  override name = 'InputError';
}

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As the person would recognise it: relative to the folder named, or the path given. */
  display: string;
}

async function walk(dir: string, base: string, out: InputFile[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, base, out);
    else if (entry.isFile()) out.push({ path: full, display: path.join(base, path.relative(path.resolve(base), full)) });
  }
}

/** Files in the order given, each folder expanded; the same file named twice is taken once. */
export async function expandInputs(paths: string[]): Promise<InputFile[]> {
  if (paths.length === 0) throw new InputError('oppgi minst én fil eller mappe');
  const files: InputFile[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new InputError(`finner ingen fil eller mappe ${given}`);
    if (info.isDirectory()) {
      const before = files.length;
      await walk(path.resolve(given), given, files);
      if (files.length === before) throw new InputError(`mappen ${given} har ingen filer`);
    } else if (info.isFile()) files.push({ path: path.resolve(given), display: given });
    else throw new InputError(`${given} er verken en fil eller en mappe`);
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/**
 * The manifest: a CSV with a header row naming the columns `file` and `postmarked` (20.03.2025 or
 * 2025-03-20, or empty when the envelope had none). A file is named relative to the manifest's folder, or by its
 * bare name when that is unique.
 */
export interface Manifest {
  /** As the person named it, for the refusals. */
  source: string;
  /** Absolute path -> the line that names it. */
  entries: Map<string, ManifestEntry>;
}

export interface ManifestEntry {
  postmarked: string | null;
  /** The line in the file (the header is line 1). */
  line: number;
  /** The file as the line writes it. */
  named: string;
}

export async function readManifest(manifestPath: string): Promise<Manifest> {
  const text = await readFile(manifestPath, 'utf8').catch(() => {
    throw new InputError(`finner ikke manifestet ${manifestPath}`);
  });
  // With each record its line in the file: blank lines are skipped, so the row's index would not say it.
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'], info: true });
  } catch (error) {
    throw new InputError(`manifestet ${manifestPath} er ikke en lesbar CSV-fil (${(error as Error).message})`);
  }
  const first = rows[0]?.record;
  if (!first || !('file' in first) || !('postmarked' in first)) throw new InputError(`manifestet ${manifestPath} må ha en overskriftslinje med kolonnene file og postmarked`);
  const dir = path.dirname(path.resolve(manifestPath));
  const entries = new Map<string, ManifestEntry>();
  for (const { record: row, info } of rows) {
    const line = info.lines;
    const file = row.file ?? '';
    const postmarked = row.postmarked ?? '';
    if (!file) throw new InputError(`${manifestPath} linje ${line}: ingen fil er oppgitt`);
    const postmark = isoFromTyped(postmarked);
    if (postmark === null) throw new InputError(notADate(`${manifestPath} linje ${line}: postmarked`, postmarked));
    const resolved = path.resolve(dir, file);
    // Two postmarks for one file: which one holds is a guess the deadline must not rest on.
    const earlier = entries.get(resolved);
    if (earlier) throw new InputError(`${manifestPath} linje ${line}: ${file} står også på linje ${earlier.line}; hver fil skal stå én gang`);
    entries.set(resolved, { postmarked: postmark || null, line, named: file });
  }
  return { source: manifestPath, entries };
}

/** The postmark the manifest gives this file: by its path, else by its bare name when only one entry has it. */
export function postmarkFor(manifest: Manifest, file: InputFile): string | null | undefined {
  return entryFor(manifest, file)?.[1].postmarked;
}

function entryFor(manifest: Manifest, file: InputFile): [string, ManifestEntry] | undefined {
  const exact = manifest.entries.get(file.path);
  if (exact) return [file.path, exact];
  const byName = [...manifest.entries].filter(([p]) => path.basename(p) === path.basename(file.path));
  return byName.length === 1 ? byName[0] : undefined;
}

/**
 * A manifest line that names no file of the batch is a mistake (a typo, the wrong folder): its
 * postmark would silently be lost, and a late-looking appeal judged without it. Refused, as a bad
 * date in the manifest is, before anything is handed in.
 */
export function checkManifestCoversOnlyTheBatch(manifest: Manifest, files: readonly InputFile[]): void {
  const used = new Set(files.map((f) => entryFor(manifest, f)?.[0]));
  for (const [key, entry] of manifest.entries) {
    if (!used.has(key)) throw new InputError(`${manifest.source} linje ${entry.line}: filen «${entry.named}» er ikke blant filene som leveres inn; ta den med i kommandoen, eller rett eller fjern linjen`);
  }
}
