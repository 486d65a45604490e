import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isAlive } from './data-dir-lock.ts';

/**
 * `<data-dir>/serve.json` (mode 0600): where a running `serve` for this data dir answers, and the
 * operator secret of that run, with which the CLI's commands on the same data dir go through it.
 */
export const ServeInfo = z.object({ url: z.string().url(), pid: z.number().int(), operatorToken: z.string().min(20), startedAt: z.string() });
export type ServeInfo = z.infer<typeof ServeInfo>;

export const serveInfoFile = (dataDir: string) => path.join(dataDir, 'serve.json');

export async function writeServeInfo(dataDir: string, info: ServeInfo): Promise<void> {
  await writeFile(serveInfoFile(dataDir), JSON.stringify(info, null, 2) + '\n', { mode: 0o600 });
}

export async function removeServeInfo(dataDir: string, pid = process.pid): Promise<void> {
  const info = await readServeInfo(dataDir);
  if (info?.pid === pid) await unlink(serveInfoFile(dataDir)).catch(() => {});
}

async function readServeInfo(dataDir: string): Promise<ServeInfo | null> {
  try {
    return ServeInfo.parse(JSON.parse(await readFile(serveInfoFile(dataDir), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * The serve that runs for this data dir, if one does. A serve.json is stale (removed; the command opens
 * the data dir itself) when its process is gone or its pid is this very process (the pid was reused
 * after a restart). A live pid alone proves nothing (an unrelated process may have the number), so
 * the serve counts as running only when it answers at its address.
 */
export async function runningServe(dataDir: string): Promise<ServeInfo | null> {
  const info = await readServeInfo(dataDir);
  if (!info) return null;
  if (info.pid === process.pid || !isAlive(info.pid)) {
    await unlink(serveInfoFile(dataDir)).catch(() => {});
    return null;
  }
  // Alive but silent: another process with that number, or a serve too busy to answer within the
  // second. The file is left (a new serve overwrites it); the command goes on as if none ran.
  return (await answers(info.url)) ? info : null;
}

/** Whether a postmottak serve answers at the address (its OpenAPI document needs no token). */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/openapi.json', url), { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
