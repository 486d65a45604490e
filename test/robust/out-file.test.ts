import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outFileChecked, writeOutFile } from '../../local/out-file.ts';

/** Review B findings 6, 13, 14: --out is written whole or not at all, through symlinks, keeping modes. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-out-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeOutFile', () => {
  it('writes a new file owner-only (personal data)', async () => {
    const file = path.join(dir, 'ny.csv');
    await writeOutFile(file, 'a;b\n');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("keeps an existing file's mode", async () => {
    const file = path.join(dir, 'delt.csv');
    await writeFile(file, 'gammel\n');
    await chmod(file, 0o640);
    await writeOutFile(file, 'ny\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readFile(file, 'utf8')).toBe('ny\n');
  });

  it('writes through a symlink to the file it points at, and the link stays a link', async () => {
    const target = path.join(dir, 'mål.pdf');
    const link = path.join(dir, 'lenke.pdf');
    await writeFile(target, 'gammel');
    await symlink(target, link);
    await writeOutFile(link, 'ny');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('ny');
  });

  it('keeps the existing file whole when the write fails halfway, and leaves no temp file', async () => {
    const file = path.join(dir, 'hel.csv');
    await writeFile(file, 'den gamle filen\n');
    async function* halfThenFail() {
      yield 'første halvdel\n';
      throw new Error('skrivingen stoppet');
    }
    await expect(writeOutFile(file, halfThenFail() as unknown as string)).rejects.toThrow('skrivingen stoppet');
    expect(await readFile(file, 'utf8')).toBe('den gamle filen\n');
    expect((await readdir(dir)).filter((n) => n.includes('partial'))).toEqual([]);
  });

  it("clears a killed run's temp file (its pid is gone)", async () => {
    const stale = path.join(dir, '.postmottak-partial-999999999-gammel.pdf');
    await writeFile(stale, 'halv');
    await writeOutFile(path.join(dir, 'annen.pdf'), 'hel');
    await expect(stat(stale)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('outFileChecked', () => {
  it("suggests the command's own kind of file when --out is a folder", async () => {
    await expect(outFileChecked(dir, 'saker.csv')).rejects.toThrow(`for eksempel ${path.join(dir, 'saker.csv')}`);
  });
});
