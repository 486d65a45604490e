/**
 * How large the Express execution's state gets (Step Functions limits a state to 256 KiB of UTF-8),
 * with and without the page texts that travel in it (domain/inline-page-texts.ts): the figures behind
 * STATE_RESERVE_BYTES and STATE_BYTES_PER_PAGE. Runs samples/01-05 through the local runtime (the same
 * ASL and handlers as AWS) and measures every task's input.
 *
 *   npx tsx scripts/measure-state-sizes.ts
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalStack } from '../local/stack.ts';
import { loadLocalStateMachine } from '../local/state-machine.ts';
import { processScan } from '../local/intake.ts';
import { shutdownOcr } from '../engines/ocr/index.ts';
import { pageReferences } from '../domain/inline-page-texts.ts';
import { encodeSheetCode } from '../domain/sheets/sheet-code.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { renderTextPdf } from '../corpus/render.ts';
import { writeFile } from 'node:fs/promises';

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-state-sizes-'));
const stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
type State = { pages?: { inline?: unknown }[]; inspection?: { pages?: unknown[] } };
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');
let current: { max: number; maxWithout: number; maxState: string; pages: number } = { max: 0, maxWithout: 0, maxState: '', pages: 0 };
const machine = await loadLocalStateMachine({
  beforeTask: (state, input) => {
    const s = input as State;
    const size = bytes(input);
    const without = s.pages ? bytes({ ...s, pages: pageReferences(s.pages) }) : size;
    if (size > current.max) current = { ...current, max: size, maxState: state };
    current.maxWithout = Math.max(current.maxWithout, without);
    current.pages = Math.max(current.pages, s.inspection?.pages?.length ?? 0);
  },
});
// A morning's batch as one text PDF: 12 held-out letters with a separator sheet between them, so the
// file splits into parts and the state carries every part's answer.
const separator = ['SKILLEARK', 'Legg dette arket mellom dokumentene.', encodeSheetCode({ kind: 'separator' })];
const batchPages = generateCorpus({ seed: 4242, split: 'eval', count: 12 }).flatMap((doc, i) => [...(i ? [separator] : []), ...doc.pages]);
await writeFile(path.join(dir, 'batch.pdf'), await renderTextPdf(batchPages));
for (const file of [path.join(dir, 'batch.pdf'), ...['01-oversendelse-tannbehandling.pdf', '02-klage-tannbehandling.pdf', '03-legeerklaering-skannet.tif', '04-klage-sykepenger-foto.jpg', '05-ettersendelse-uten-sak.pdf'].map((f) => path.join('samples', f))]) {
  current = { max: 0, maxWithout: 0, maxState: '', pages: 0 };
  const { result, results, outcome } = await processScan(machine, stack.bucket, file, { receivedDate: '2025-03-20', postmarkDate: null });
  console.log(`${path.basename(file).padEnd(36)} ${String(current.pages).padStart(3)} pages, ${String(results.length > 1 ? `${results.length} parts` : result.status).padEnd(8)} largest task input ${(current.max / 1024).toFixed(1)} KB (${current.maxState}); without page texts ${(current.maxWithout / 1024).toFixed(1)} KB, ${((current.maxWithout / 1024) / Math.max(1, current.pages)).toFixed(1)} KB a page; the answer ${(bytes(outcome) / 1024).toFixed(1)} KB (${(bytes(outcome) / 1024 / results.length).toFixed(1)} KB a part)`);
}
await shutdownOcr();
await stack.stop();
await rm(dir, { recursive: true, force: true });
