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
import { expectRefused } from '../support/cli-refusal.ts';

/** Issue 14: ordinary mistakes ended in stack traces and exit 1, or were silently accepted. SPEC.md: one clear line, exit 2. */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });

const person = idFor(9, 6, 77);
const appeal = [
  'Anne Berg', 'Kirkeveien 2, 0368 Oslo', '', 'Oslo, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
  `Fødselsnummer: ${person}`, '', 'Jeg klager på vedtak datert 03.03.2025 fra Helfo. Jeg mener vedtaket er feil.', '', 'Med hilsen', 'Anne Berg',
];
const orphan = [
  'Bergen legevakt', '', 'LEGEERKLÆRING', '', `Pasient: Lise Larsen, fødselsnummer ${idFor(24, 11, 90)}`, '',
  'Diagnose: M54.5 Lumbago (ICD-10).', 'Pasienten har hatt ryggsmerter i seks måneder.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege',
];

describe('a person\'s mistake: one line on standard error, exit 2, nothing changed', () => {
  let dir: string;
  let dataDir: string;
  let routed: ProcessResult;
  let inReview: ProcessResult;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-mistakes-'));
    dataDir = path.join(dir, 'state');
    await writeFile(path.join(dir, 'appeal.pdf'), await renderTextPdf([appeal]));
    await writeFile(path.join(dir, 'orphan.pdf'), await renderTextPdf([orphan]));
    const { stdout } = await cli(['process', '--json', '--received', '2025-03-20', '--data-dir', dataDir, path.join(dir, 'appeal.pdf'), path.join(dir, 'orphan.pdf')]);
    [routed, inReview] = stdout.trim().split('\n').map((l) => ProcessResult.parse(JSON.parse(l))) as [ProcessResult, ProcessResult];
    expect(routed.status).toBe('routed');
    expect(inReview.status).toBe('review');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const refused = (args: string[], message: RegExp) => expectRefused(cli([...args, '--data-dir', dataDir]), args.join(' '), message);

  it('refuses a number of documents in flight that is no whole number from 1 to 64, and a batch name with spaces', async () => {
    await refused(['process', '--in-flight', '0', path.join(dir, 'appeal.pdf')], /--in-flight må være et helt tall fra 1 til 64, ikke «0»/);
    await refused(['upload', '--in-flight', 'many', path.join(dir, 'appeal.pdf')], /--in-flight må være et helt tall fra 1 til 64, ikke «many»/);
    await refused(['process', '--batch', 'tirsdag morgen', path.join(dir, 'appeal.pdf')], /--batch/);
  });

  it('refuses queue --from after --to, and queues that do not exist', async () => {
    await refused(['queue', 'unassigned/dental', '--from', '2025-03-20', '--to', '2025-03-01'], /Fra-datoen 20\.03\.2025 er etter til-datoen 01\.03\.2025/);
    await refused(['queue', 'unassigned/no-such-area'], /no-such-area/);
    await refused(['queue', 'inbox'], /inbox/);
  });

  it('refuses deadline-open for a kind no handler opens, and for a case that does not exist', async () => {
    await refused(['deadline-open', routed.caseId!, '--kind', 'grounds', '--handler', 'h1'], /En saksbehandler kan åpne fristene .*, ikke begrunnelse\./);
    await refused(['deadline-open', 'no-such-case', '--kind', 'consent', '--handler', 'h1'], /no-such-case/);
    await refused(['deadline-open', '2025/99999', '--kind', 'consent', '--handler', 'h1'], /2025.99999/);
  });

  it('refuses review decide --case with a case that does not exist, and keeps the review as it was', async () => {
    const before = (await cli(['review', 'list', '--json', '--data-dir', dataDir])).stdout;
    await refused(['review', 'decide', inReview.documentId, '--archivist', 'arkivar-1', '--case', 'no-such-case'], /no-such-case/);
    await refused(['review', 'decide', inReview.documentId, '--archivist', 'arkivar-1', '--case', '2025/99999'], /2025.99999/);
    expect((await cli(['review', 'list', '--json', '--data-dir', dataDir])).stdout).toBe(before);
    expect(before).toContain(inReview.documentId);
  });

  it("tells a person's mistake in bokmål, in one form across commands: the parser's, ours and the service's", async () => {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const usage = (what: string) => new RegExp(`^postmottak: ${literal(what)} \\(postmottak --help viser kommandoene\\)\\n$`);
    await refused(['queue', 'review', '--frobnicate'], usage('ukjent valg --frobnicate'));
    await refused(['coversheet', '--out', path.join(dir, 'x.pdf'), '--case'], usage('--case mangler verdien sin'));
    await refused(['review', 'list', '--json=yes'], usage('--json tar ingen verdi'));
    await refused(['separator', '--out', path.join(dir, 'x.pdf'), 'ekstra'], usage('kommandoen tar ingen argumenter, ikke «ekstra»'));
    await refused(['review', 'decide', inReview.documentId], usage('oppgi hvem du er med --archivist NAVN (eller POSTMOTTAK_USER=NAVN): hver avgjørelse lagres med hvem som tok den'));
    await refused(['process', '--received', '2025-03-20', path.join(dir, 'no-such-scan.pdf')], usage(`finner ingen fil eller mappe ${path.join(dir, 'no-such-scan.pdf')}`));
    await refused(['users', 'remove', 'Ola'], usage('det finnes ingen person «Ola» (postmottak users list viser dem)'));
    // The service's refusals (problem details) in the same voice, without the usage hint: the command was right, the request was not.
    await refused(['queue', 'unassigned/no-such-area'], /^postmottak: Det finnes ikke noe saksområde «no-such-area»\. Områder: /);
    await refused(['review', 'decide', routed.documentId, '--archivist', 'arkivar-1'], new RegExp(`^postmottak: Dokument ${routed.documentId} venter ikke i kontrollkøen: det er allerede journalført og fordelt på sak ${routed.caseId!.replace('-', '/')}\\.\\n$`));
  });

  it('says in bokmål, in one line and exit 2, that an older Node cannot run it', async () => {
    // Node 20 as process.versions tells it to bin/postmottak.js, which checks before anything is loaded.
    const older = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const failure = await run(process.execPath, ['--import', older, path.join(root, 'bin/postmottak.js'), 'process', '--help'], { cwd: root }).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(failure!.stderr).toBe(`postmottak: trenger Node.js 22 eller nyere (dette er ${process.version}). Kjør den gjennom npm (npx postmottak / npm start), som bruker Node 22 som \`npm install\` la i node_modules.\n`);
  });

  it('prints the usage for process --help and exits 0', async () => {
    const { stdout } = await cli(['process', '--help']);
    expect(stdout).toContain('postmottak process [--received DATO]');
  });
});
