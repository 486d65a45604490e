import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxLetter } from '#schemas/letters';
import { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * A held acknowledgement given the address of the appellant's later letter (issue #16, session 18), through the front
 * door: `process` runs the real state machine twice on one data dir. A transfer names the appellant without an address
 * (the acknowledgement is held); her own appeal comes a few days later with her address: the held letter goes out to it,
 * journaled as postmottak's, and the case keeps the address.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as unknown);

const ragna = idFor(9, 5, 67);
const transfer = [
  'Helfo', 'Postboks 2415', '3104 Tønsberg', '',
  'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad, 0604 Oslo', '',
  'Vår referanse: 25/71234   Dato: 14.03.2025', '', 'Klagesak Ragna Tveit', '',
  `Vedlagt følger klagesaken til Ragna Tveit (f.nr. ${ragna}) for klagebehandling.`, '',
  'Klagen retter seg mot vedtaket av 12. februar 2025, der Helfo avslo søknad om stønad til tannbehandling.', '',
  'Helfo har sett på saken igjen og kan ikke se at klagen gir grunnlag for en annen konklusjon.', '',
  'Med vennlig hilsen', 'Helfo', '', 'Bjørn Berg', 'saksbehandler',
];
const laterAppeal = [
  'Ragna Tveit', 'Fjordgata 12', '6413 Molde', '',
  'Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', '',
  'Molde, 24.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${ragna}`, '',
  'Jeg klager på vedtaket av 12.02.2025 der Helfo avslo stønad til tannbehandling.',
  'Tennene mine ble skadet etter sykdom, og behandlingen var nødvendig. Jeg har ikke fått svar, så jeg sender klagen også direkte til dere.', '',
  'Med vennlig hilsen', 'Ragna Tveit',
];

let dir: string;
let dataDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-later-letter-'));
  dataDir = path.join(dir, 'data');
  await writeFile(path.join(dir, 'oversendelse.pdf'), await renderTextPdf([transfer]));
  await writeFile(path.join(dir, 'klage.pdf'), await renderTextPdf([laterAppeal]));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const outbox = async () => jsonLines((await cli(['outbox', '--data-dir', dataDir, '--json'])).stdout).map((l) => OutboxLetter.parse(l));

describe('a held acknowledgement and the appellant’s later letter', () => {
  it('goes out to the address the later letter gives, journaled as postmottak’s, and the case keeps it', async () => {
    const [first] = jsonLines((await cli(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', path.join(dir, 'oversendelse.pdf')])).stdout).map((l) => ProcessResult.parse(l));
    expect(first).toMatchObject({ status: 'routed', documentType: 'case_transfer' });
    expect(await outbox()).toEqual([expect.objectContaining({ status: 'held', recipient: { role: 'appellant', name: 'Ragna Tveit', address: [] } })]);

    const [later] = jsonLines((await cli(['process', '--data-dir', dataDir, '--received', '2025-03-25', '--json', path.join(dir, 'klage.pdf')])).stdout).map((l) => ProcessResult.parse(l));
    expect(later).toMatchObject({ status: 'routed', caseId: first!.caseId });
    const letters = await outbox();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ status: 'ready', letterId: expect.stringContaining(first!.documentId), recipient: { role: 'appellant', name: 'Ragna Tveit', address: ['Fjordgata 12', '6413 Molde'] } });

    const view = JSON.parse((await cli(['case', first!.caseId!, '--data-dir', dataDir, '--handler', 'Test', '--json'])).stdout) as { journal: { event: string; actor: string; details?: Record<string, unknown> }[]; parties: { role: string; address: string[] }[] };
    expect(view.journal.filter((j) => j.event === 'LetterReleased')).toEqual([expect.objectContaining({ actor: 'postmottak', details: expect.objectContaining({ addressFrom: 'later_letter' }) })]);
    expect(view.parties.find((p) => p.role === 'appellant')?.address).toEqual(['Fjordgata 12', '6413 Molde']);
  }, 480_000);
});
