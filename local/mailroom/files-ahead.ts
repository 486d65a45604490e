import { readFile } from 'node:fs/promises';
import { contentDocumentId } from '../../domain/identity.ts';
import type { BatchAhead } from '../../service/ports.ts';
import type { InputFile } from './inputs.ts';

/**
 * The files of one `process`/`upload` call on their batch's roll before they run (QA Q34; the runtime's side
 * is local/batch-roll-ahead.ts), as far as the runner may start them: `reach(n)` puts the first n on, and the
 * runner reaches further as lines are printed, so no entry stands for a file the runner cannot start while a
 * follow-up waits (its lookahead, local/pipelining.ts). A file that will never reach Link is never put on: one
 * that cannot be read (gone, no permission, a directory), is empty or is larger than Inspect takes. One that
 * is put on comes off when its run ends, whatever the outcome (a duplicate, rejected, failed), or at `close`
 * when it never ran (a person's mistake stopped the batch): no follow-up waits for it past that.
 * The roll is a matter of waiting only: a failure to write it is not the batch's, and the file still enters
 * its roll at Inspect.
 */
export interface FilesAhead {
  reach(count: number): Promise<void>;
  ended(file: InputFile): Promise<void>;
  close(): Promise<void>;
}

export function filesAhead(files: readonly InputFile[], ahead: BatchAhead, batchKey: string, maxBytes: number): FilesAhead {
  /** Each file's content id once read: null when it is not on the roll. */
  const idOf = new Map<InputFile, string | null>();
  /** Files on the roll and not yet ended, per id: the same bytes twice are one entry, off when both ended. */
  const open = new Map<string, number>();
  let reached = 0;
  const contentIdOf = async (file: InputFile) => {
    try {
      const bytes = await readFile(file.path);
      return bytes.length > 0 && bytes.length <= maxBytes ? contentDocumentId(bytes) : null;
    } catch {
      // Its own line says why when its turn comes (local/mailroom/commands.ts).
      return null;
    }
  };
  const off = async (id: string) => {
    open.delete(id);
    await ahead.off(batchKey, id).catch(() => undefined);
  };
  return {
    async reach(count) {
      const fresh: string[] = [];
      for (; reached < Math.min(count, files.length); reached += 1) {
        const file = files[reached]!;
        const id = await contentIdOf(file);
        idOf.set(file, id);
        if (id === null) continue;
        if (!open.has(id)) fresh.push(id);
        open.set(id, (open.get(id) ?? 0) + 1);
      }
      if (fresh.length) await ahead.enter(batchKey, fresh).catch(() => undefined);
    },
    async ended(file) {
      const id = idOf.get(file);
      if (id == null) return;
      idOf.set(file, null);
      const left = (open.get(id) ?? 1) - 1;
      if (left > 0) open.set(id, left);
      else await off(id);
    },
    async close() {
      for (const id of [...open.keys()]) await off(id);
    },
  };
}
