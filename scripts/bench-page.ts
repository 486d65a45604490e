/**
 * npm run bench:page [-- --review 1000 --runs 20 --screenshot docs/review-page.png]
 *
 * The archivists' page as a person meets it, measured in Debian's Chromium (playwright-core, headless,
 * 1366×768) against `serve`'s app over the embedded stack, with N documents waiting in review (seeded
 * through the store's own writes, each with its page text) plus one real scan read by OCR through the
 * pipeline. Prints the median and the 95th percentile, over R runs, of:
 *   - the review list: from asking for #/review until its rows are on screen;
 *   - opening an item: from asking for #/review/{id} until the suggestion, the text and the page
 *     image (decoded) are on screen.
 *   - the document view of the scan (#/documents/{id}): until its page image (decoded) and text are on screen.
 * Each figure is the whole path: the API calls, the JSON, the DOM. Target: under 100 ms.
 * With --screenshot, writes a picture of the real scan's review view.
 */
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import type { Classification } from '../schemas/pipeline.ts';
import { openLocalRuntime } from '../local/service-runtime.ts';
import { webDir } from '../local/serve.ts';
import { buildApp } from '../service/app.ts';
import { buildWebBundle } from '../service/web-bundle.ts';
import { ensureStarterTokens, localTokenAuthenticator } from '../service/auth/local-tokens.ts';
import { recordReview } from '../functions/commons/store/documents.ts';
import { s3Client } from '../functions/commons/clients.ts';
import { pageTextKey } from '../domain/page-keys.ts';
import { addDays } from '../domain/calendar.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-page', { options: { review: { type: 'string', default: '1000' }, runs: { type: 'string', default: '20' }, screenshot: { type: 'string' } } });
const totalReview = Number(values.review);
const runs = Number(values.runs);

/** A letter as an A4 page image at 300 dpi, the way the mailroom's scanner delivers it. */
async function scan(lines: string[]): Promise<Buffer> {
  const width = 2480;
  const height = 3508;
  const text = lines.map((line, i) => `<text x="260" y="${330 + i * 62}" xml:space="preserve">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/><g font-family="DejaVu Sans" font-size="46" fill="#111">${text}</g></svg>`;
  return sharp(Buffer.from(svg)).toColourspace('b-w').withDensity(300).png().toBuffer();
}

const letter = [
  'Tannlegesenteret Bryn', 'Brynsveien 12, 0667 Oslo', '', 'Til Nasjonalt klageorgan for helsetjenesten', '',
  'Deres ref.: 24/113188                              Dato: 11.03.2025', '',
  'LEGEERKLÆRING – TANNBEHANDLING', '',
  'Pasient: Nils Berg, fødselsnummer 09856612345', '',
  'Diagnose: K05.3 Kronisk periodontitt.',
  'Pasienten trenger omfattende tannbehandling etter folketrygdloven § 5-6.',
  'Funksjonsevnen er nedsatt, og behandlingen kan ikke utsettes.', '',
  'Med vennlig hilsen', 'Eva Holm, lege',
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-page-'));
const runtime = await openLocalRuntime({ dataDir: path.join(dir, 'state'), command: 'bench:page' });
const browserProfile = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-chromium-'));
try {
  const { db } = runtime.context;
  const real = await runtime.context.pipeline.intake!({ bytes: await scan(letter), fileName: 'skannet-legeerklaering.png', receivedDate: '2025-03-21', postmarkDate: null });
  process.stderr.write(`the real scan went to ${real.status}\n`);

  const classification: Classification = {
    documentType: 'correspondence', area: 'medical', language: 'nb', keywords: [], confidence: 0.6, typeConfidence: 0.6,
    fields: { nationalIds: [], caseReferences: ['24/113188'], decisionDate: null, decisionReceivedDate: null },
    reviewReason: null, textSource: 'text_layer', pages: 1, explanation: [{ feature: 'type:ettersendelse', weight: 1.2 }, { feature: 'area:legehjelp', weight: 0.8 }], modelVersion: 'bench',
  };
  const words = 'Vi ettersender dokumenter i saken om legehjelp etter folketrygdloven kapittel 5'.split(' ');
  const pageText = (pageIndex: number) => ({
    pageIndex, source: 'text_layer', text: `${words.join(' ')}\n`.repeat(30), confidence: 1, width: 595, height: 842,
    words: Array.from({ length: 30 }, (_, line) => words.map((text, i) => ({ text, confidence: 1, bbox: { x0: 60 + i * 40, y0: 80 + line * 22, x1: 95 + i * 40, y1: 94 + line * 22 } }))).flat(),
  });
  for (let i = 0; i < totalReview; i += 1) {
    const documentId = `doc-bench-review-${String(i).padStart(5, '0')}`;
    const receivedDate = addDays('2025-01-01', i % 300);
    const intake = { bucket: runtime.stack.bucket, key: `incoming/${i}/scan.pdf`, etag: `e${i}`, versionId: null, receivedDate, postmarkDate: null };
    await recordReview(db, {
      result: { file: `skann-${i}.pdf`, documentId, status: 'review', reason: 'The machine is not sure what this document is.', documentType: 'correspondence', confidence: 0.6, area: 'medical', language: 'nb', pages: 1, textSource: 'text_layer', fields: classification.fields, caseId: null, keywords: [], deadlines: [], closedDeadlines: [], queue: 'review' },
      receivedDate,
      resume: { intake, fileName: `skann-${i}.pdf`, pages: [], classification },
      queuedAt: `${receivedDate}T09:00:00Z`,
      overwrite: [],
    });
    if (i < runs) await s3Client().send(new PutObjectCommand({ Bucket: runtime.stack.bucket, Key: pageTextKey(documentId, 0), Body: JSON.stringify(pageText(0)), ContentType: 'application/json' }));
  }
  process.stderr.write(`seeded ${totalReview} documents in review\n`);

  const tokens = await ensureStarterTokens(runtime.stack.dataDir);
  await buildWebBundle(webDir);
  const app = await buildApp({ context: runtime.context, authenticator: localTokenAuthenticator(runtime.stack.dataDir), webDir });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const context = await chromium.launchPersistentContext(browserProfile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByLabel('Tilgangsnøkkel').fill(tokens.archivist);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Til kontroll' }).waitFor();

  // The page's own globals (location, document) are named in strings: this script is type-checked without the DOM library.
  const go = (hash: string) => page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  /** Milliseconds from setting the hash until `ready` holds, checked every animation frame in the page. */
  const timeTo = (hash: string, ready: string): Promise<number> =>
    page.evaluate(`new Promise((resolve) => {
      const start = performance.now();
      location.hash = ${JSON.stringify(hash)};
      const tick = () => ((${ready})() ? resolve(performance.now() - start) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    })`);

  const listMs: number[] = [];
  const itemMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await go('#/queues');
    await page.getByRole('heading', { name: /Ufordelte saker/ }).waitFor();
    listMs.push(await timeTo('#/review', `() => document.querySelectorAll('table.list tbody tr').length >= 200`));
    const id = `doc-bench-review-${String(run).padStart(5, '0')}`;
    itemMs.push(await timeTo(`#/review/${id}`, `() => document.getElementById('view-title')?.textContent === 'Til kontroll: skann-${run}.pdf' && !!document.querySelector('.recognised pre') && !!document.querySelector('.suggestion')`));
  }
  const realMs: number[] = [];
  for (let run = 0; run < Math.min(runs, 10); run += 1) {
    await go('#/queues');
    await page.getByRole('heading', { name: /Ufordelte saker/ }).waitFor();
    realMs.push(await timeTo(`#/review/${real.documentId}`, `() => { const img = document.querySelector('.sheet img'); return !!img && img.complete && img.naturalWidth > 0 && !!document.querySelector('.suggestion'); }`));
  }
  // The document view (#/documents/{id}) of the same scan: its facts, the correction forms, the page image beside the text.
  const documentMs: number[] = [];
  for (let run = 0; run < Math.min(runs, 10); run += 1) {
    await go('#/queues');
    await page.getByRole('heading', { name: /Ufordelte saker/ }).waitFor();
    documentMs.push(await timeTo(`#/documents/${real.documentId}`, `() => { const img = document.getElementById('pages-title') && document.querySelector('.sheet img'); return !!img && img.complete && img.naturalWidth > 0 && !!document.querySelector('.recognised pre'); }`));
  }
  const line = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `| ${name} | ${values.length} | ${quantile(sorted, 0.5).toFixed(0)} | ${quantile(sorted, 0.95).toFixed(0)} |\n`;
  };
  process.stdout.write(`${totalReview} documents in review; Chromium ${context.browser()?.version() ?? ''} at 1366×768\n\n| view | runs | median ms | p95 ms |\n|---|---|---|---|\n`);
  process.stdout.write(line('review list (200 rows)', listMs));
  process.stdout.write(line('open an item (text layer)', itemMs));
  process.stdout.write(line('open an item (OCR scan, page image decoded)', realMs));
  process.stdout.write(line('open the document view (OCR scan, page image decoded)', documentMs));
  process.stdout.write(`\nload average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);

  if (values.screenshot) {
    await go(`#/review/${real.documentId}`);
    await page.getByRole('img', { name: /Side 1/ }).waitFor();
    await page.waitForFunction(`(() => { const img = document.querySelector('.sheet img'); return !!img && img.complete; })()`);
    await mkdir(path.dirname(values.screenshot), { recursive: true });
    await page.screenshot({ path: values.screenshot });
    process.stderr.write(`wrote ${values.screenshot}\n`);
  }
  await context.close();
  await app.close();
} finally {
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
  await rm(browserProfile, { recursive: true, force: true });
}
