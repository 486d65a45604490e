import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * One process at a time opens a data dir's stack: the loopback DynamoDB keeps its LevelDB there, and a
 * second opener used to die with "Database is closed". The lock is a file created exclusively, naming
 * the pid that holds it; a lock whose process is gone is stale and taken over. `serve` holds it for
 * as long as it runs, and the other commands then go through serve instead (serve-info.ts).
 */
export const lockFile = (dataDir: string) => path.join(dataDir, 'postmottak.lock');

export interface LockHolder {
  pid: number;
  command: string;
  since: string;
}

export class DataDirBusy extends Error {
  override name = 'DataDirBusy';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `${dataDir} brukes av en annen postmottak-kommando (pid ${holder.pid}: ${holder.command}, siden ${holder.since}); ` +
        `la den bli ferdig, eller start \`postmottak serve --data-dir ${dataDir}\` så kommandoer på den kan kjøre samtidig`,
    );
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * Takes the lock, waiting up to `waitMs` for a live holder to let go (telling standard error once).
 * Throws DataDirBusy when it is still held then.
 */
export async function acquireDataDirLock(dataDir: string, options: { command: string; waitMs: number; onWait?: (holder: LockHolder) => void }): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = lockFile(dataDir);
  const deadline = Date.now() + options.waitMs;
  let told = false;
  let unreadableSince: number | null = null;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid, command: options.command, since: new Date().toISOString() } satisfies LockHolder));
      await handle.close();
      return {
        async release() {
          const holder = await readHolder(file);
          if (holder?.pid === process.pid) await unlink(file).catch(() => {});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder === null) {
      // Being written this very moment, or left half-written by a crash: give it a second.
      unreadableSince ??= Date.now();
      if (Date.now() - unreadableSince > 1000) await unlink(file).catch(() => {});
    } else if (!isAlive(holder.pid) || holder.pid === process.pid) {
      await unlink(file).catch(() => {});
      continue;
    } else {
      if (Date.now() >= deadline) throw new DataDirBusy(dataDir, holder);
      if (!told) options.onWait?.(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
