import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pdfFileText as pdfText } from '../support/pdf-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { transferLetter } from './fixtures.ts';
import { startServeProcess } from '../support/serve-process.ts';

/**
 * Review of words9: `coversheet --type` named the type (and checked it) by the command line's own
 * configuration even while serve ran on the data dir with another. Serve here runs with renamed
 * types and areas; the command line with the shipped configuration.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const postmottak = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });


let dir: string;
let dataDir: string;
let serve: ChildProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-serve-sheet-'));
  dataDir = path.join(dir, 'state');
  const shipped = JSON.parse(await readFile(path.join(root, 'config/postmottak.json'), 'utf8')) as { typeRules: { type: string; names: { nb: string } }[]; areas: { code: string; name: string }[] };
  for (const rule of shipped.typeRules) rule.names.nb = `${rule.names.nb} (serve)`;
  for (const area of shipped.areas) area.name = `${area.name} (serve)`;
  await writeFile(path.join(dir, 'config.json'), JSON.stringify(shipped));
  await writeFile(path.join(dir, 'transfer.pdf'), await renderTextPdf([transferLetter]));
  // Only serve's environment names the edited configuration (spawn copies process.env as it is now).
  process.env.POSTMOTTAK_CONFIG_FILE = path.join(dir, 'config.json');
  try {
    const started = startServeProcess(cli, dataDir, root);
    serve = started.process;
    await started.url;
  } finally {
    delete process.env.POSTMOTTAK_CONFIG_FILE;
  }
}, 60_000);

afterAll(async () => {
  if (serve && serve.exitCode === null) serve.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('coversheet while serve runs with another configuration', () => {
  it("names the type and the case's area as serve has them configured", async () => {
    const [routed] = (await postmottak(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'transfer.pdf')])).stdout
      .split('\n').filter(Boolean).map((l) => ProcessResult.parse(JSON.parse(l)));
    expect(routed?.caseId).toBeTruthy();
    const out = path.join(dir, 'cover.pdf');
    await postmottak(['coversheet', '--case', routed!.caseId!, '--type', 'appeal', '--out', out, '--data-dir', dataDir]);
    const text = await pdfText(out);
    expect(text).toContain('Klage på vedtak (serve)');
    expect(text).toMatch(/\(serve\)[\s\S]*\(serve\)/);
  }, 120_000);

  it("refuses a type serve does not have, listing serve's types", async () => {
    const failure = await postmottak(['coversheet', '--case', '2025/00001', '--type', 'letter', '--archivist', 'Anne Arkivar', '--out', path.join(dir, 'x.pdf'), '--data-dir', dataDir]).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/^postmottak: Ukjent dokumenttype «letter» \(en av .*appeal/) });
  }, 60_000);
});
