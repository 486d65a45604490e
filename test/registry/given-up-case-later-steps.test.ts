import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { getDeadlines } from '../../functions/commons/store/deadlines.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import { giveUpCaseIfNoCarrierLeft } from '../../service/operations/case-given-up.ts';
import type { ServiceContext } from '../../service/ports.ts';
import { defaultLettersConfig } from '../../config/letters.ts';
import { pdfLetterRenderer } from '../../engines/pdf/letter-renderer.ts';
import { deadlinesStage } from '../../stages/deadlines.ts';
import { linkStage } from '../../stages/link.ts';
import { registerStage } from '../../stages/register.ts';
import { writeLettersStage, type WriteLettersPorts } from '../../stages/write-letters.ts';
import { classification, config, depsFor, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Review rv-atomic12 HIGH 1: a case given up after Register joined a document to it. Deadlines and
 * WriteLetters write nothing that stays on it (what they wrote while it was being given up is taken
 * back), and the document goes to review (CaseClosed → RecordFailure, `case_closed_meanwhile`).
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});
const ctx = () => ({ db, config, now: () => new Date('2025-03-20T10:00:00Z') }) as unknown as ServiceContext;
const giveUp = (caseId: string, opener: string) =>
  giveUpCaseIfNoCarrierLeft(ctx(), { caseId, documentId: opener, cause: 'forwarded', movedTo: null, person: 'mailroom', at: '2025-03-20T10:00:00Z' });
const appellant = { role: 'appellant' as const, name: 'Kari Nordmann', address: ['Storgata 12B', '0467 Oslo'] };

/** A tribunal appeal registered on the case a first document opened (Link, not the appeal, carries the case). */
async function appealJoined(reference: string) {
  const opened = await runPipeline(stateFor(classification({ fields: { caseReferences: [reference] } })), depsFor(db));
  const caseId = opened.registration!.caseId;
  const deps = depsFor(db);
  const appeal = stateFor(classification({ documentType: 'tribunal_appeal', fields: { caseReferences: [reference], parties: [appellant] } as never }));
  const link = await linkStage(appeal, deps);
  expect(link.caseId).toBe(caseId);
  const registration = await registerStage({ ...appeal, link }, deps);
  const letterPorts = (): WriteLettersPorts => ({
    ...deps,
    blobs: { put: async () => {}, get: async () => null } as never,
    letters: dynamoLetterRepository(db),
    renderer: pdfLetterRenderer,
    lettersConfig: defaultLettersConfig(),
  });
  return { caseId, opener: opened.result.documentId, deps, letterPorts, state: { ...appeal, link, registration } };
}

const openDeadlines = async (caseId: string) => Object.values((await getDeadlines(db, caseId))?.book ?? {}).filter((d) => d.status === 'open').map((d) => d.kind);
const lettersOn = async (caseId: string) => (await dynamoLetterRepository(db).ofCase(caseId)).map((l) => [l.kind, l.status]);

describe('the steps after Register on a case given up meanwhile', () => {
  it('given up before Deadlines: neither Deadlines nor WriteLetters writes, each sends the document to review', async () => {
    const { caseId, opener, deps, letterPorts, state } = await appealJoined('GL-1');
    expect(await giveUp(caseId, opener)).not.toBeNull();
    await expect(deadlinesStage(state, deps)).rejects.toMatchObject({ name: 'CaseClosed' });
    expect(await openDeadlines(caseId)).toEqual([]);
    const deadlines = { opened: [], closed: [], keywords: [] };
    await expect(writeLettersStage({ ...state, deadlines }, letterPorts())).rejects.toMatchObject({ name: 'CaseClosed' });
    expect(await lettersOn(caseId)).toEqual([]);
  });

  it('given up between Register\'s join and its journal entry (the window left): the letter filed there goes to review from Deadlines', async () => {
    const opened = await runPipeline(stateFor(classification({ fields: { caseReferences: ['GL-4'] } })), depsFor(db));
    const caseId = opened.registration!.caseId;
    const letter = stateFor(classification({ documentType: 'correspondence', fields: { caseReferences: ['GL-4'] } }));
    const deps = depsFor(db);
    const link = await linkStage(letter, deps);
    const join = deps.cases.join.bind(deps.cases);
    deps.cases.join = async (id, changesFor) => {
      const joined = await join(id, changesFor);
      expect(await giveUp(id, opened.result.documentId)).not.toBeNull();
      return joined;
    };
    const registration = await registerStage({ ...letter, link }, deps);
    expect(registration.caseId).toBe(caseId);
    await expect(deadlinesStage({ ...letter, link, registration }, deps)).rejects.toMatchObject({ name: 'CaseClosed' });
  });

  it('given up while Deadlines writes (after the giving up closed the book): what Deadlines opened is closed again', async () => {
    const { caseId, opener, deps, state } = await appealJoined('GL-2');
    const change = deps.cases.changeDeadlines.bind(deps.cases);
    // The giving up runs through between the stage's first read of the case and its write.
    deps.cases.changeDeadlines = async (input) => {
      deps.cases.changeDeadlines = change;
      expect(await giveUp(caseId, opener)).not.toBeNull();
      return change(input);
    };
    await expect(deadlinesStage(state, deps)).rejects.toMatchObject({ name: 'CaseClosed' });
    expect(await openDeadlines(caseId)).toEqual([]);
    expect((await getCase(db, caseId))?.open).toBe(false);
  });

  it('given up while WriteLetters writes: the letter it wrote is withdrawn, never left ready', async () => {
    const { caseId, opener, deps, letterPorts, state } = await appealJoined('GL-3');
    const deadlines = await deadlinesStage(state, deps);
    const ports = letterPorts();
    const add = ports.letters.add.bind(ports.letters);
    ports.letters = {
      ...ports.letters,
      add: async (record) => {
        expect(await giveUp(caseId, opener)).not.toBeNull();
        return add(record);
      },
    };
    await expect(writeLettersStage({ ...state, deadlines }, ports)).rejects.toMatchObject({ name: 'CaseClosed' });
    expect(await lettersOn(caseId)).toEqual([['tribunal_appeal_acknowledgement', 'withdrawn']]);
    // A Step Functions retry of the task writes nothing more.
    await expect(writeLettersStage({ ...state, deadlines }, letterPorts())).rejects.toMatchObject({ name: 'CaseClosed' });
    expect(await lettersOn(caseId)).toEqual([['tribunal_appeal_acknowledgement', 'withdrawn']]);
  });
});
