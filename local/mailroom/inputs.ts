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
 * bare name when that is unique. Returns absolute path -> postmark date.
 */
export async function readManifest(manifestPath: string): Promise<Map<string, string | null>> {
  const text = await readFile(manifestPath, 'utf8').catch(() => {
    throw new InputError(`finner ikke manifestet ${manifestPath}`);
  });
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'] });
  } catch (error) {
    throw new InputError(`manifestet ${manifestPath} er ikke en lesbar CSV-fil (${(error as Error).message})`);
  }
  const first = rows[0];
  if (!first || !('file' in first) || !('postmarked' in first)) throw new InputError(`manifestet ${manifestPath} må ha en overskriftslinje med kolonnene file og postmarked`);
  const dir = path.dirname(path.resolve(manifestPath));
  const postmarks = new Map<string, string | null>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const file = row.file ?? '';
    const postmarked = row.postmarked ?? '';
    if (!file) throw new InputError(`${manifestPath} linje ${line}: ingen fil er oppgitt`);
    const postmark = isoFromTyped(postmarked);
    if (postmark === null) throw new InputError(notADate(`${manifestPath} linje ${line}: postmarked`, postmarked));
    postmarks.set(path.resolve(dir, file), postmark || null);
  });
  return postmarks;
}

/** The postmark the manifest gives this file: by its path, else by its bare name when only one entry has it. */
export function postmarkFor(manifest: Map<string, string | null>, file: InputFile): string | null | undefined {
  if (manifest.has(file.path)) return manifest.get(file.path);
  const byName = [...manifest.entries()].filter(([p]) => path.basename(p) === path.basename(file.path));
  return byName.length === 1 ? byName[0]![1] : undefined;
}
