/**
 * Letter rendering: `npx tsx scripts/bench-letters.ts [--count 20]`. Composes and renders the
 * acknowledgement as PDF/A-1b through the product's renderer and prints the cold (first) and warm
 * (median of the rest) times and the size; with Debian's PDFBox installed, the Preflight time too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultLettersConfig } from '../config/letters.ts';
import type { LetterFacts } from '../domain/letters/compose.ts';
import { pdfLetterRenderer } from '../engines/pdf/letter-renderer.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-letters', { options: { count: { type: 'string', default: '20' } } });
const count = Math.max(2, Number(values.count));
const facts = (i: number): LetterFacts => ({
  kind: 'appeal_acknowledgement',
  language: i % 2 ? 'nn' : 'nb',
  caseNumber: `2025/${String(i + 1).padStart(5, '0')}`,
  letterDate: '2025-03-21',
  receivedDate: '2025-03-20',
  expectedDate: '2025-06-20',
  recipient: { name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] },
  appellantName: 'Kari Nordmann',
});

const config = defaultLettersConfig();
const times: number[] = [];
let bytes = 0;
let last: Uint8Array = new Uint8Array();
for (let i = 0; i < count; i++) {
  const started = performance.now();
  last = await pdfLetterRenderer.render(facts(i), config, 'Bekreftelse på mottatt klage');
  times.push(performance.now() - started);
  bytes += last.length;
}
const warm = times.slice(1).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)]!;
console.log(`letters rendered: ${count}; cold ${times[0]!.toFixed(0)} ms, warm median ${median.toFixed(0)} ms; mean size ${(bytes / count / 1024).toFixed(1)} KiB`);

const dir = mkdtempSync(path.join(tmpdir(), 'bench-letters-'));
try {
  const file = path.join(dir, 'letter.pdf');
  writeFileSync(file, last);
  execFileSync('bash', [new URL('./ensure-system-packages.sh', import.meta.url).pathname, 'preflight'], { stdio: 'inherit' });
  const classpath = ['preflight', 'pdfbox2', 'fontbox2', 'xmpbox', 'commons-logging', 'javax.activation', 'jaxb-api'].map((j) => `/usr/share/java/${j}.jar`).join(':');
  const started = performance.now();
  const run = spawnSync('java', ['-cp', classpath, 'org.apache.pdfbox.preflight.Validator_A1b', file], { encoding: 'utf8' });
  console.log(`PDFBox Preflight (PDF/A-1b): ${run.stdout.trim()} in ${(performance.now() - started).toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
