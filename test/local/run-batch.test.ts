import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { processResult } from '#domain/registry/result';
import { UsageError } from '#local/usage-error';
import { ApiProblem, badRequest } from '../../service/problems.ts';
import { runBatch, type BatchOptions } from '../../local/mailroom/commands.ts';
import type { InputFile } from '../../local/mailroom/inputs.ts';

/**
 * A person's mistake (a 4xx from the service) stops a pipelined batch: nothing starts after it, and
 * every file already handed in (registered) still gets its JSON line before the CLI exits 2. Mistakes
 * in the dates are found before any file is handed in. Interleaved by gates, never by timing.
 */
const files: InputFile[] = Array.from({ length: 6 }, (_, i) => ({ path: `/scans/brev-${i}.pdf`, display: `brev-${i}.pdf` }));
const options = (over: Partial<BatchOptions> = {}): BatchOptions => ({ receivedDate: '2025-03-20', postmarkDate: null, manifest: null, json: true, verbose: false, inFlight: 4, batch: 'tirsdag', ...over });
const routed = (file: InputFile): ProcessResult => processResult({ fileName: file.display, documentId: `doc-${file.display}`, status: 'routed', reason: null, queue: 'saksbehandling' });

let stdout: string[];
beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const printedFiles = () => stdout.map((line) => (JSON.parse(line) as ProcessResult).file);

describe('a batch a person’s mistake stops', () => {
  it('prints every file handed in before the mistake stopped it, starts none after, then throws the mistake', async () => {
    const opens: (() => void)[] = [];
    const gates = files.map(() => new Promise<void>((resolve) => opens.push(resolve)));
    const started: string[] = [];
    const handedIn: string[] = [];
    const run = runBatch(files, options(), async (file) => {
      started.push(file.display);
      // The fourth file is refused at once, while the first three are still running (handed in).
      if (file.display === 'brev-3.pdf') throw badRequest('The file is not a scan.', 'Filen er ikke skannet.');
      await gates[files.indexOf(file)];
      handedIn.push(file.display);
      return routed(file);
    });
    const failure = run.catch((error: unknown) => error);
    for (let tick = 0; tick < 5; tick += 1) await new Promise((resolve) => setImmediate(resolve));
    for (const i of [2, 0, 1, 4, 5]) opens[i]!();
    expect(await failure).toBeInstanceOf(ApiProblem);
    expect(started).toEqual(['brev-0.pdf', 'brev-1.pdf', 'brev-2.pdf', 'brev-3.pdf']);
    expect(handedIn.sort()).toEqual(['brev-0.pdf', 'brev-1.pdf', 'brev-2.pdf']);
    expect(printedFiles()).toEqual(['brev-0.pdf', 'brev-1.pdf', 'brev-2.pdf']);
  });

  it('refuses a manifest postmark after the received date before any file is handed in', async () => {
    const manifest = { source: 'manifest.csv', entries: new Map([[files[3]!.path, { postmarked: '2025-03-21', line: 2, named: 'brev-3.pdf' }]]) };
    const one = vi.fn(async (file: InputFile) => routed(file));
    await expect(runBatch(files, options({ manifest }), one)).rejects.toThrow(UsageError);
    await expect(runBatch(files, options({ manifest }), one)).rejects.toThrow(/brev-3\.pdf: poststempelet 21\.03\.2025 er etter mottaksdatoen 20\.03\.2025; ingenting ble levert inn/);
    expect(one).not.toHaveBeenCalled();
    expect(stdout).toEqual([]);
  });

  it('refuses a manifest line naming a file not in the batch, by its line and file, before any file is handed in', async () => {
    const stranger = '/scans/finnes-ikke.pdf';
    const manifest = {
      source: 'manifest.csv',
      entries: new Map([
        [files[1]!.path, { postmarked: '2025-03-18', line: 2, named: 'brev-1.pdf' }],
        [stranger, { postmarked: '2025-03-01', line: 3, named: 'finnes-ikke.pdf' }],
      ]),
    };
    const one = vi.fn(async (file: InputFile) => routed(file));
    await expect(runBatch(files, options({ manifest }), one)).rejects.toThrow(/manifest\.csv linje 3: filen «finnes-ikke\.pdf» er ikke blant filene/);
    expect(one).not.toHaveBeenCalled();
    expect(stdout).toEqual([]);
    // The same manifest with only the batch's files goes in.
    manifest.entries.delete(stranger);
    expect(await runBatch(files, options({ manifest }), one)).toBe(0);
    expect(one).toHaveBeenCalledTimes(files.length);
  });
});
