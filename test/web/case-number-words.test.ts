import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { notACaseNumber } from '../../web/src/case-number-words.ts';

/**
 * A case number typed wrong is said in one sentence wherever the page takes one (the header's «Åpne
 * sak», the mailroom's sheets, the access log's filter): written once, so the three cannot drift apart.
 */
describe('the sentence for a case number typed wrong', () => {
  it('names what was typed, without the spaces around it, and how to write it', () => {
    expect(notACaseNumber(' 25/1 ')).toBe('«25/1» er ikke et saksnummer. Skriv det som 2025/00001.');
  });

  it('is written in one place of the page', async () => {
    const folder = path.join(import.meta.dirname, '../../web/src');
    const files = (await readdir(folder)).filter((name) => name.endsWith('.ts'));
    const writing = [];
    for (const name of files) if ((await readFile(path.join(folder, name), 'utf8')).includes('er ikke et saksnummer')) writing.push(name);
    expect(writing).toEqual(['case-number-words.ts']);
  });
});
