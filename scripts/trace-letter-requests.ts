/**
 * npx tsx scripts/trace-letter-requests.ts [-- --count N] [--scans] [--orphans]
 *
 * Every DynamoDB and S3 request a letter makes, by the state that made it. N letters (an even number,
 * at least 4; 6 unless told) go through the embedded stack one at a time:
 * - by default generated text PDFs in pairs, an appeal and then the same person's declaration, which
 *   joins the appeal's case (as bench:pipeline's letters);
 * - `--scans`: bench:pipeline's one-page G4 TIFF medical declarations, each after an untraced appeal by
 *   the same person, so it joins that case as the bench's scans do;
 * - `--orphans`: declarations only (text, or scans with `--scans`), with no appeal before them: no case
 *   to join, so each goes to review.
 * The last two letters' requests are listed in order, each under its own heading, and the average count
 * a letter (the first two, which warm the stack, left out) printed by state and command.
 * A tool for finding repeated reads; figures only, no assertions.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appealOf, declarationOf, personOf } from '../corpus/robustness-mail.ts';
import { renderPageImage, toTiffG4 } from '../corpus/render.ts';
import { startLocalStack } from '../local/stack.ts';
import { loadLocalStateMachine } from '../local/state-machine.ts';
import { uploadScanBytes } from '../local/intake.ts';
import { shutdownOcr } from '../engines/ocr/index.ts';
import { documentClient, s3Client } from '../functions/commons/clients.ts';

const usage = 'usage: trace-letter-requests [--count N] [--scans] [--orphans]';
function refuse(line: string): never {
  console.error(line);
  process.exit(2);
}
let values: { count: string; scans: boolean; orphans: boolean };
try {
  ({ values } = parseArgs({ options: { count: { type: 'string', default: '6' }, scans: { type: 'boolean', default: false }, orphans: { type: 'boolean', default: false } } }));
} catch (error) {
  refuse(`${(error as Error).message} (${usage})`);
}
// Whole pairs, and two to warm the stack before the letters averaged.
const count = /^\d+$/.test(values.count) ? Number(values.count) : Number.NaN;
if (!(count >= 4 && count % 2 === 0)) refuse(`--count takes an even whole number of at least 4 (letters go in pairs, the first two unmeasured); got "${values.count}"`);
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-trace-'));
const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
let current = 'upload';
let tracing = true;
let lines: string[] = [];
const counts = new Map<string, number>();
const describe = (input: Record<string, unknown>): string => {
  const key = input.Key ?? input.Item ?? input.RequestItems ?? input.KeyConditionExpression ?? input.TransactItems;
  const text = JSON.stringify(key ?? {});
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
};
for (const client of [documentClient(), s3Client()] as const) {
  (client.middlewareStack as { add: (m: unknown, o: unknown) => void }).add(
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      if (!tracing) return next(args);
      const name = `${current} ${context.commandName}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      lines.push(`${name} ${describe(args.input)}`);
      return next(args);
    },
    { step: 'initialize', name: 'traceRequests' },
  );
}
/** bench:pipeline's scan: a one-page medical declaration, G4 TIFF at 200 dpi. */
async function scanOf(i: number): Promise<Buffer> {
  const p = personOf(i);
  const text = ['Kongsberg legesenter', '', 'LEGEERKLÆRING', '', `Pasient: ${p.name}, fødselsnummer ${p.nationalId}`, '', 'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten har vært til behandling siden 2023.', 'Funksjonsevnen ved tygging er nedsatt.', '', 'Kongsberg, 14.03.2025', 'Ingrid Berg, lege'];
  return toTiffG4([await renderPageImage(text, { dpi: 200 })]);
}
const machine = await loadLocalStateMachine({ beforeTask: (state) => { current = state; } });
for (let i = 0; i < count; i++) {
  if (i === count - 2) lines = [];
  if (i === 2) counts.clear();
  if (values.scans && !values.orphans) {
    // The scan's appeal first, untraced: a declaration with a case to join is the bench's common path.
    tracing = false;
    const appeal = await uploadScanBytes(stack.bucket, await appealOf(8100 + i), `klage-${i}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'trace' });
    await machine.run(appeal as never);
    tracing = true;
  }
  current = 'upload';
  // As bench:pipeline's: an appeal, then the same person's declaration, which joins the appeal's case.
  // An orphan is a declaration of a person of its own, with no appeal before it.
  const person = values.scans || values.orphans ? 8100 + i : 8100 + Math.floor(i / 2);
  const kind = values.scans ? 'scanned declaration' : values.orphans || i % 2 === 1 ? 'declaration' : 'appeal';
  const doc = values.scans ? await scanOf(person) : kind === 'appeal' ? await appealOf(person) : await declarationOf(person);
  lines.push(`— letter ${i + 1} of ${count}: ${kind}${values.orphans ? ' with no case' : ''}`);
  const input = await uploadScanBytes(stack.bucket, doc, values.scans ? `skann-${i}.tif` : `brev-${i}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'trace' });
  current = 'start';
  await machine.run(input as never);
}
console.log(lines.join('\n'));
console.log('\nAverage a letter, by state and command:');
const measured = count - 2;
let total = 0;
for (const [name, n] of [...counts].sort()) {
  total += n;
  console.log(`${(n / measured).toFixed(1).padStart(6)}  ${name}`);
}
console.log(`${(total / measured).toFixed(1).padStart(6)}  all`);
await stack.stop();
if (values.scans) await shutdownOcr();
