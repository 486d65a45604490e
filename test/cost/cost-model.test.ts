import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * scripts/cost.ts's arithmetic for what session 6 changed (issue 15 item 7): the start records that
 * replace the Standard guard, page images made on opening, X-Ray sampling and the Express log level.
 * Each is checked by running the script with one input moved and comparing the lines it prints with
 * the list prices and quantities worked out here, per 1,000 pages at 2.5 pages a document.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

function run(...args: string[]): Map<string, number> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cost.ts', ...args], { cwd: root, encoding: 'utf8' });
  const lines = new Map<string, number>();
  for (const match of out.matchAll(/^ {2}(\S.*?)\s+\$(\d+\.\d{4})\s+\$\d+\.\d{4}/gm)) lines.set(match[1]!, Number(match[2]));
  return lines;
}
const line = (lines: Map<string, number>, name: string) => {
  const value = lines.get(name);
  if (value === undefined) throw new Error(`npm run cost prints no line ${name}: ${[...lines.keys()].join(', ')}`);
  return value;
};
const pages = 2.5;
const perThousandPages = (usdPerDocument: number) => (usdPerDocument / pages) * 1000;
// Printed to four decimals: two printed figures differ from the exact difference by at most 0.0001.
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.0001);

describe('npm run cost, session 6 inputs', () => {
  const base = run('--pages-per-document', String(pages));

  it('has no Standard guard line; a new upload costs its start record writes at the on-demand write price', () => {
    expect([...base.keys()].some((name) => /Standard/.test(name))).toBe(false);
    const four = run('--start-record-writes', '4');
    close(line(base, 'DynamoDB: start records (start-intake)'), perThousandPages(2 * 0.625e-6));
    close(line(four, 'DynamoDB: start records (start-intake)'), perThousandPages(4 * 0.625e-6));
  });

  it('page images: every page\'s PUT, GET of the original, storage and making, against none at all', () => {
    const every = run('--page-image-share', '1');
    const none = run('--page-image-share', '0');
    // A PUT of the image and a GET of the original per scanned page.
    close(line(every, 'S3: PUT + GET requests') - line(none, 'S3: PUT + GET requests'), perThousandPages(pages * (0.005 / 1000 + 0.0004 / 1000)));
    // 377 KB a page for the first month.
    close(line(every, 'S3: storage, first month') - line(none, 'S3: storage, first month'), perThousandPages((pages * 377 * 0.023) / 1024 / 1024));
    expect(line(none, 'Lambda: page images made on opening (api)')).toBe(0);
    expect(line(every, 'Lambda: page images made on opening (api)')).toBeGreaterThan(line(base, 'Lambda: page images made on opening (api)'));
  });

  it('X-Ray: new intakes at the sampled rate, a decision\'s execution always', () => {
    const all = run('--trace-sample-rate', '1');
    const none = run('--trace-sample-rate', '0');
    close(line(all, 'X-Ray traces'), perThousandPages((1 + 0.15) * 5e-6));
    close(line(none, 'X-Ray traces'), perThousandPages(0.15 * 5e-6));
  });

  it('the Express machine\'s log: every state at level ALL, none of a run without failures at ERROR', () => {
    const all = run('--logged-state-share', '1');
    const errors = run('--logged-state-share', '0');
    // The states walked in intake.asl.json (17.1 a document at 2.5 pages, as the script prints: the
    // unread-page check and PageTextsStored added 4 to a routed file's walk), 0.5 KB each, $0.50 per GB.
    close(line(all, 'CloudWatch Logs ingestion') - line(errors, 'CloudWatch Logs ingestion'), perThousandPages((17.1 * 0.5 * 0.5) / 1024 / 1024));
  });

  it('the stages watchdog: a send, a tenth of a batched receive, delete and invocation, a GET and the document\'s read per upload, a fraction of the guard', () => {
    const watchdog = 'Stages watchdog (watch-stages), all of it';
    // Its requests alone (no compute, log, trace or read): SQS 1 + 2/10, a tenth of a Lambda request, one S3 GET.
    const requests = run('--watch-seconds', '0', '--cold-start-share', '0', '--log-kilobytes-per-invocation', '0', '--trace-sample-rate', '0', '--watch-read-units', '0');
    close(line(requests, watchdog), perThousandPages(1.2 * 0.4e-6 + 0.1 * 0.2e-6 + 0.0004e-3));
    // Each read unit at the on-demand read price.
    close(line(run('--watch-read-units', '10'), watchdog) - line(run('--watch-read-units', '2'), watchdog), perThousandPages(8 * 0.125e-6));
    // The guard cost 1.15 Standard transitions a document at $0.025 per 1,000.
    expect(line(base, watchdog)).toBeLessThan(perThousandPages(1.15 * 0.025e-3) / 5);
  });
});

describe('npm run cost, session 7: page texts in the Express state', () => {
  const base = run('--pages-per-document', String(pages));
  const put = 0.005 / 1000;
  const get = 0.0004 / 1000;

  it('a page over its share of the state costs its own PUT and its GET in Classify, where one PUT stores the pages that fitted', () => {
    // 100 KB is over the 73 KB share a page of a 3-page file has (domain/inline-page-texts.ts); 40 KB is within it.
    const tooLarge = run('--artefact-kilobytes-per-page', '100');
    const fits = run('--artefact-kilobytes-per-page', '40');
    close(line(tooLarge, 'S3: PUT + GET requests') - line(fits, 'S3: PUT + GET requests'), perThousandPages((pages - 1) * put + pages * get));
  });

  it("a batch scan's long file leaves no room in the state for 40 KB pages: every page is stored on its own key", () => {
    const batch = ['--documents-per-file', '10', '--sheet-pages-per-document', '1'];
    const dense = run(...batch);
    const none = run(...batch, '--artefact-kilobytes-per-page', '0');
    // 0 KB pages all travel in the state: the difference is every text page's PUT and its two GETs (the
    // file's Classify and the part's), against the one GET of the file's artefact by the part's Classify.
    const scannedPages = pages + 1;
    close(line(dense, 'S3: PUT + GET requests') - line(none, 'S3: PUT + GET requests'), ((pages * put + (2 * pages - 1) * get) / scannedPages) * 1000);
  });

  it('stores page texts gzip-encoded: their storage at the measured share of the JSON', () => {
    const asJson = run('--artefact-stored-share', '1');
    close(line(asJson, 'S3: storage, first month') - line(base, 'S3: storage, first month'), perThousandPages((pages * 40 * (1 - 0.27) * 0.023) / 1024 / 1024));
  });

  it("counts an acknowledgement letter's PUT and storage for the share of documents that open a case", () => {
    const none = run('--letters-per-document', '0');
    close(line(base, 'S3: PUT + GET requests') - line(none, 'S3: PUT + GET requests'), perThousandPages(0.35 * put));
    close(line(base, 'S3: storage, first month') - line(none, 'S3: storage, first month'), perThousandPages((0.35 * 26 * 0.023) / 1024 / 1024));
  });
});

describe('npm run cost, DynamoDB at the whole pipeline\'s units (scripts/measure-table-units.ts)', () => {
  // Round figures so the expected lines are worked out here, not read back from the script's defaults.
  const inputs = ['--dynamo-writes-per-document', '20', '--dynamo-reads-per-document', '4', '--event-feed-writes-per-document', '10', '--review-path-writes', '30', '--review-path-feed-writes', '12', '--review-path-reads', '8', '--inspect-writes', '2', '--inspect-feed-writes', '3'];
  const write = 0.625e-6;
  const read = 0.125e-6;

  it('a reviewed document\'s path replaces a routed one\'s, the event feed on its own line', () => {
    const none = run(...inputs, '--review-share', '0');
    const half = run(...inputs, '--review-share', '0.5');
    close(line(none, "DynamoDB on-demand: the stages' items"), perThousandPages(20 * write + 4 * read));
    close(line(none, 'DynamoDB on-demand: the event feed'), perThousandPages(10 * write));
    close(line(half, "DynamoDB on-demand: the stages' items"), perThousandPages(25 * write + 6 * read));
    close(line(half, 'DynamoDB on-demand: the event feed'), perThousandPages(11 * write));
  });

  it('a batch file\'s parts share its Inspect: the content claim, batch roll and DocumentReceived once a file', () => {
    const batch = run(...inputs, '--review-share', '0', '--documents-per-file', '4');
    close(line(batch, "DynamoDB on-demand: the stages' items"), perThousandPages((20 - 0.75 * 2) * write + 4 * read));
    close(line(batch, 'DynamoDB on-demand: the event feed'), perThousandPages((10 - 0.75 * 3) * write));
  });
});

describe('npm run cost, KMS: the national-id vault a document, the services\' period keys a file (scripts/count-letter-requests.ts)', () => {
  const inputs = ['--kms-vault-requests-routed', '2', '--kms-vault-requests-reviewed', '6', '--kms-period-requests-per-file', '4'];
  const request = 0.03 / 10000;

  it('a reviewed document makes its own vault requests; the period keys are shared by a batch file\'s parts', () => {
    const routed = run(...inputs, '--review-share', '0');
    const half = run(...inputs, '--review-share', '0.5');
    const batch = run(...inputs, '--review-share', '0', '--documents-per-file', '4');
    close(line(routed, 'KMS requests'), perThousandPages((2 + 4) * request));
    close(line(half, 'KMS requests'), perThousandPages((4 + 4) * request));
    close(line(batch, 'KMS requests'), perThousandPages((2 + 1) * request));
  });
});

describe('npm run cost, requests only AWS makes (session 10 review)', () => {
  const put = 0.005 / 1000;
  const get = 0.0004 / 1000;
  const aws = 'S3: AWS-only requests, not counted locally';

  it("the mailroom's LIST a file at the PUT price, and a page image's further GETs on its first opening", () => {
    const lists = run('--mailroom-lists-per-file', '10', '--page-image-share', '0');
    close(line(lists, aws), perThousandPages(10 * put));
    const images = run('--mailroom-lists-per-file', '0', '--page-image-share', '1', '--page-image-gets', '11');
    close(line(images, aws), perThousandPages(pages * 10 * get));
  });

  it('a file above the part size goes in parts: a PUT a part and two more, shared by the file\'s documents', () => {
    // 4 documents of 2.5 pages at 10 MB a page: a 100 MB file, 13 parts of 8 MB, so 14 PUT-class requests more than one PUT.
    const batch = run('--mailroom-lists-per-file', '0', '--page-image-share', '0', '--documents-per-file', '4', '--original-kilobytes-per-page', '10240');
    close(line(batch, aws), perThousandPages((14 / 4) * put));
  });

  it('the daily reconcile: a GET of the original and the document\'s read units on each run that checks an upload', () => {
    const reconcile = run('--reconcile-checks-per-file', '10', '--reconcile-read-units', '20');
    close(line(reconcile, 'Daily reconcile (S3 GET + DynamoDB reads)'), perThousandPages(10 * (get + 20 * 0.125e-6)));
  });
});

describe('npm run cost, the second look at skewed pages (session 22)', () => {
  // 1,769 MB extract-page at the Arm price, x 1.25 for a Graviton vCPU, 2.5 OCR'd pages a document.
  const ocrUsdPerSecondOfPage = (1769 / 1024) * 0.0000133334 * 1.25 * pages;
  const off = ['--second-look-gate-seconds', '0', '--second-look-fire-share', '0', '--second-look-log-bytes', '0', '--second-look-fired-log-bytes', '0'];

  it('a page that fires pays its re-read on the OCR line, at the share that fires; the gate on every OCR\'d page', () => {
    const none = run(...off);
    const fired = run('--second-look-gate-seconds', '0', '--second-look-fire-share', '0.5', '--second-look-seconds', '2', '--second-look-log-bytes', '0', '--second-look-fired-log-bytes', '0');
    close(line(fired, 'Lambda: OCR (extract-page), GB-s') - line(none, 'Lambda: OCR (extract-page), GB-s'), perThousandPages(0.5 * 2 * ocrUsdPerSecondOfPage));
    const gate = run('--second-look-gate-seconds', '1', '--second-look-fire-share', '0', '--second-look-log-bytes', '0', '--second-look-fired-log-bytes', '0');
    close(line(gate, 'Lambda: OCR (extract-page), GB-s') - line(none, 'Lambda: OCR (extract-page), GB-s'), perThousandPages(ocrUsdPerSecondOfPage));
  });

  it('the default costs more than the same model without it, and blank pages pay no gate', () => {
    const base = run();
    expect(line(base, 'TOTAL, all services')).toBeGreaterThan(line(run(...off), 'TOTAL, all services'));
    const blank = run('--blank-page-share', '1', '--second-look-gate-seconds', '5');
    close(line(blank, 'Lambda: OCR (extract-page), GB-s'), line(run('--blank-page-share', '1'), 'Lambda: OCR (extract-page), GB-s'));
  });
});
