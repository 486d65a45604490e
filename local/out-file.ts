import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error.ts';

/**
 * The file a command's --out names. The folder is checked before the command does its work, so a
 * mistyped folder is one line (exit 2) and not a stack trace after the work is done; the bytes are
 * written beside the file and moved into place, so no half-written file is ever left under its name.
 */
export async function outFileChecked(out: string): Promise<string> {
  const file = path.resolve(out);
  const folder = path.dirname(file);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat) throw new UsageError(`--out ${out}: mappen ${folder} finnes ikke; opprett den (mkdir -p ${folder}) eller velg en mappe som finnes`);
  if (!folderStat.isDirectory()) throw new UsageError(`--out ${out}: ${folder} er ikke en mappe; velg en fil i en mappe som finnes`);
  const fileStat = await stat(file).catch(() => null);
  if (fileStat?.isDirectory()) throw new UsageError(`--out ${out} er en mappe; gi et filnavn i den, for eksempel ${path.join(out, 'fil.pdf')}`);
  return file;
}

/** Writes the whole file or none of it (see outFileChecked); a folder that cannot be written to is one line. */
export async function writeOutFile(out: string, content: string | Uint8Array, mode?: number): Promise<void> {
  const file = await outFileChecked(out);
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`);
  try {
    await writeFile(partial, content, mode === undefined ? {} : { mode });
    await rename(partial, file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UsageError(`--out ${out}: postmottak får ikke skrive i ${path.dirname(file)}; velg en mappe du kan skrive i`);
    if (code === 'ENOSPC') throw new UsageError(`--out ${out}: disken er full; frigjør plass eller velg en annen disk`);
    throw error;
  } finally {
    await rm(partial, { force: true });
  }
}
