import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_LIMIT_BYTES } from '#domain/inline-page-texts';
import { RECEIVED_DATE_METADATA, startRequestFor } from '#domain/intake/start-request';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { shutdownOcr } from '#engines/ocr/index';
import { generateCorpus } from '../../corpus/generate.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { s3Client } from '../../functions/commons/clients.ts';
import { runToResult } from '../../local/intake.ts';
import { startLocalStack, type LocalStack } from '../../local/stack.ts';
import { loadLocalStateMachine, type LocalStateMachine } from '../../local/state-machine.ts';
import { s3DocumentFiles } from '../../service/adapters/s3-document-files.ts';

/**
 * Page texts travel in the Express state from ExtractPage to Classify (domain/inline-page-texts.ts).
 * Through the real ASL on the local stack: every state's input and output stays under Step Functions'
 * 256 KiB for the files that weigh most (a 23-page batch with separators, a 40-page file, a 1,024-byte
 * object key with a long file name); no text travels past Classify; and a page that fails does not take
 * the texts of the pages read beside it with it.
 */
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
const separator = ['SKILLEARK', 'Legg dette arket mellom dokumentene.', encodeSheetCode({ kind: 'separator' })];
const filler = 'Jeg viser til vedtaket og ber om at saken vurderes på nytt fordi opplysningene i saken ikke var fullstendige da vedtaket ble fattet.';
// Pages of every weight around a page's share: some travel in the state, some go to the bucket.
const padded = (page: string[], i: number) => [...page, ...Array<string>((i % 4) * 6).fill(filler)];

/** States that come after Classify stored the texts: none of them may carry one. */
const afterClassify = new Set(['PageTextsStored', 'IsSplit', 'Parts', 'PartClassify', 'PartClassified', 'PartLink', 'PartNeedsReview', 'PartWaitForCase', 'PartReview', 'PartRegister', 'PartDeadlines', 'PartWriteLetters', 'PartRoute', 'PartRecordFailure', 'PartsDone', 'Link', 'NeedsReview', 'WaitForCase', 'Review', 'Register', 'Deadlines', 'WriteLetters', 'Route', 'RecordFailure']);

let dir: string;
let stack: LocalStack;
let machine: LocalStateMachine;
let failPage: number | null = null;
/** Per state name: the largest input or output seen in the current file's execution. */
let largest = new Map<string, number>();
let textsAfterClassify: string[] = [];
let inlineAtClassify = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'state-size-'));
  stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  machine = await loadLocalStateMachine({
    beforeTask: (state, input) => {
      if (state === 'ExtractPage' && (input as { pageIndex?: number }).pageIndex === failPage) throw new Error('the page could not be read');
    },
    stateExited: (state, input, output) => {
      if (state === 'Classify') inlineAtClassify = ((input as { pages?: { inline?: unknown }[] }).pages ?? []).filter((page) => page.inline).length;
      largest.set(state, Math.max(largest.get(state) ?? 0, bytes(input), bytes(output)));
      // A page's text is under `inline`; the classification's own fields are no page text.
      // PageTextsStored is where they are dropped: its output is checked, not its input.
      const carried = state === 'PageTextsStored' ? [output] : [input, output];
      if (afterClassify.has(state) && carried.some((value) => JSON.stringify(value ?? null).includes('"inline"'))) textsAfterClassify.push(state);
    },
  });
}, 60_000);

afterAll(async () => {
  await machine?.settled();
  await shutdownOcr();
  await stack?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Puts the file under `key` as the mailroom's upload would, and runs it. */
async function processAt(pdf: Uint8Array, key: string, fileName: string) {
  largest = new Map();
  textsAfterClassify = [];
  inlineAtClassify = 0;
  const metadata = { [RECEIVED_DATE_METADATA]: '2025-03-20', 'file-name': encodeURIComponent(fileName) };
  const put = await s3Client().send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: pdf, Metadata: metadata }));
  const { input } = startRequestFor({ bucket: stack.bucket, key, etag: put.ETag!, versionId: put.VersionId ?? null, eventTime: new Date().toISOString() }, metadata);
  const run = await runToResult(machine, { ...input, fileName }, fileName);
  await machine.settled();
  return run;
}

/** An S3 key of exactly 1,024 UTF-8 bytes (S3's limit), in folders the local S3 server can store. */
function longestKey(): string {
  let key = 'incoming/';
  while (Buffer.byteLength(key) + 201 < 1024) key += `${'mappe'.repeat(40)}/`;
  return key + 'x'.repeat(1024 - Buffer.byteLength(key) - 4) + '.pdf';
}

const letters = (count: number, seed: number) => generateCorpus({ seed, split: 'eval', count });

describe('the Express state through the real ASL', () => {
  it('keeps the texts of the pages read when a page of the file fails', async () => {
    failPage = 1;
    try {
      const pages = letters(3, 77).flatMap((doc) => doc.pages).slice(0, 3);
      const { result, path: states } = await processAt(await renderTextPdf(pages), `incoming/fail-${Date.now()}/brev.pdf`, 'brev.pdf');
      expect(result.status).toBe('review');
      expect(states).toContain('ReadFailed');
      // What /documents/{id}/text reads: the pages read beside the failed one, from the one PUT RecordFailure made.
      const files = s3DocumentFiles(stack.bucket);
      expect((await files.readPage(result.documentId, 0))?.text).toContain(pages[0]!.find((line) => line.trim().length > 8)!.trim());
      expect((await files.readPage(result.documentId, 2))?.text.length).toBeGreaterThan(0);
      expect(await files.readPage(result.documentId, 1)).toBeNull();
    } finally {
      failPage = null;
    }
  }, 120_000);

  const cases: [string, () => Promise<{ pdf: Buffer; key: string; fileName: string }>][] = [
    ['a 23-page batch of 12 letters with separator sheets', async () => ({ pdf: await renderTextPdf(letters(12, 4242).flatMap((doc, i) => [...(i ? [separator] : []), ...doc.pages]).map(padded)), key: `incoming/batch-${Date.now()}/skann.pdf`, fileName: 'skann.pdf' })],
    ['a 40-page file', async () => ({ pdf: await renderTextPdf(letters(30, 5151).flatMap((doc) => doc.pages).slice(0, 40).map(padded)), key: `incoming/long-${Date.now()}/skann.pdf`, fileName: 'skann.pdf' })],
    [
      'a 40-page batch with separators under a 1,024-byte key with a long file name',
      async () => ({ pdf: await renderTextPdf(letters(20, 6161).flatMap((doc, i) => [...(i ? [separator] : []), ...doc.pages]).slice(0, 40).map(padded)), key: longestKey(), fileName: `${'Klage på vedtaket fra Helfo, skannet på postmottaket i Oslo – '.repeat(4)}.pdf` }),
    ],
  ];
  it.each(cases)('%s: every state under the limit, no text past Classify', async (_name, make) => {
    const { pdf, key, fileName } = await make();
    const { results } = await processAt(pdf, key, fileName);
    expect(results.length).toBeGreaterThan(0);
    expect(textsAfterClassify).toEqual([]);
    const sizes = [...largest.entries()].sort((a, b) => b[1] - a[1]);
    // The figures the README's cost section quotes (largest input or output a state name had).
    console.log(`${_name}: ${sizes.map(([state, size]) => `${state} ${(size / 1024).toFixed(1)} KB`).join(', ')}`);
    expect(sizes[0]![1]).toBeLessThan(STATE_LIMIT_BYTES);
    // Texts did travel: the measure is of a state that carried them, not of references alone.
    expect(inlineAtClassify).toBeGreaterThan(0);
  }, 300_000);
});
