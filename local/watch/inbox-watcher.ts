import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, type FileHandle, mkdir, open, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';
import { watchWords } from '../mailroom/mailroom-wording.ts';
import { type ByteSource, type Completeness, completeness } from './file-complete.ts';

/**
 * A watched inbox (`serve --watch DIR`): what a scanner drops into DIR is picked up once the file is
 * complete — its size has not changed for `stableMs` (a scanner writes a file in bursts), and a PDF,
 * TIFF, JPEG or PNG has its end (./file-complete.ts): one that stopped growing without it is waited for
 * until it has not grown for `incompleteMs`, and then handed in as it is (the pipeline quarantines it;
 * nothing is lost) — handed to `handle` one file at a time, and moved to the processed folder unless
 * it was written to meanwhile. A ledger of the SHA-256 of every
 * file handled (a JSON line each, under the data directory) means the same bytes are never handled
 * twice — not after a restart, not under another name. A file whose handling fails goes to the
 * failed folder and is not in the ledger, so dropping it again tries again.
 */
export interface InboxWatcherOptions {
  inbox: string;
  /** Default: `<inbox>/processed`. */
  processedDir?: string;
  /** Default: `<inbox>/failed`. */
  failedDir?: string;
  /** A JSON-lines file of what was handled (e.g. `<data-dir>/watch-ledger.jsonl`). */
  ledgerFile: string;
  /** How long a file's size must stay the same before it counts as complete (`serve --settle`). Default 10 s. */
  stableMs?: number;
  /** How long a scan that stopped growing without its end is waited for before it is handed in as it is. Default 10 min. */
  incompleteMs?: number;
  /** Handles one complete file (runs it through the pipeline); its result is kept in the ledger. */
  handle(file: string): Promise<{ outcome: string }>;
  /** One line per file picked up, for the service's log, in bokmål (../mailroom/mailroom-wording.ts): names and outcomes, never content. */
  log?(line: string): void;
}

export interface InboxWatcher {
  /** Resolves once the inbox has been scanned and files already there are queued. */
  ready: Promise<void>;
  /** Resolves when nothing is queued or being handled. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** What was read of a file: the size and time it had just before. */
interface Snapshot {
  size: number;
  mtimeMs: number;
}

interface LedgerEntry {
  sha256: string;
  file: string;
  outcome: string;
  at: string;
}

/** A scanner may pause between pages for some seconds; a file is taken when it has rested this long. */
export const DEFAULT_STABLE_MS = 10_000;
/** How long a scan without its end is waited for (a scanner's jam, a network hiccup) before it is handed in as it is. */
export const DEFAULT_INCOMPLETE_MS = 10 * 60_000;

// What scanners and copy tools write before the final name appears.
const UNFINISHED = /(?:\.(?:part|partial|tmp|crdownload|download)|~)$|^~\$|^\./;

async function readLedger(file: string): Promise<Map<string, LedgerEntry>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const entries = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LedgerEntry);
  return new Map(entries.map((e) => [e.sha256, e]));
}

/** The file's size and time, and whether it is whole: only its head, tail or TIFF directories are read. */
async function lookAt(file: string): Promise<{ read: Snapshot; found: Completeness }> {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    return { read: { size: info.size, mtimeMs: info.mtimeMs }, found: await completeness(fileSource(handle, info.size)) };
  } finally {
    await handle.close();
  }
}

function fileSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    async read(at, length) {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      return buffer.subarray(0, bytesRead);
    },
  };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** A free name in `dir` for `name`: "brev.pdf", then "brev (2).pdf", … — nothing is overwritten. */
async function freeName(dir: string, name: string): Promise<string> {
  const { name: stem, ext } = path.parse(name);
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}

export async function watchInbox(options: InboxWatcherOptions): Promise<InboxWatcher> {
  const inbox = path.resolve(options.inbox);
  const processedDir = path.resolve(options.processedDir ?? path.join(inbox, 'processed'));
  const failedDir = path.resolve(options.failedDir ?? path.join(inbox, 'failed'));
  await Promise.all([mkdir(processedDir, { recursive: true }), mkdir(failedDir, { recursive: true }), mkdir(path.dirname(options.ledgerFile), { recursive: true })]);
  const ledger = await readLedger(options.ledgerFile);
  const log = options.log ?? (() => {});
  const stableMs = options.stableMs ?? DEFAULT_STABLE_MS;
  const incompleteMs = options.incompleteMs ?? DEFAULT_INCOMPLETE_MS;

  let queue: Promise<void> = Promise.resolve();
  const pending = new Set<string>();
  // Files that stopped growing without their end: since they last grew, at what size, and the timer that hands them in at the limit.
  const waiting = new Map<string, { since: number; size: number; timer: NodeJS.Timeout }>();
  // Files written to while they were being taken: left in the inbox until their next 'change'.
  const unsettled = new Set<string>();
  // A 'change' that came while the file was being taken: it is looked at again after.
  const again = new Set<string>();
  let closed = false;

  const enqueue = (file: string, force = false) => {
    if (closed) return;
    if (pending.has(file)) {
      again.add(file);
      return;
    }
    pending.add(file);
    queue = queue
      .then(() => take(file, force))
      .finally(() => {
        pending.delete(file);
        if (again.delete(file) && (waiting.has(file) || unsettled.has(file))) enqueue(file);
      });
  };

  const forget = (file: string) => {
    const earlier = waiting.get(file);
    if (earlier) clearTimeout(earlier.timer);
    waiting.delete(file);
    unsettled.delete(file);
    again.delete(file);
  };

  /** True when the file is to wait for the rest of its bytes (and it will be looked at again). */
  const waitForRest = (file: string, display: string, found: Completeness, read: Snapshot, force: boolean): boolean => {
    if (closed) return true;
    const earlier = waiting.get(file);
    if (earlier) clearTimeout(earlier.timer);
    waiting.delete(file);
    if (found.whole) return false;
    const now = Date.now();
    // The limit is for a writer that has stopped: every time the file grows, the count starts again.
    const grew = !earlier || earlier.size !== read.size;
    const since = grew ? now : earlier.since;
    const left = since + incompleteMs - now;
    const restedMs = now - read.mtimeMs;
    if (!grew && (force || left <= 0)) {
      // At the limit, but written to within the settle time: it is still being written, not stuck.
      if (restedMs >= stableMs) {
        log(watchWords.incompleteTaken(display, found.kind, incompleteMs));
        return false;
      }
    }
    if (!earlier) log(watchWords.waitingForRest(display, found.kind, incompleteMs));
    // A 'change' (more bytes) looks again sooner; the timer hands it in at the limit, once it has rested.
    const next = Math.max(left, stableMs - restedMs, 0);
    waiting.set(file, { since, size: read.size, timer: setTimeout(() => enqueue(file, true), next) });
    return true;
  };

  /** Whether the file is no longer what was read (more bytes came): then it must not be moved away. */
  const changedSince = async (file: string, read: Snapshot) => {
    const now = await stat(file).catch(() => null);
    return now !== null && (now.size !== read.size || now.mtimeMs !== read.mtimeMs);
  };

  const moveTo = async (dir: string, file: string) => {
    const target = await freeName(dir, path.basename(file));
    await rename(file, target);
    return target;
  };

  /** Moves the file unless it was written to since it was read; then it stays, for its next 'change'. */
  const moveUnlessChanged = async (dir: string, file: string, display: string, read: Snapshot): Promise<boolean> => {
    if (await changedSince(file, read)) {
      unsettled.add(file);
      log(watchWords.changedWhileTaken(display));
      return false;
    }
    unsettled.delete(file);
    await moveTo(dir, file);
    return true;
  };

  const take = async (file: string, force = false) => {
    const display = path.relative(inbox, file);
    try {
      // Taken before the read: a write during or after the read shows in the size or the time.
      const { read, found } = await lookAt(file);
      if (waitForRest(file, display, found, read, force)) return;
      const sha256 = await sha256Of(file);
      const earlier = ledger.get(sha256);
      if (earlier) {
        if (await moveUnlessChanged(processedDir, file, display, read)) log(watchWords.alreadyHandled(display, earlier.file, earlier.outcome));
        return;
      }
      let outcome: string;
      try {
        ({ outcome } = await options.handle(file));
      } catch (error) {
        if (await moveUnlessChanged(failedDir, file, display, read)) log(watchWords.failed(display, (error as Error).name));
        return;
      }
      const entry: LedgerEntry = { sha256, file: display, outcome, at: new Date().toISOString() };
      // The ledger is written before the move: a crash between the two leaves the file in the inbox,
      // and the next start finds it in the ledger and only moves it. A file written to while it was
      // handled stays: its whole bytes are not these, so the next look hands them in again.
      await appendFile(options.ledgerFile, JSON.stringify(entry) + '\n');
      ledger.set(sha256, entry);
      if (await moveUnlessChanged(processedDir, file, display, read)) log(watchWords.handled(display, outcome));
    } catch (error) {
      // The file vanished or could not be moved: say so and go on with the next.
      log(watchWords.notTaken(display, (error as NodeJS.ErrnoException).code ?? (error as Error).name));
    }
  };

  const watcher = watch(inbox, {
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: stableMs, pollInterval: Math.max(50, Math.floor(stableMs / 4)) },
    ignored: (candidate: string) => {
      const resolved = path.resolve(candidate);
      return resolved.startsWith(processedDir) || resolved.startsWith(failedDir) || (resolved !== inbox && UNFINISHED.test(path.basename(resolved)));
    },
  });
  watcher.on('add', (file: string) => enqueue(path.resolve(file)));
  // More bytes for a file waited for (reported once its size is stable again): look at it again. One
  // being taken is not yet in `unsettled` (that is decided when its take ends): enqueue keeps the change
  // in `again`, and the take's end looks again if the file was left.
  watcher.on('change', (file: string) => {
    const resolved = path.resolve(file);
    if (waiting.has(resolved) || unsettled.has(resolved) || pending.has(resolved)) enqueue(resolved);
  });
  // Deleted or renamed while waited for: nothing to hand in at the limit (a new name is a new 'add').
  watcher.on('unlink', (file: string) => forget(path.resolve(file)));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async idle() {
      // A file added while waiting extends the queue: wait until it stops growing.
      let seen: Promise<void> | undefined;
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },
    async close() {
      closed = true;
      for (const { timer } of waiting.values()) clearTimeout(timer);
      waiting.clear();
      await watcher.close();
      await queue;
    },
  };
}
