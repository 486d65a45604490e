/**
 * npx tsx scripts/trace-letter-requests.ts [-- --count N] [--scans]
 *
 * Every DynamoDB and S3 request a text letter makes, by the state that made it: N generated text PDFs
 * (an appeal, then the same person's declaration, as bench:pipeline's; `--scans`: its one-page G4 TIFF medical declarations)
 * after an untraced appeal by the same person, so it joins that case as the bench's do) through the
 * embedded stack one at a time; the last
 * letter's requests are listed in order and the average count a letter by state and command printed.
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

const { values } = parseArgs({ options: { count: { type: 'string', default: '6' }, scans: { type: 'boolean', default: false } } });
const count = Number(values.count);
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
  const lines = ['Kongsberg legesenter', '', 'LEGEERKLÆRING', '', `Pasient: ${p.name}, fødselsnummer ${p.nationalId}`, '', 'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten har vært til behandling siden 2023.', 'Funksjonsevnen ved tygging er nedsatt.', '', 'Kongsberg, 14.03.2025', 'Ingrid Berg, lege'];
  return toTiffG4([await renderPageImage(lines, { dpi: 200 })]);
}
const machine = await loadLocalStateMachine({ beforeTask: (state) => { current = state; } });
for (let i = 0; i < count; i++) {
  if (i === count - 2) lines = [];
  if (i === 2) counts.clear();
  if (values.scans) {
    // The scan's appeal first, untraced: a declaration with a case to join is the bench's common path.
    tracing = false;
    const appeal = await uploadScanBytes(stack.bucket, await appealOf(8100 + i), `klage-${i}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'trace' });
    await machine.run(appeal as never);
    tracing = true;
  }
  current = 'upload';
  // As bench:pipeline's: an appeal, then the same person's declaration, which joins the appeal's case.
  const person = 8100 + Math.floor(i / 2);
  const doc = values.scans ? await scanOf(8100 + i) : i % 2 === 0 ? await appealOf(person) : await declarationOf(person);
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
