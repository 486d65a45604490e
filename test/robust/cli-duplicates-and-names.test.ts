import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Client } from '#commons/clients';
import { startLocalStack } from '#local/stack';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf, zipArchive } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * Issue 14's reproducible bugs on the CLI's front door: long file names, a file named reason.json,
 * and identity by content (SPEC.md "Duplicates and re-runs").
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

async function postmottak(args: string[]): Promise<{ results: ProcessResult[]; stdout: string }> {
  const { stdout } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const lines = stdout.split('\n').filter((line) => line.length > 0);
  return { results: lines.map((line) => ProcessResult.parse(JSON.parse(line))), stdout };
}

const person = idFor(4, 5, 88);
const appeal = (subject: string) => [
  'Per Hansen', 'Storgata 1, 0155 Oslo', '', 'Oslo, 18.03.2025', '',
  `KLAGE PÅ VEDTAK OM ${subject}`, '',
  `Fødselsnummer: ${person}`, '',
  'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '',
  'Med hilsen', 'Per Hansen',
];
/** A name of exactly `bytes` bytes of UTF-8 (æ is two), ending in .pdf. */
const nameOf = (bytes: number) => {
  const stem = 'Klage-fra-Per-Hansen-på-vedtak-om-tannbehandling-skannet-i-postmottaket-';
  let name = '';
  while (Buffer.byteLength(name + 'x.pdf') <= bytes) name += stem[name.length % stem.length];
  name = name.slice(0, -1);
  while (Buffer.byteLength(name + '.pdf') < bytes) name += 'x';
  return name + '.pdf';
};

describe('long names, reason.json and duplicates through postmottak process', () => {
  let dir: string;
  let dataDir: string;
  const file = (name: string) => path.join(dir, name);
  const deadlines = async () => (await run(process.execPath, [path.join(root, 'bin/postmottak.js'), 'deadlines', '--due-before', '2099-12-31', '--json', '--data-dir', dataDir], { cwd: root })).stdout;
  let first: ProcessResult;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-robust-'));
    dataDir = path.join(dir, 'state');
    await writeFile(file('appeal.pdf'), await renderTextPdf([appeal('TANNBEHANDLING')]));
    for (const bytes of [236, 240, 241, 255]) await writeFile(file(nameOf(bytes)), await renderTextPdf([appeal(`STØNAD ${bytes}`)]));
    await writeFile(file('reason.json'), zipArchive());
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every file its line, whatever the length of its name, and keeps a quarantined reason.json', async () => {
    const names = ['appeal.pdf', nameOf(236), nameOf(240), nameOf(241), nameOf(255), 'reason.json'];
    expect(names.map((n) => Buffer.byteLength(n))).toEqual([10, 236, 240, 241, 255, 11]);
    const { results } = await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, ...names.map(file)]);
    expect(results.map((r) => r.file)).toEqual(names.map(file));
    expect(results.slice(0, 5).every((r) => r.status !== 'rejected' && !r.reason?.startsWith('Technical failure'))).toBe(true);
    first = results[0]!;
    const rejected = results[5]!;
    expect(rejected).toMatchObject({ status: 'rejected', queue: 'quarantine' });

    const stack = await startLocalStack({ dataDir });
    try {
      const listed = await s3Client().send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: `quarantine/${rejected.documentId}/` }));
      const keys = (listed.Contents ?? []).map((o) => o.Key).sort();
      expect(keys).toEqual([`quarantine/${rejected.documentId}/original/reason.json`, `quarantine/${rejected.documentId}/reason.json`]);
    } finally {
      await stack.stop();
    }
  });

  it('recognises the same bytes under another name and with another received date, and changes nothing', async () => {
    const before = await deadlines();
    expect(before).toContain(first.caseId!);
    await copyFile(file('appeal.pdf'), file('appeal-copy.pdf'));
    const { results } = await postmottak(['process', '--json', '--received', '2025-03-27', '--data-dir', dataDir, file('appeal.pdf'), file('appeal-copy.pdf')]);
    for (const again of results) {
      expect(again).toMatchObject({ documentId: first.documentId, duplicateOf: first.documentId, status: first.status, queue: first.queue, caseId: first.caseId });
    }
    expect(await deadlines()).toBe(before);
  });

  it('takes a rescan (other bytes, same text) as a new document', async () => {
    await writeFile(file('appeal-rescan.pdf'), await renderTextPdf([appeal('TANNBEHANDLING')], { fontSize: 12 }));
    const { results } = await postmottak(['process', '--json', '--received', '2025-03-27', '--data-dir', dataDir, file('appeal-rescan.pdf')]);
    expect(results[0]?.documentId).not.toBe(first.documentId);
    expect(results[0]?.duplicateOf).toBeUndefined();
  });
});
