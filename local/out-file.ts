import { chmod, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './data-dir-lock.ts';
import { UsageError } from './usage-error.ts';

/**
 * The file a command's --out names. The folder is checked before the command does its work, so a
 * mistyped folder is one line (exit 2) and not a stack trace after the work is done; the bytes are
 * written beside the file and moved into place, so no half-written file is ever left under its name.
 * `example` is the file name the hint suggests (fil.pdf, saker.csv …).
 */
export async function outFileChecked(out: string, example = 'fil.pdf'): Promise<string> {
  // A symlink --out is written through to the file it points at, not replaced by a file of its own.
  const given = path.resolve(out);
  const file = await realpath(given).catch(() => given);
  const folder = path.dirname(file);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat) throw new UsageError(`--out ${out}: mappen ${folder} finnes ikke; opprett den (mkdir -p ${folder}) eller velg en mappe som finnes`);
  if (!folderStat.isDirectory()) throw new UsageError(`--out ${out}: ${folder} er ikke en mappe; velg en fil i en mappe som finnes`);
  const fileStat = await stat(file).catch(() => null);
  if (fileStat?.isDirectory()) throw new UsageError(`--out ${out} er en mappe; gi et filnavn i den, for eksempel ${path.join(out, example)}`);
  return file;
}

/** Temp files carry this prefix and their writer's pid, so a killed run's leftovers are known and cleared. */
const partialPrefix = '.postmottak-partial-';

/**
 * Writes the whole file or none of it (see outFileChecked); a folder that cannot be written to is one
 * line. An existing file keeps its mode; a new one gets `mode` (0600 by default: most of what the
 * commands write is personal data).
 */
export async function writeOutFile(out: string, content: string | Uint8Array, mode = 0o600): Promise<void> {
  const file = await outFileChecked(out);
  const folder = path.dirname(file);
  await clearStalePartials(folder);
  const partial = path.join(folder, `${partialPrefix}${process.pid}-${path.basename(file)}`);
  const existingMode = (await stat(file).catch(() => null))?.mode;
  // Stopped by Ctrl+C or kill while writing: the half-written copy goes with the process.
  const onSignal = (signal: NodeJS.Signals) => {
    rm(partial, { force: true }).finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await writeFile(partial, content, { mode: existingMode === undefined ? mode : existingMode & 0o777 });
    if (existingMode !== undefined) await chmod(partial, existingMode & 0o777);
    await rename(partial, file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UsageError(`--out ${out}: postmottak får ikke skrive i ${folder}; velg en mappe du kan skrive i`);
    if (code === 'ENOSPC') throw new UsageError(`--out ${out}: disken er full; frigjør plass eller velg en annen disk`);
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(partial, { force: true });
  }
}

/** Temp files of runs that were killed outright (SIGKILL, power loss): their writer's pid is gone. */
async function clearStalePartials(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(partialPrefix)) continue;
    const pid = Number(name.slice(partialPrefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isAlive(pid)) await rm(path.join(folder, name), { force: true });
  }
}
