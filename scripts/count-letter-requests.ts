/**
 * npx tsx scripts/count-letter-requests.ts [--count N] [--scanned] [--orphan-share S]
 *
 * The S3 requests a letter makes (every command of the handlers' one S3 client, by the state that made
 * it), and the KMS requests that do not depend on the day's volume: the national-id vault's
 * (functions/commons/crypto/national-id-vault.ts). A sealed list of ids carries its data key, wrapped by
 * one GenerateDataKey and opened by one Decrypt; a warm function reuses them within bounds
 * (data-key-cache.ts), which this count leaves out: every state starts with no key kept. Locally the same code wraps with the data dir's key file instead of
 * KMS, one AES-GCM operation under the label 'data-key' per KMS call it stands for; this script counts
 * those, by the state that made them, for N generated text letters (an appeal, then a medical declaration
 * of the same person, each with a national id, as scripts/trace-letter-requests.ts makes them) through the embedded stack, one at a
 * time. The first two letters are not counted (a new case's first items). --scanned files each letter
 * as a scanner does (one 200 dpi greyscale JPEG page in a PDF, as scripts/bench-batch-scan.ts), so its
 * page is OCR'd; otherwise it is a text PDF. The upload's own PUT is counted under `upload`.
 *
 * --orphan-share S adds, after them, round(S x (N - 2)) medical declarations of people whose appeal is
 * not in the mail: no case to join, so Review. Each is then opened once by an archivist and decided onto
 * the first appeal's case through service/operations (reviewItem, decide: what the API runs), and its
 * resumed execution runs from Link; their requests are tallied apart, a reviewed letter's whole path.
 *
 * Not counted here, and not measurable without AWS: the keys AWS services use per time period (S3
 * Bucket Keys, SQS data keys kept an hour, Step Functions' data keys kept 5 minutes, DynamoDB's table
 * keys), and the API's opens when someone reads a document.
 */
import crypto from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('count-letter-requests', { options: { count: { type: 'string', default: '12' }, scanned: { type: 'boolean', default: false }, 'orphan-share': { type: 'string', default: '0' } } });
const count = Number(values.count);
const orphans = Math.round(Number(values['orphan-share']) * (count - 2));

// The vault imports createCipheriv/createDecipheriv from node:crypto; wrapped here before it loads,
// and synced into the ESM bindings, so each data-key wrap (GenerateDataKey) and unwrap (Decrypt) is seen.
let current = 'upload';
let counting = false;
const counts = new Map<string, number>();
/** The reviewed letters' requests, apart from the routed ones'. */
const reviewedCounts = new Map<string, number>();
let tallying = counts;
const tally = (kind: string) => {
  if (!counting) return;
  const name = `${current} ${kind.startsWith('S3') ? kind : `KMS ${kind}`}`;
  tallying.set(name, (tallying.get(name) ?? 0) + 1);
};
const DATA_KEY_LABEL = Buffer.from('data-key');
for (const [name, kind] of [['createCipheriv', 'GenerateDataKey'], ['createDecipheriv', 'Decrypt']] as const) {
  const original = crypto[name] as (...args: unknown[]) => crypto.CipherGCM & crypto.DecipherGCM;
  (crypto as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const made = original(...args);
    const setAAD = made.setAAD.bind(made);
    made.setAAD = (aad: NodeJS.ArrayBufferView, options?: { plaintextLength: number }) => {
      if (Buffer.from(aad.buffer, aad.byteOffset, aad.byteLength).equals(DATA_KEY_LABEL)) tally(kind);
      return setAAD(aad, options);
    };
    return made;
  };
}
syncBuiltinESMExports();

const { appealOf, declarationOf } = await import('../corpus/robustness-mail.ts');
const { forgetNationalIdDataKeys } = await import('../functions/commons/crypto/national-id-key.ts');
/**
 * Each state, and each of the API's operations, is one Lambda invocation in AWS. The vault keeps data keys
 * in a warm function (data-key-cache.ts); here every invocation starts with none kept, as if it ran in a
 * fresh environment, so the counts are what one document needs whatever the day's volume.
 */
function enter(state: string) {
  if (state !== current) forgetNationalIdDataKeys();
  current = state;
}
const { openLocalRuntime } = await import('../local/service-runtime.ts');
const { reviewItem, decide } = await import('../service/operations/review.ts');
const { loadLocalStateMachine } = await import('../local/state-machine.ts');
const { uploadScanBytes } = await import('../local/intake.ts');
const { s3Client } = await import('../functions/commons/clients.ts');
const { default: sharp } = await import('sharp');
const { PDFParse } = await import('pdf-parse');
const { scannedPage, toScannedPdf } = await import('../corpus/render.ts');

/** The text letter's lines, printed and scanned: one 200 dpi greyscale JPEG page in a PDF. */
async function scannedOf(textPdf: Buffer, seed: number): Promise<Buffer> {
  const parser = new PDFParse({ data: new Uint8Array(textPdf) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  const lines = text.split('\n').filter((line) => !/^-- \d+ of \d+ --$/.test(line.trim()));
  // The benchmarks' light damage, grey paper on one page in four included (before session 10's review it was left out here).
  const page = await scannedPage(lines, { dpi: 200, seed });
  return toScannedPdf([await sharp(page).toColourspace('b-w').jpeg({ quality: 75 }).toBuffer()]);
}

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-kms-'));
// The service's context over the same stack: the archivist's view and decision run as the API runs them,
// and the decision's resumed execution in a state machine that tells its states too.
const runtime = await openLocalRuntime({ dataDir: path.join(dir, 'state'), command: 'count-letter-requests', stateMachine: { beforeTask: (state) => { enter(state); } } });
const stack = runtime.stack;
// After the stack starts: it makes the clients for its loopback endpoints.
(s3Client().middlewareStack as { add: (m: unknown, o: unknown) => void }).add(
  (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
    tally(`S3 ${context.commandName}`);
    return next(args);
  },
  { step: 'initialize', name: 'countS3Requests' },
);

const machine = await loadLocalStateMachine({ beforeTask: (state) => { enter(state); } });
const outcomes = new Map<string, number>();
let firstCase: string | null = null;
for (let i = 0; i < count; i++) {
  counting = i >= 2;
  enter('upload');
  // An appeal, then a medical declaration of the same person (it follows the appeal's case).
  const text = i % 2 === 0 ? await appealOf(8100 + i) : await declarationOf(8100 + i - 1);
  const doc = values.scanned ? await scannedOf(text, i + 1) : text;
  const input = await uploadScanBytes(stack.bucket, doc, `brev-${i}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'kms' });
  enter('start');
  const { path: states, output } = await machine.run(input as never);
  const outcome = states.includes('Route') ? 'routed' : states.includes('Review') ? 'to review' : 'other';
  if (counting) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (i === 0) firstCase = (output as { caseId?: string | null }).caseId ?? null;
}
const measured = count - 2;

// The reviewed letters: each to Review, opened once, decided onto the first appeal's case, resumed.
tallying = reviewedCounts;
const archivist = { person: 'arkivar-telling', role: 'archivist' as const };
let reviewed = 0;
for (let k = 0; k < orphans; k++) {
  enter('upload');
  const text = await declarationOf(30000 + k);
  const doc = values.scanned ? await scannedOf(text, 100 + k) : text;
  const input = await uploadScanBytes(stack.bucket, doc, `uten-sak-${k}.pdf`, { receivedDate: '2025-03-20', postmarkDate: null, batch: 'kms' });
  enter('start');
  const { path: states, output } = await machine.run(input as never);
  const documentId = (output as { documentId?: string }).documentId;
  if (!states.includes('Review') || !documentId || !firstCase) throw new Error(`an orphan declaration was not sent to review (${states.join('>')}), or no first case to decide onto`);
  enter('review view');
  await reviewItem(runtime.context, archivist, documentId);
  enter('decide');
  await decide(runtime.context, archivist, documentId, { case: firstCase });
  reviewed += 1;
}
console.log(`${measured} ${values.scanned ? 'scanned one-page' : 'text'} letters counted (${[...outcomes].map(([k, n]) => `${n} ${k}`).join(', ')}); requests a letter, by state:`);
for (const [name, n] of [...counts].sort()) {
  console.log(`${(n / measured).toFixed(2).padStart(6)}  ${name}`);
}
for (const service of ['S3', 'KMS']) {
  const of = [...counts].filter(([name]) => (service === 'S3') === name.includes(' S3 '));
  const sum = (match: RegExp) => of.filter(([name]) => match.test(name)).reduce((a, [, n]) => a + n, 0) / measured;
  if (service === 'S3') console.log(`${sum(/./).toFixed(2).padStart(6)}  S3 in all: PUT ${sum(/PutObject/).toFixed(2)}, GET ${sum(/GetObject/).toFixed(2)}, HEAD ${sum(/HeadObject/).toFixed(2)}, other ${sum(/ S3 (?!PutObject|GetObject|HeadObject)/).toFixed(2)}`);
  else console.log(`${sum(/./).toFixed(2).padStart(6)}  KMS in all (the national-id vault's; the services' period keys not included)`);
}
if (reviewed) {
  console.log(`\n${reviewed} reviewed letters (an orphan declaration each: Review, the archivist's view and decision through service/operations, the resumed run); requests a reviewed letter, by state:`);
  for (const [name, n] of [...reviewedCounts].sort()) console.log(`${(n / reviewed).toFixed(2).padStart(6)}  ${name}`);
  const kms = [...reviewedCounts].filter(([name]) => name.includes(' KMS '));
  const sum = (match: RegExp) => kms.filter(([name]) => match.test(name)).reduce((a, [, n]) => a + n, 0) / reviewed;
  console.log(`${sum(/./).toFixed(2).padStart(6)}  KMS in all a reviewed letter: GenerateDataKey ${sum(/GenerateDataKey/).toFixed(2)}, Decrypt ${sum(/Decrypt/).toFixed(2)}`);
}
await runtime.close();
const { shutdownOcr } = await import('../engines/ocr/index.ts');
await shutdownOcr();
