import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '#local/stack';
import { loadLocalStateMachine, type LocalStateMachine } from '#local/state-machine';
import { processScan } from '#local/intake';
import { loadConfig } from '#config/load';
import { shutdownOcr } from '#engines/ocr/index';
import { caseView, dbFromEnv, openAwaitingDeadline, recordDecision } from '../../functions/commons/store/service.ts';
import defaults from '../../config/postmottak.json' with { type: 'json' };
import { renderTextPdf } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * A document type and a deadline rule that exist only in a test configuration (POSTMOTTAK_CONFIG_FILE):
 * no code knows them. A power of attorney (fullmakt) joins a case, opens a two-week check of the
 * authority, marks the case «fullmakt» and raises it to elevated. No model predicts the type, so an
 * archivist sets it; the real state machine then takes it through Link, Register, Deadlines and Route.
 */
const testConfig = {
  ...defaults,
  typeRules: [
    ...defaults.typeRules,
    {
      type: 'power_of_attorney',
      names: { nb: 'Fullmakt', en: 'power of attorney' },
      decisionDateOf: 'none',
      priority: 'elevated',
      caseMode: 'link',
      opens: ['authority_check'],
      addsKeywords: ['fullmakt'],
    },
  ],
  deadlineRules: [...defaults.deadlineRules, { kind: 'authority_check', duration: { unit: 'weeks', amount: 2 }, handlerMayOpen: true }],
};

describe('a document type and a deadline rule added by configuration only', () => {
  let dir: string;
  let stack: LocalStack;
  let machine: LocalStateMachine;
  const dates = { receivedDate: '2025-03-20', postmarkDate: null };
  const previousConfigFile = process.env.POSTMOTTAK_CONFIG_FILE;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-configured-type-'));
    const configFile = path.join(dir, 'postmottak.json');
    await writeFile(configFile, JSON.stringify(testConfig));
    // Read once and cached by every stage of this test file's process, before any stage runs.
    process.env.POSTMOTTAK_CONFIG_FILE = configFile;
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
    machine = await loadLocalStateMachine();
    await writeFile(path.join(dir, 'appeal.pdf'), await renderTextPdf([[
      'Klage på vedtak om stønad til tannbehandling', '', `Fødselsnummer: ${idFor(3, 4, 82)}`, '',
      'Jeg klager på vedtaket av 12.03.2025 fra Helfo om avslag på stønad til tannbehandling hos tannlege.',
      'Jeg er uenig i vurderingen og ber om at vedtaket omgjøres.', '', 'Med vennlig hilsen', 'Per Olsen',
    ]]));
    await writeFile(path.join(dir, 'fullmakt.pdf'), await renderTextPdf([[
      'SAMTYKKE OG FULLMAKT', '', `Navn: Ukjent Person, fødselsnummer ${idFor(9, 9, 79)}`, '',
      'Jeg samtykker i at klageorganet kan innhente opplysninger fra fastlegen min og fra sykehuset.', '', 'Sted og dato: Oslo, 15.03.2025', 'Underskrift',
    ]]));
  });
  afterAll(async () => {
    if (previousConfigFile === undefined) delete process.env.POSTMOTTAK_CONFIG_FILE;
    else process.env.POSTMOTTAK_CONFIG_FILE = previousConfigFile;
    await shutdownOcr();
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('the stages run under the test configuration, which the shipped one does not contain', () => {
    expect(loadConfig().typeRules.map((r) => r.type)).toContain('power_of_attorney');
    expect(defaults.typeRules.map((r) => r.type)).not.toContain('power_of_attorney');
  });

  it("typed by an archivist's decision, it runs through the state machine to its deadline, keyword, priority and queue", async () => {
    const appeal = await processScan(machine, stack.bucket, path.join(dir, 'appeal.pdf'), dates);
    expect(appeal.result.status).toBe('routed');
    const caseId = appeal.result.caseId!;
    expect((await caseView(dbFromEnv(), caseId))!.case.priority).toBe(1);

    const letter = await processScan(machine, stack.bucket, path.join(dir, 'fullmakt.pdf'), dates);
    expect(letter.result.status).toBe('review');

    const input = await recordDecision(dbFromEnv(), { documentId: letter.result.documentId, archivist: 'arkivar-1', documentType: 'power_of_attorney', caseId, decidedAt: '2025-03-21T09:00:00Z' });
    const resumed = await machine.run(input as never);
    expect(resumed.path).toEqual(['IsArchivistDecision', 'Link', 'NeedsReview', 'Register', 'Deadlines', 'WriteLetters', 'Route']);
    expect(resumed.output).toMatchObject({
      status: 'routed',
      documentType: 'power_of_attorney',
      caseId,
      // Two weeks from the received date, Thursday 3 April 2025.
      deadlines: [{ kind: 'authority_check', due: '2025-04-03' }],
      queue: 'unit-mail/dental',
    });
    expect((resumed.output as { keywords: string[] }).keywords).toContain('fullmakt');

    const view = (await caseView(dbFromEnv(), caseId))!;
    expect(view.case.priority).toBe(2);
    expect(view.deadlines.filter((d) => d.kind === 'authority_check')).toMatchObject([{ status: 'open', due: '2025-04-03', openedBy: letter.result.documentId }]);
  });

  it('a case handler may open the new deadline kind, as its rule allows', async () => {
    const appeal = await processScan(machine, stack.bucket, path.join(dir, 'appeal.pdf'), dates);
    const opened = await openAwaitingDeadline(dbFromEnv(), loadConfig(), { caseId: appeal.result.caseId!, kind: 'authority_check', openedOn: '2025-04-01', handlerId: 'saksbehandler-1' });
    expect(opened).toMatchObject({ kind: 'authority_check', due: '2025-04-15' });
  });
});
