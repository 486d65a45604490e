import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDocumentId } from '#domain/identity';
import { filesAhead } from '../../local/mailroom/files-ahead.ts';
import type { InputFile } from '../../local/mailroom/inputs.ts';
import type { BatchAhead } from '../../service/ports.ts';

/**
 * The CLI's files on their batch's roll before they run (QA Q34): what is put on, and that everything put
 * on comes off — at its file's end, or at the batch's close for a file that never ran. A file that will
 * never reach Link (gone, a directory, zero bytes, larger than Inspect takes) is never put on, and a read
 * that fails is no failure of the batch.
 */
describe('files put on the batch roll ahead', () => {
  let dir: string;
  const bytes = (text: string) => new TextEncoder().encode(text);
  const input = (name: string): InputFile => ({ path: path.join(dir, name), display: name });
  const roll = () => {
    const on = new Set<string>();
    const log: string[] = [];
    const ahead: BatchAhead = {
      enter: async (key, ids) => {
        for (const id of ids) {
          on.add(id);
          log.push(`enter ${key} ${id}`);
        }
      },
      off: async (key, id) => {
        on.delete(id);
        log.push(`off ${key} ${id}`);
      },
    };
    return { on, log, ahead };
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'files-ahead-'));
    await writeFile(path.join(dir, 'a.pdf'), bytes('a letter'));
    await writeFile(path.join(dir, 'b.pdf'), bytes('another letter'));
    await writeFile(path.join(dir, 'a-again.pdf'), bytes('a letter'));
    await writeFile(path.join(dir, 'empty.pdf'), new Uint8Array());
    await writeFile(path.join(dir, 'large.pdf'), bytes('x'.repeat(100)));
    await mkdir(path.join(dir, 'folder.pdf'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('puts on only the files that can reach Link, the same bytes once', async () => {
    const { on, ahead } = roll();
    const files = ['a.pdf', 'gone.pdf', 'folder.pdf', 'empty.pdf', 'large.pdf', 'b.pdf', 'a-again.pdf'].map(input);
    const batch = filesAhead(files, ahead, 'name:tirsdag', 50);
    await batch.reach(files.length);
    expect([...on].sort()).toEqual([contentDocumentId(bytes('a letter')), contentDocumentId(bytes('another letter'))].sort());
    await batch.close();
    expect(on.size).toBe(0);
  });

  it('takes a file off when it ends; the same bytes twice only when both have ended', async () => {
    const { on, ahead } = roll();
    const files = ['a.pdf', 'b.pdf', 'a-again.pdf'].map(input);
    const batch = filesAhead(files, ahead, 'name:tirsdag', 1000);
    await batch.reach(3);
    await batch.ended(files[0]!);
    expect(on.has(contentDocumentId(bytes('a letter')))).toBe(true);
    await batch.ended(files[2]!);
    expect(on.has(contentDocumentId(bytes('a letter')))).toBe(false);
    await batch.ended(files[1]!);
    expect(on.size).toBe(0);
  });

  it('puts a file on only once the runner may start it (reach), and a file that never ran comes off at close', async () => {
    const { on, log, ahead } = roll();
    const files = ['a.pdf', 'b.pdf'].map(input);
    const batch = filesAhead(files, ahead, 'name:tirsdag', 1000);
    await batch.reach(1);
    expect(on.size).toBe(1);
    await batch.reach(2);
    expect(on.size).toBe(2);
    await batch.close();
    expect(on.size).toBe(0);
    expect(log.filter((line) => line.startsWith('off'))).toHaveLength(2);
  });

  it('goes on when the roll cannot be written: the files still enter at Inspect', async () => {
    const failing: BatchAhead = { enter: () => Promise.reject(new Error('throttled')), off: () => Promise.reject(new Error('throttled')) };
    const files = ['a.pdf'].map(input);
    const batch = filesAhead(files, failing, 'name:tirsdag', 1000);
    await expect(batch.reach(1)).resolves.toBeUndefined();
    await expect(batch.ended(files[0]!)).resolves.toBeUndefined();
    await expect(batch.close()).resolves.toBeUndefined();
  });
});
