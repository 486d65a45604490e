/**
 * A morning's batch through `postmottak upload` on this machine: held-out corpus letters rendered as
 * scans (corpus/scan.ts: TIFF, PNG, JPEG, scanned PDF, degraded), uploaded as one folder into a fresh
 * data directory, end to end (inspection, OCR, sheet-code reading, classification, registration,
 * deadlines, routing). Prints pages per minute. A script, not a test: the figure depends on the
 * machine and on what else it runs.
 *
 *   npx tsx scripts/bench-batch.ts [--pages 150]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../corpus/generate.ts';
import { effectiveFormat, planScan, renderScan } from '../corpus/scan.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-batch', { options: { pages: { type: 'string', default: '150' } } });
const wanted = Number(values.pages);
const root = fileURLToPath(new URL('../', import.meta.url));
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-batch-'));
try {
  const inbox = path.join(dir, 'inbox');
  await mkdir(inbox);
  let pages = 0;
  let index = 0;
  for (const doc of generateCorpus({ seed: 4242, split: 'eval', count: wanted * 2 })) {
    if (pages >= wanted) break;
    const plan = planScan(doc);
    const format = effectiveFormat(doc, plan);
    await writeFile(path.join(inbox, `scan-${String(index++).padStart(4, '0')}.${format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : format}`), await renderScan(doc, { ...plan, format }));
    pages += doc.pages.length;
  }
  const started = performance.now();
  execFileSync(process.execPath, [path.join(root, 'bin/postmottak.js'), 'upload', '--json', '--received', '2025-03-20', '--data-dir', path.join(dir, 'state'), inbox], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const minutes = (performance.now() - started) / 60_000;
  console.log(`${index} files, ${pages} pages in ${(minutes * 60).toFixed(0)} s: ${(pages / minutes).toFixed(1)} pages a minute end to end`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
