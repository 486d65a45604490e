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
import { transferLetter } from '../service/fixtures.ts';
import { idFor } from '../support/national-ids.ts';
import { expectRefused } from '../support/cli-refusal.ts';

/**
 * QA session 11, HIGH 4, through the CLI (the embedded stack, no serve): a Swedish appellant's letter is
 * processed and its acknowledgement is ready, not held; a held letter is released to an address abroad
 * with --country, the postcode checked by the country's rule (a slip is one line and exit 2).
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/postmottak.js');
const postmottak = (args: string[]) => run(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
const jsonLines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

let dir: string;
let dataDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-outbox-abroad-'));
  dataDir = path.join(dir, 'state');
  const swedish = ['Sven Lindqvist', 'Storgatan 4', 'SE-411 38 Göteborg', 'Sverige', '', 'Göteborg, 12.03.2025', '', 'ÖVERKLAGANDE AV BESLUT OM SJUKPENNING', '', `Personnummer (norskt fødselsnummer): ${idFor(9, 9, 60, 300)}`, '',
    'Jag överklagar beslutet från NAV daterat 05.03.2025 om avslag på sjukpenning.', 'Jag är inte enig i beslutet. Jag arbetade i Norge och blev sjuk under anställningen.', 'Jag ber er pröva ärendet på nytt.', '', 'Med vänliga hälsningar', 'Sven Lindqvist'];
  await writeFile(path.join(dir, 'svensk.pdf'), await renderTextPdf([swedish]));
  await writeFile(path.join(dir, 'transfer.pdf'), await renderTextPdf([transferLetter]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('outbox abroad through the CLI', () => {
  it("writes a Swedish appellant's acknowledgement ready, and releases a held letter to Sweden with --country", async () => {
    const results = jsonLines((await postmottak(['process', '--data-dir', dataDir, '--received', '2025-03-20', '--json', path.join(dir, 'svensk.pdf'), path.join(dir, 'transfer.pdf')])).stdout).map((l) => ProcessResult.parse(l));
    const swedish = results.find((r) => r.documentType === 'appeal');
    expect(swedish).toBeDefined();
    const letters = jsonLines((await postmottak(['outbox', '--data-dir', dataDir, '--json'])).stdout).map((l) => OutboxLetter.parse(l));
    expect(letters.find((l) => l.caseId === swedish!.caseId)).toMatchObject({ status: 'ready', heldReason: null, recipient: { name: 'Sven Lindqvist', address: ['Storgatan 4', 'SE-411 38 Göteborg', 'SVERIGE'] } });

    const held = letters.find((l) => l.status === 'held');
    expect(held).toBeDefined();
    const release = (postcode: string) => postmottak(['outbox', 'release', held!.letterId, '--data-dir', dataDir, '--archivist', 'Anne Arkivar', '--name', 'Sven Lindqvist', '--street', 'Storgatan 4', '--postcode', postcode, '--place', 'Göteborg', '--country', 'Sverige', '--json']);
    // Without --country, «411 38» is read as Norway's four digits, and the archivist is told of --country.
    await expectRefused(postmottak(['outbox', 'release', held!.letterId, '--data-dir', dataDir, '--archivist', 'Anne Arkivar', '--name', 'Sven Lindqvist', '--street', 'Storgatan 4', '--postcode', '411 38', '--place', 'Göteborg']), 'a Swedish postcode without a country', /^postmottak: adressen: --postcode et postnummer er fire sifre \(en adresse i utlandet: --country LAND\)/);
    await expectRefused(release('4113'), 'a Swedish postcode of four digits', /^postmottak: adressen: --postcode et svensk postnummer er fem sifre, skrevet 123 45 /);
    const released = OutboxLetter.parse(jsonLines((await release('41138')).stdout)[0]);
    expect(released).toMatchObject({ status: 'ready', recipient: { address: ['Storgatan 4', '411 38 Göteborg', 'SVERIGE'] } });
  });
});
