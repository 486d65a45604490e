import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from '../support/cli-refusal.ts';
import { expectProblem } from '../support/problem-response.ts';
import { openTestService, type TestService } from '../service/fixtures.ts';

/**
 * Review finding (session 10): `outbox notices --today` took a day still to come, so notices of extended
 * processing time were written and dated ahead, and deadlines not yet near counted as within the lead
 * time. Refused like every other day a person gives: one line and exit 2 on the command line, a 400 in
 * en and nb on the API, and no letter is written.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[]) => run(process.execPath, [path.join(root, 'bin/postmottak.js'), ...args], { cwd: root });

let dir: string;
let service: TestService;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-notices-'));
  service = await openTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the notices of a day still to come', () => {
  it('are refused on the command line in one line naming --today, exit 2', async () => {
    const args = ['outbox', 'notices', '--today', '01.01.2099', '--archivist', 'Arkivar Test', '--data-dir', path.join(dir, 'state')];
    await expectRefused(cli(args), args.join(' '), /^postmottak: --today 01\.01\.2099 er etter i dag \(\d\d\.\d\d\.\d{4}\): varsler kan ikke skrives for en dag som ikke har kommet ennå\./m);
  }, 60_000);

  it('are refused by the API (400, en and nb), and no letter is written', async () => {
    const outbox = async () => (await service.app.inject({ method: 'GET', url: '/api/v1/outbox', headers: service.as('archivist') })).json();
    const before = await outbox();
    const post = (language: string) => service.app.inject({ method: 'POST', url: '/api/v1/outbox/notices', headers: { ...service.as('archivist'), 'accept-language': language }, payload: { today: '2099-01-01' } });
    expect(expectProblem(await post('nb'), 400).detail).toMatch(/^Dagen gitt som i dag 01\.01\.2099 er etter i dag \(.+\): varsler kan ikke skrives for en dag som ikke har kommet ennå\.$/);
    expect(expectProblem(await post('en'), 400).detail).toMatch(/^The day given as today 2099-01-01 is after today \(\d{4}-\d\d-\d\d\): notices cannot be written for a day still to come\.$/);
    expect(await outbox()).toEqual(before);
    // Today itself is the watcher's ordinary day.
    const today = await service.app.inject({ method: 'POST', url: '/api/v1/outbox/notices', headers: service.as('archivist'), payload: {} });
    expect(today.statusCode, today.body).toBe(200);
  });
});
