import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult, SplitOutcome } from '#schemas/pipeline';
import { processResult } from '#domain/registry/result';
import { loadConfig } from '../../config/load.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';
import { batchReport } from '../../local/mailroom/batch-report.ts';
import { processFiles, runBatch, type BatchOptions } from '../../local/mailroom/commands.ts';
import type { InputFile } from '../../local/mailroom/inputs.ts';
import { writeServeInfo } from '../../local/serve-info.ts';

/**
 * What the clerk reads after a batch (QA s10): the summary's `del` column says which part of a split
 * file a row is (MEDIUM 6, it was always empty), the table names types and queues also under --json
 * (it showed codes through serve), and a re-run says that nothing new happened, per file and in the
 * totals, instead of «fordelt på 0,0 s» as if the batch were new (MEDIUM 7).
 */
const names = configuredNames(loadConfig());
const dental = names.areas.find((a) => a.code === 'dental')!.name;
const options = (over: Partial<BatchOptions> = {}): BatchOptions => ({ receivedDate: '2025-03-21', postmarkDate: null, manifest: null, json: false, verbose: false, inFlight: 2, batch: 'onsdag', ...over });

const line = (fileName: string, documentId: string, over: Partial<ProcessResult> = {}): ProcessResult => ({
  ...processResult({ fileName, documentId, status: 'routed', reason: null, queue: 'unassigned/dental', caseId: '2025-00004' }),
  documentType: 'appeal',
  area: 'dental',
  ...over,
});
const split = (fileName: string, duplicate: boolean): SplitOutcome => ({
  documentId: 'doc-bunke',
  status: 'split',
  queue: null,
  caseId: null,
  parts: [1, 2, 3].map((k) => line(fileName, `doc-bunke-${k}`, { part: k, parts: 3, pageRange: [k + 1, k + 1], ...(duplicate ? { duplicateOf: `doc-bunke-${k}` } : {}) })),
});

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const files: InputFile[] = [
  { path: '/skann/morgen-skann.pdf', display: 'morgen-skann.pdf' },
  { path: '/skann/klage.pdf', display: 'klage.pdf' },
];
const tableRows = (text: string, file: string) => text.split('\n').filter((row) => row.includes(file) && row.includes('│'));

describe('the summary of a batch', () => {
  it('fills the del column for each part of a split file', async () => {
    await runBatch(files, options(), async (file) => (file.display === 'morgen-skann.pdf' ? split('morgen-skann.pdf', false) : line('klage.pdf', 'doc-klage')), names);
    const rows = tableRows(stdout, 'morgen-skann.pdf');
    expect(rows).toHaveLength(3);
    expect(rows.map((row) => row.split('│')[2]!.trim())).toEqual(['1/3', '2/3', '3/3']);
    expect(tableRows(stdout, 'klage.pdf')[0]!.split('│')[2]!.trim()).toBe('');
    expect(stdout).toContain('4 dokumenter: 4 fordelt\n');
  });

  it('says per file and in the totals that a re-run registered nothing new', async () => {
    const earlierName = (file: InputFile) => (file.display === 'klage.pdf' ? 'klage-fra-mandag.pdf' : file.display);
    await runBatch(files, options(), async (file) => (file.display === 'morgen-skann.pdf' ? split('morgen-skann.pdf', true) : line(earlierName(file), 'doc-klage', { duplicateOf: 'doc-klage' })), names);
    const out = stdout.split('\n');
    expect(out[0]).toBe(`morgen-skann.pdf (del 1 av 3, side 2–2): allerede behandlet som morgen-skann.pdf, ingenting nytt: fordelt – Klage på vedtak, ${dental} → Ufordelte saker – ${dental} (sak 2025/00004)`);
    expect(out[3]).toMatch(/^klage\.pdf: allerede behandlet som klage-fra-mandag\.pdf, ingenting nytt: fordelt – /);
    expect(tableRows(stdout, 'klage.pdf')[0]).toContain('allerede behandlet (fordelt)');
    expect(stdout).toContain('4 dokumenter: 4 allerede behandlet; ingenting nytt ble registrert\n');
    expect(stdout).not.toMatch(/\d+ fordelt/);
    // Progress (standard error is no terminal here): no «fordelt på 0,0 s» for what was done before.
    expect(stderr).toContain('[2/2] klage.pdf: allerede behandlet som klage-fra-mandag.pdf, ingenting nytt\n');
    expect(stderr).not.toMatch(/på \d+,\d s/);
  });

  it('counts new and earlier documents apart in a batch that has both', async () => {
    await runBatch(files, options(), async (file) => (file.display === 'morgen-skann.pdf' ? split('morgen-skann.pdf', true) : line('klage.pdf', 'doc-klage')), names);
    expect(stdout).toContain('4 dokumenter: 1 fordelt, 3 allerede behandlet\n');
  });
});

describe('the summary through serve under --json', () => {
  let dir: string;
  let server: Server;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-summary-'));
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const json = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      request.resume();
      if (url.pathname === '/openapi.json') json({});
      else if (url.pathname === '/api/v1/taxonomy') json(names);
      else if (url.pathname === '/api/v1/intake') request.on('end', () => json({ ...line(url.searchParams.get('fileName')!, 'doc-klage', { documentType: 'medical_declaration' }), reasonNb: null }));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('names types and queues in the table on standard error, and keeps standard output JSON', async () => {
    const address = server.address() as { port: number };
    const dataDir = path.join(dir, 'state');
    await mkdir(dataDir);
    // A serve of this data dir as the CLI finds one: serve.json naming a live process and an address that answers.
    await writeServeInfo(dataDir, { url: `http://127.0.0.1:${address.port}`, pid: process.ppid, operatorToken: 'x'.repeat(32), startedAt: new Date().toISOString() });
    const scan = path.join(dir, 'brev.pdf');
    await writeFile(scan, '%PDF-1.4');
    expect(await processFiles(dataDir, [{ path: scan, display: 'brev.pdf' }], options({ json: true }), 'process')).toBe(0);
    expect(JSON.parse(stdout.trim())).toMatchObject({ file: 'brev.pdf', documentType: 'medical_declaration' });
    const [row] = tableRows(stderr, 'brev.pdf');
    expect(row).toContain(`Ufordelte saker – ${dental}`);
    expect(row).toContain('Legeerklæring');
    expect(row).not.toMatch(/medical_declaration|unassigned\/dental/);
  });

  it('counts files a re-run of upload --bucket found in the bucket apart, in the totals and on the progress line', () => {
    // QA s10 review: a re-run said «2 lastet opp» and «lastet opp på 0,1 s» though nothing was sent.
    let progress = '';
    const stream = {
      isTTY: false,
      write(chunk: string) {
        progress += chunk;
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    const report = batchReport(2, names, stream);
    report.done('ny.pdf', [{ file: 'ny.pdf', outcome: 'uploaded' }], 0.4);
    report.done('gammel.pdf', [{ file: 'gammel.pdf', outcome: 'uploaded', alreadyThere: true }], 0.1);
    const summary = report.finish();
    expect(progress.trim().split('\n')).toEqual(['[1/2] ny.pdf: lastet opp på 0,4 s', '[2/2] gammel.pdf: lå der fra før, ingenting lastet opp']);
    expect(summary.split('\n').at(-1)).toBe('2 dokumenter: 1 lastet opp, 1 lå der fra før');
    expect(tableRows(summary, 'gammel.pdf')[0]!.split('│')[3]!.trim()).toBe('lå der fra før');

    const again = batchReport(1, names, stream);
    again.done('ny.pdf', [{ file: 'ny.pdf', outcome: 'uploaded', alreadyThere: true }], 0.1);
    expect(again.finish().split('\n').at(-1)).toBe('1 dokument: 1 lå der fra før; ingenting nytt ble lastet opp');
  });
});
