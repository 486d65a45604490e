import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { pipelinedInLanes } from '#local/pipelining';
import { firstTasksFrom } from '#local/state-machine';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests } from '../support/interleaved-stack.ts';

/**
 * Issue 14: asked to (leaveOcrLaneWhenPagesRead), a document in the OCR lane gives its place to the next
 * one when its pages are read. The page Map is followed by a Choice and a Pass that look for failed pages
 * before Classify; the runtime must find Classify behind them (session 7 had the Map's own Next, a
 * Choice with no handler, and scans held their place until they ended — now the default on purpose,
 * README "Robustness", session 8). Interleaved by gates on the task states, never by timing.
 */
describe('the OCR lane place after the pages are read (embedded runtime)', () => {
  const stack = embeddedStackForTests('ocr-place');

  it('lets the next document of the lane start while the first is held past Classify', { timeout: 120_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const files = ['first-9301.pdf', 'second-9302.pdf'];
    const started = [false, false];
    /** Whether the second had started when the first reached each of its tasks after its pages. */
    const secondStartedAt: Record<string, boolean> = {};
    const machine = await loadLocalStateMachine({
      leaveOcrLaneWhenPagesRead: true,
      waitMs: 0,
      beforeTask: (state, input) => {
        if ((input as { fileName?: string }).fileName === files[0] && ['Classify', 'Link', 'Register'].includes(state)) secondStartedAt[state] = started[1]!;
      },
    });
    const outcomes: ProcessResult[] = [];
    // One place in the OCR lane, both documents in it: the second may start only once the first gives its place up.
    await pipelinedInLanes(
      [9301, 9302],
      { ocr: 1, text: 0 },
      () => 'ocr',
      async (person, index) => {
        started[index] = true;
        const input = await stack.upload(files[index]!, await appealOf(person));
        return (await machine.run(input as never)).output as unknown as ProcessResult;
      },
      (_person, outcome) => {
        if (outcome.status === 'fulfilled') outcomes.push(outcome.value);
      },
    );
    expect(outcomes.map((o) => o.status)).toEqual(['routed', 'routed']);
    // Before Classify the first still reads (its place is held); by Link it has given the place up.
    expect(secondStartedAt).toEqual({ Classify: false, Link: true, Register: true });
  });

  it('lets the next text letter start once the first is classified, while no scan is in the OCR lane (textPastReadingWhenStarved)', { timeout: 120_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const files = ['first-9305.pdf', 'second-9306.pdf'];
    const started = [false, false];
    const secondStartedAt: Record<string, boolean> = {};
    const machine = await loadLocalStateMachine({
      waitMs: 0,
      beforeTask: (state, input) => {
        if ((input as { fileName?: string }).fileName === files[0] && ['Classify', 'Register'].includes(state)) secondStartedAt[state] = started[1]!;
      },
    });
    const outcomes: string[] = [];
    await pipelinedInLanes(
      [9305, 9306],
      { ocr: 1, text: 1, textPastReadingWhenStarved: true },
      () => 'text',
      async (person, index) => {
        started[index] = true;
        return (await machine.run((await stack.upload(files[index]!, await appealOf(person))) as never)).output as unknown as ProcessResult;
      },
      (_person, outcome) => {
        if (outcome.status === 'fulfilled') outcomes.push(outcome.value.status);
      },
    );
    expect(outcomes).toEqual(['routed', 'routed']);
    // In its reading the first holds the text lane's one place; at Link (read and classified) it gives it up.
    expect(secondStartedAt).toEqual({ Classify: false, Register: true });
  });

  it('keeps the place until the document ends by default', { timeout: 120_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const files = ['first-9303.pdf', 'second-9304.pdf'];
    const started = [false, false];
    let secondStartedAtRegister: boolean | undefined;
    const machine = await loadLocalStateMachine({
      waitMs: 0,
      beforeTask: (state, input) => {
        if ((input as { fileName?: string }).fileName === files[0] && state === 'Register') secondStartedAtRegister = started[1];
      },
    });
    await pipelinedInLanes(
      [9303, 9304],
      { ocr: 1, text: 0 },
      () => 'ocr',
      async (person, index) => {
        started[index] = true;
        return (await machine.run((await stack.upload(files[index]!, await appealOf(person))) as never)).output;
      },
      () => undefined,
    );
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
