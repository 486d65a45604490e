import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { pipelinedInLanes, type Lane, type LaneSizes } from '#local/pipelining';
import { firstTasksFrom, type LocalStateMachineOptions } from '#local/state-machine';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests, Gate } from '../support/interleaved-stack.ts';

/**
 * Issue 14: asked to (leaveOcrLaneWhenPagesRead), a document in the OCR lane gives its place to the next
 * one when its pages are read. The page Map is followed by a Choice and a Pass that look for failed pages
 * before Classify; the runtime must find Classify behind them (session 7 had the Map's own Next, a
 * Choice with no handler, and scans held their place until they ended — now the default on purpose,
 * README "Robustness", session 8). Interleaved by gates on the task states, never by timing.
 */
describe('the OCR lane place after the pages are read (embedded runtime)', () => {
  const stack = embeddedStackForTests('ocr-place');

  /**
   * Appeals for `people` run through the embedded state machine in the lanes `sizes` (each document's
   * lane `laneOf` says), each uploaded as `<name>-<person>.pdf`; `beforeTask` sees which documents have
   * started (by index) and the file's name.
   */
  async function inLanes(
    people: number[],
    sizes: LaneSizes,
    laneOf: (index: number) => Lane,
    options: Omit<LocalStateMachineOptions, 'beforeTask'> & { beforeTask?: (state: string, fileName: string | undefined, started: readonly boolean[]) => Promise<void> | void },
  ): Promise<{ statuses: string[]; started: boolean[] }> {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const { beforeTask, ...machineOptions } = options;
    const started = people.map(() => false);
    const machine = await loadLocalStateMachine({
      ...machineOptions,
      waitMs: 0,
      beforeTask: beforeTask && ((state, input) => beforeTask(state, (input as { fileName?: string }).fileName, started)),
    });
    const statuses: string[] = [];
    await pipelinedInLanes(
      people,
      sizes,
      (_person, index) => laneOf(index),
      async (person, index) => {
        started[index] = true;
        const input = await stack.upload(fileOf(person, index), await appealOf(person));
        return (await machine.run(input as never)).output as unknown as ProcessResult;
      },
      (_person, outcome) => {
        if (outcome.status === 'fulfilled') statuses.push(outcome.value.status);
      },
    );
    return { statuses, started };
  }
  const fileOf = (person: number, index: number) => `${['first', 'second', 'third'][index]}-${person}.pdf`;

  it('lets the next document of the lane start while the first is held past Classify', { timeout: 120_000 }, async () => {
    /** Whether the second had started when the first reached each of its tasks after its pages. */
    const secondStartedAt: Record<string, boolean> = {};
    // One place in the OCR lane, both documents in it: the second may start only once the first gives its place up.
    const { statuses } = await inLanes([9301, 9302], { ocr: 1, text: 0 }, () => 'ocr', {
      leaveOcrLaneWhenPagesRead: true,
      beforeTask: (state, fileName, started) => {
        if (fileName === fileOf(9301, 0) && ['Classify', 'Link', 'Register'].includes(state)) secondStartedAt[state] = started[1]!;
      },
    });
    expect(statuses).toEqual(['routed', 'routed']);
    // Before Classify the first still reads (its place is held); by Link it has given the place up.
    expect(secondStartedAt).toEqual({ Classify: false, Link: true, Register: true });
  });

  it('lets the next text letter start once the first is classified, while no scan is in the OCR lane (textPastReadingWhenStarved)', { timeout: 120_000 }, async () => {
    const secondStartedAt: Record<string, boolean> = {};
    const { statuses } = await inLanes([9305, 9306], { ocr: 1, text: 1, textPastReadingWhenStarved: true }, () => 'text', {
      beforeTask: (state, fileName, started) => {
        if (fileName === fileOf(9305, 0) && ['Classify', 'Link', 'Register'].includes(state)) secondStartedAt[state] = started[1]!;
      },
    });
    expect(statuses).toEqual(['routed', 'routed']);
    // In its reading and as Link starts the first holds the text lane's one place; in Link (read and classified) it gives it up.
    expect(secondStartedAt).toEqual({ Classify: false, Link: false, Register: true });
  });

  it('lets the next text letter start once the first is classified while the one scan, held past its pages, keeps its place (past-pages)', { timeout: 120_000 }, async () => {
    const scanAtLink = new Gate();
    const scanGoesOn = new Gate();
    let secondLetterStartedAtRegister: boolean | undefined;
    // The scan in the OCR lane (its one place), two text letters in the text lane (one place).
    const { statuses, started } = await inLanes([9307, 9308, 9309], { ocr: 1, text: 1, textPastReadingWhenStarved: true }, (index) => (index === 0 ? 'ocr' : 'text'), {
      beforeTask: async (state, fileName, startedNow) => {
        if (fileName === fileOf(9307, 0) && state === 'Link') {
          // Past its pages, the scan is held here with its place: it feeds the OCR worker no more.
          scanAtLink.open();
          await scanGoesOn.opened;
        }
        // The first letter reaches Link (read and classified) only once the scan is past its pages.
        if (fileName === fileOf(9308, 1) && state === 'Link') await scanAtLink.opened;
        if (fileName === fileOf(9308, 1) && state === 'Register') {
          secondLetterStartedAtRegister = startedNow[2];
          scanGoesOn.open();
        }
      },
    });
    expect(statuses).toEqual(['routed', 'routed', 'routed']);
    expect(started).toEqual([true, true, true]);
    // Without the scan saying it is past its pages, the first letter would keep the text lane's place until it ended.
    expect(secondLetterStartedAtRegister).toBe(true);
  });

  it('keeps the place until the document ends by default', { timeout: 120_000 }, async () => {
    let secondStartedAtRegister: boolean | undefined;
    const { started } = await inLanes([9303, 9304], { ocr: 1, text: 0 }, () => 'ocr', {
      beforeTask: (state, fileName, startedNow) => {
        if (fileName === fileOf(9303, 0) && state === 'Register') secondStartedAtRegister = startedNow[1];
      },
    });
    expect(started).toEqual([true, true]);
    expect(secondStartedAtRegister).toBe(false);
  });
});

describe('firstTasksFrom', () => {
  const states = [
    { name: 'AnyPages', state: { Type: 'Choice', Choices: [{ Next: 'FindFailed' }], Default: 'Classify' } },
    { name: 'FindFailed', state: { Type: 'Pass', Next: 'AnyFailed' } },
    { name: 'AnyFailed', state: { Type: 'Choice', Choices: [{ Next: 'ReadFailed' }], Default: 'Classify' } },
    { name: 'ReadFailed', state: { Type: 'Pass', Next: 'RecordFailure' } },
    { name: 'Classify', state: { Type: 'Task', Next: 'Link' } },
    { name: 'RecordFailure', state: { Type: 'Task' } },
    { name: 'Link', state: { Type: 'Task' } },
  ];

  it('follows Pass and every branch of a Choice to the tasks reached first, and no further', () => {
    expect(firstTasksFrom('AnyPages', states).sort()).toEqual(['Classify', 'RecordFailure']);
  });

  it('is the task itself when the state is one', () => {
    expect(firstTasksFrom('Link', states)).toEqual(['Link']);
  });
});
