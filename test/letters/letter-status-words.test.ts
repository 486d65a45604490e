import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { LetterStatus } from '#schemas/letters';
import { eventSchemas } from '#schemas/events';
import { journalWords } from '#domain/journal/wording';
import { configuredNames, journalNames } from '#domain/wording/names-nb';
import { letterStanding, letterStatusNames } from '#domain/wording/letter-status';
import { letterLine, letterStatus } from '../../local/archivist-wording.ts';

/**
 * A letter's status in one wording (QA s11: «klar», «klar til utsending», «klart til utsending» and
 * «Klar» in four places): the command line and the journal say what the table says, and every status
 * the letter and LetterReady schemas know has words.
 */
const statuses = [...new Set([...LetterStatus.options, ...eventSchemas.LetterReady.shape.detail.shape.status.options])];

describe('the letter status words', () => {
  it.each(statuses)('%s has words in the one table', (status) => {
    expect((letterStatusNames as Record<string, string | undefined>)[status]?.trim()).toBeTruthy();
  });

  it.each(statuses)('the command line and the journal say %s in the same words', (status) => {
    const words = (letterStatusNames as Record<string, string>)[status]!;
    const names = journalNames(configuredNames(loadConfig()));
    const journal = journalWords({ event: 'LetterReady', actor: 'postmottak', details: { kind: 'acknowledgement', language: 'nb', status } }, names);
    expect(journal.detail?.split(', ')[0]).toBe(words);
    expect(letterStatus({ status: status as LetterStatus, heldReasonNb: 'mangler adresse', sentOn: '2025-03-24' }).startsWith(words)).toBe(true);
  });

  it('adds to the words what the status needs: why held, the day sent, who gave the address', () => {
    expect(letterStanding({ status: 'held', heldReasonNb: 'mangler adresse' })).toBe('holdt tilbake: mangler adresse');
    expect(letterStanding({ status: 'sent', sentOn: '2025-03-24' })).toBe('sendt 24.03.2025');
    expect(letterStanding({ status: 'ready', releasedBy: 'Anne Arkivar' })).toBe('klart til utsending (adresse rettet av Anne Arkivar)');
  });
});

const root = join(import.meta.dirname, '../..');
const sourceDirs = ['domain', 'stages', 'functions', 'service', 'local', 'web/src', 'config'];
const oneTable = 'domain/wording/letter-status.ts';
/** Plural forms for «Ingen klare brev …», which the table's neuter singular cannot give. */
const pluralWords = 'local/empty-listings.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

describe('no second table of letter status words (review s11: the outbox said «klart» in a table of its own)', () => {
  // Two status codes given words side by side, as a table (object literal) of them reads.
  const table = /\b(ready|held|sent|withdrawn)\s*:\s*['"`][^'"`]*['"`]\s*,\s*(ready|held|sent|withdrawn)\s*:\s*['"`]/;
  it('finds such a table where it was', () => {
    expect(table.test("const letterStatusNb = (status: string) => ({ ready: 'klart', held: 'holdt tilbake', sent: 'sendt' })[status];")).toBe(true);
  });

  it('has none outside domain/wording/letter-status.ts', () => {
    const second = sourceDirs.flatMap(sourceFiles).filter((file) => file !== oneTable && file !== pluralWords && table.test(readFileSync(join(root, file), 'utf8').replace(/\s+/g, ' ')));
    expect(second).toEqual([]);
  });
});

describe("the outbox's line", () => {
  it('gives the letter its date, the day `outbox print --date` picks the post by (QA s13 L5)', () => {
    const line = letterLine({
      letterId: 'ext.2025-00001', caseNumber: '2025/00001', letterDate: '2025-06-10', kind: 'extended_processing_time', language: 'nn',
      recipient: { role: 'appellant', name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] }, path: 'outbox/2025-00001/ext.2025-00001.pdf', status: 'ready',
    });
    expect(line).toContain('2025/00001  datert 10.06.2025  ');
  });
});
