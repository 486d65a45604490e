import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isoFromTyped } from '../../domain/wording/typed-date.ts';
import { notADate } from '../cli-refusals.ts';
import { csvProblem, manifestWords } from './manifest-wording.ts';

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

const realFile = (file: string) => realpath(file).catch(() => path.resolve(file));

/**
 * Files in the order given, each folder expanded; the same file named twice is taken once. The
 * manifest (`leaveOut`) is no mail, though clerks keep it in the scan folder: it is left out.
 */
export async function expandInputs(paths: string[], leaveOut: string | null = null): Promise<InputFile[]> {
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
  // One file reached by two paths (a linked folder, ../) is one envelope: known by where it really is.
  const seen = new Set<string>(leaveOut ? [await realFile(leaveOut)] : []);
  const mail: InputFile[] = [];
  for (const file of files) {
    const real = await realFile(file.path);
    if (seen.has(real)) continue;
    seen.add(real);
    mail.push(file);
  }
  if (mail.length === 0) throw new InputError(`ingen filer å levere inn utenom manifestet ${leaveOut}; oppgi skannede filer eller mappen de ligger i`);
  return mail;
}

/**
 * The manifest: a CSV with a header row naming the columns `file` and `postmarked` (or in Norwegian, see
 * headerNames; 20.03.2025 or 2025-03-20, or empty when the envelope had none). A file is named relative to
 * the manifest's folder, or by its bare name when that is unique. Names are compared in Unicode NFC: a
 * Mac writes æøå decomposed (NFD), Windows composed (NFC), and a clerk cannot see the difference.
 */
export interface Manifest {
  /** As the person named it, for the refusals. */
  source: string;
  /** Absolute path (in NFC) -> the line that names it. */
  entries: Map<string, ManifestEntry>;
}

export interface ManifestEntry {
  postmarked: string | null;
  /** The line in the file (the header is line 1). */
  line: number;
  /** The file as the line writes it. */
  named: string;
}

/** The header's names for the two columns, lower case: the English ones, and what a Norwegian office writes. */
const headerNames: Record<string, 'file' | 'postmarked'> = {
  file: 'file',
  fil: 'file',
  filnavn: 'file',
  postmarked: 'postmarked',
  poststemplet: 'postmarked',
  poststempel: 'postmarked',
  poststempeldato: 'postmarked',
};

const nfc = (name: string) => name.normalize('NFC');

/**
 * The manifest's text: UTF-8 (with or without BOM), or else Windows-1252, what Excel on a Norwegian
 * Windows saves as "CSV (semikolondelt)". Bytes that are not UTF-8 are almost never meant as UTF-8, and
 * every byte is a character in Windows-1252, so the clerk sees æøå, never replacement characters.
 */
function manifestText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return nfc(text);
}

export async function readManifest(manifestPath: string): Promise<Manifest> {
  const bytes = await readFile(manifestPath).catch(() => {
    throw new InputError(`finner ikke manifestet ${manifestPath}`);
  });
  // With each record its line in the file: blank lines are skipped, so the row's index would not say it.
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  const named = new Map<string, string[]>();
  const columns = (header: string[]) =>
    header.map((written) => {
      const lower = written.trim().toLowerCase();
      const column = headerNames[lower] ?? lower;
      named.set(column, [...(named.get(column) ?? []), lower]);
      return column;
    });
  try {
    // Excel writes a row of empty fields (;;;) where cells nearby were used: a blank line, like one.
    rows = parse(manifestText(bytes), { columns, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true, delimiter: [',', ';'], info: true });
  } catch (error) {
    throw new InputError(csvProblem(manifestPath, error));
  }
  for (const [column, what] of [['file', 'filen'], ['postmarked', 'poststempelet']] as const) {
    const written = named.get(column) ?? [];
    // Two columns for one thing: which one holds is a guess the deadline must not rest on.
    if (written.length > 1) throw new InputError(`manifestet ${manifestPath} har to kolonner for ${what} (${written.join(' og ')}); behold én`);
  }
  if (!named.has('file') || !named.has('postmarked')) throw new InputError(`manifestet ${manifestPath} må ha en overskriftslinje med kolonnene file og postmarked (eller filnavn og poststemplet)`);
  const dir = path.dirname(path.resolve(manifestPath));
  const entries = new Map<string, ManifestEntry>();
  for (const { record: row, info } of rows) {
    const line = info.lines;
    const file = row.file ?? '';
    const postmarked = row.postmarked ?? '';
    if (!file) throw new InputError(`${manifestPath} linje ${line}: ingen fil er oppgitt`);
    const postmark = isoFromTyped(postmarked);
    if (postmark === null) throw new InputError(notADate(`${manifestPath} linje ${line}: postmarked`, postmarked));
    const resolved = nfc(path.resolve(dir, file));
    // Two postmarks for one file: which one holds is a guess the deadline must not rest on.
    const earlier = entries.get(resolved);
    if (earlier) throw new InputError(`${manifestPath} linje ${line}: ${file} står også på linje ${earlier.line}; hver fil skal stå én gang`);
    entries.set(resolved, { postmarked: postmark || null, line, named: file });
  }
  return { source: manifestPath, entries };
}

/**
 * Which line of the manifest gives which file of the batch its postmark (absolute path -> line). A
 * line names its file by the path from the manifest's folder; a line with no folder in it (no / or \\)
 * also by its bare name when no file of the batch is there, and then only when exactly one file of the
 * batch has that name: a postmark belongs
 * to one envelope, and the deadline rests on it. Refused, before anything is handed in: a line that
 * names no file of the batch (its postmark would silently be lost), a bare name two files answer to
 * (which envelope it came on is a guess), and two lines that land on one file.
 */
export function placeManifest(manifest: Manifest, files: readonly InputFile[]): ReadonlyMap<string, ManifestEntry> {
  const cached = placements.get(manifest)?.get(files);
  if (cached) return cached;
  // Two files whose names differ only in how æøå is encoded answer to one line: that is the ambiguity refused below.
  const byPath = filesBy(files, (f) => nfc(f.path));
  const byName = filesBy(files, (f) => nfc(path.basename(f.path)));
  const placed = new Map<string, ManifestEntry>();
  const dir = path.dirname(path.resolve(manifest.source));
  for (const [resolved, entry] of manifest.entries) {
    const exact = byPath.get(resolved);
    // A line that writes a folder names that one file; only a bare name may answer to a file elsewhere.
    const bare = !/[/\\]/.test(entry.named);
    const candidates = exact ?? (bare ? (byName.get(path.basename(resolved)) ?? []) : []);
    if (candidates.length === 0) throw new InputError(manifestWords.notInBatch(manifest.source, entry));
    if (candidates.length > 1) {
      throw new InputError(manifestWords.ambiguous(manifest.source, entry, candidates.map((f) => f.display), candidates.map((f) => path.relative(dir, f.path).split(path.sep).join('/'))));
    }
    const file = candidates[0]!;
    const earlier = placed.get(file.path);
    if (earlier) throw new InputError(manifestWords.twice(manifest.source, entry, earlier, file.display));
    placed.set(file.path, entry);
  }
  const forManifest = placements.get(manifest) ?? new WeakMap();
  forManifest.set(files, placed);
  placements.set(manifest, forManifest);
  return placed;
}

function filesBy(files: readonly InputFile[], key: (file: InputFile) => string): Map<string, InputFile[]> {
  const by = new Map<string, InputFile[]>();
  for (const file of files) {
    const group = by.get(key(file));
    if (group) group.push(file);
    else by.set(key(file), [file]);
  }
  return by;
}

// A batch's files are placed once, not once per file asked about.
const placements = new WeakMap<Manifest, WeakMap<readonly InputFile[], ReadonlyMap<string, ManifestEntry>>>();

/** The postmark the manifest gives this file of the batch (null: the envelope had none), or undefined when no line names it. */
export function postmarkFor(manifest: Manifest, file: InputFile, files: readonly InputFile[]): string | null | undefined {
  return placeManifest(manifest, files).get(file.path)?.postmarked;
}

/** Refuses, before anything is handed in, a manifest whose lines cannot each be placed on one file of the batch (see placeManifest). */
export function checkManifestCoversOnlyTheBatch(manifest: Manifest, files: readonly InputFile[]): void {
  placeManifest(manifest, files);
}
