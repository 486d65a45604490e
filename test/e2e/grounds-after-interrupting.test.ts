import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * SPEC.md's deadline table, over the local stack (`postmottak process`): the appeal that brings the grounds
 * of a deadline-interrupting appeal links to its case, closes `grounds`, and — as every document opens its
 * type's row whether it creates a case or links to one — opens the appeal's row: a preliminary reply, a
 * processing time and an appeal deadline counted from its own reading of the decision (received date, else
 * the decision's date), `missed` when it came
 * after that deadline (and the case then gets «oversittet-klagefrist», as SPEC's routing says).
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const rune = idFor(13, 8, 87);

const interrupting = [
  'Rune Bakken', 'Industrivegen 2', '2816 Gjøvik', '', 'NAV Yrkesskade', '', 'Gjøvik 18.11.2026', '', 'Klage – yrkesskade', '',
  `Fødselsnummer: ${rune}`, '',
  'Jeg klager på vedtaket om at skaden i ryggen min ikke godkjennes som yrkesskade. Vedtaket er',
  'datert 13.10.2026, og jeg fikk det den 15.10.2026.', '',
  'Jeg rekker ikke å skrive ferdig begrunnelsen før fristen går ut. Jeg sender begrunnelsen så fort',
  'jeg har fått papirene. Dette brevet er bare for å holde fristen.', '', 'Hilsen', 'Rune Bakken',
];
const grounds = [
  'Rune Bakken', 'Industrivegen 2', '2816 Gjøvik', '', 'Gjøvik 26.11.2026', '', 'Begrunnelse for klage på yrkesskadevedtak', '',
  `Fødselsnummer: ${rune}`, '',
  'Jeg viser til klagen min av 18.11.2026 på vedtaket av 13.10.2026 om yrkesskade, der jeg skrev',
  'at begrunnelsen ville komme senere. Her er den.', '',
  'Jeg løftet en girkasse på verkstedet, og hele vekten kom på meg. Dette er en arbeidsulykke, ikke en',
  'slitasjeskade. Jeg er uenig i vedtaket og ber om at skaden godkjennes som yrkesskade.', '', 'Hilsen', 'Rune Bakken',
];

async function postmottak(args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
const results = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => ProcessResult.parse(JSON.parse(l)));

describe('the grounds after a deadline-interrupting appeal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-grounds-'));
    await writeFile(path.join(dir, 'a.pdf'), await renderTextPdf([interrupting]));
    await writeFile(path.join(dir, 'b.pdf'), await renderTextPdf([grounds]));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('closes grounds and opens the appeal row of SPEC\'s table, its appeal deadline from the dates it names', async () => {
    const dataDir = path.join(dir, 'data');
    const [first] = results(await postmottak(['process', '--json', '--received', '2026-11-23', '--data-dir', dataDir, path.join(dir, 'a.pdf')]));
    expect(first).toMatchObject({ status: 'routed', documentType: 'appeal_deadline_interrupting' });
    expect(first!.deadlines.map((d) => d.kind).sort()).toEqual(['appeal_deadline', 'case_processing', 'grounds', 'preliminary_reply']);

    const [second] = results(await postmottak(['process', '--json', '--received', '2026-11-30', '--data-dir', dataDir, path.join(dir, 'b.pdf')]));
    expect(second).toMatchObject({ status: 'routed', documentType: 'appeal', caseId: first!.caseId });
    expect(second!.closedDeadlines).toEqual(['grounds']);
    // The grounds name only the decision's date, 13.10.2026: six weeks end Tue 24.11.2026; they came 30.11.
    expect(second!.deadlines).toEqual([
      expect.objectContaining({ kind: 'preliminary_reply', due: '2026-12-30' }),
      expect.objectContaining({ kind: 'case_processing', due: '2027-03-01' }),
      { kind: 'appeal_deadline', due: '2026-11-24', missed: true },
    ]);
    // The first appeal's deadline stands as it was: in time.
    expect(first!.deadlines.find((d) => d.kind === 'appeal_deadline')).toEqual({ kind: 'appeal_deadline', due: '2026-11-26', missed: false });
  }, 120_000);
});
