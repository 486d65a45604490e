import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { getItem } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { queues } from '#domain/registry/routing';
import { addPerson, readPeople } from '../../service/auth/local-tokens.ts';
import { openLocalRuntime } from '../../local/service-runtime.ts';
import { usersCommand } from '../../local/users.ts';
import { declarationOnKarisCase, openBareService, transferLetter, type BareService } from './fixtures.ts';

/**
 * Review s13 (fixC M3): `users remove` gives the person's cases back before the person goes (nobody can
 * open a removed person's queue), and the mail waiting on them goes to the unit. The command runs as the
 * operator runs it, on the data dir with no serve, after the service that made the claim has closed.
 */
let bare: BareService;
let caseId: string;
let declaration: ProcessResult;

beforeAll(async () => {
  bare = await openBareService();
  const { handIn } = await import('../../service/operations/intake.ts');
  const mailroom = { person: 'mailroom', role: 'archivist' as const };
  const dates = { receivedDate: '2025-03-20', postmarkDate: null };
  caseId = ((await handIn(bare.runtime.context, mailroom, { bytes: await renderTextPdf([transferLetter]), fileName: 't.pdf', ...dates })) as ProcessResult).caseId!;
  declaration = (await handIn(bare.runtime.context, mailroom, { bytes: await renderTextPdf([declarationOnKarisCase]), fileName: 'e.pdf', ...dates, receivedDate: '2025-03-21' })) as ProcessResult;
  const ola = { authorization: `Bearer ${await addPerson(bare.dataDir, 'Ola Test', 'caseworker')}` };
  expect((await bare.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: ola })).statusCode).toBe(200);
  await bare.app.close();
  await bare.runtime.close();
}, 120_000);
afterAll(() => rm(bare.dir, { recursive: true, force: true }));

it("users remove (the name typed in any case) gives back the person's cases, says which, and their mail goes to the unit", async () => {
  const printed: string[] = [];
  const said: string[] = [];
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => said.push(String(chunk)) > 0);
  try {
    expect(await usersCommand(['remove', 'ola test', '--data-dir', bare.dataDir, '--json'])).toBe(0);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const number = caseId.replace('-', '/');
  expect(JSON.parse(printed.join(''))).toEqual({ name: 'Ola Test', released: [number] });
  expect(said.join('')).toContain(`Saken Ola Test hadde tatt (${number}) er lagt tilbake blant ufordelte saker`);
  expect((await readPeople(bare.dataDir)).map((p) => p.name)).not.toContain('Ola Test');
  const runtime = await openLocalRuntime({ dataDir: bare.dataDir, command: 'test' });
  try {
    const record = await getCase(runtime.context.db, caseId);
    expect(record?.handlerId).toBeNull();
    expect((await getItem(runtime.context.db, keys.document(declaration.documentId)))?.qpk).toBe(queues.unitMail(record!.area));
  } finally {
    await runtime.close();
  }
}, 120_000);
