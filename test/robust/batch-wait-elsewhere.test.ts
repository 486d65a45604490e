import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { batchWaitRounds } from '#domain/registry/case-in-flight';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';
import { Gate, embeddedStackForTests } from '../support/interleaved-stack.ts';

/**
 * Review 4: the awaited batch-mate is on the roll but not in this process (a `process --batch NAME`
 * killed and run again within the roll's window). No pass of it can wake the follow-up here, so each
 * look pauses the short local bound, not the Wait's 2 s: with the CLI's default options the follow-up
 * reaches review after its 60 looks in seconds, where it sat two minutes (60 × 2 s) before, beyond this
 * test's timeout. The other "process" is a second embedded state machine on the same stack.
 */
describe('a follow-up whose batch-mate runs in another process', () => {
  const stack = embeddedStackForTests('batch-wait-elsewhere');

  it('looks every time, each after the short bound, and goes to review (the CLI default bound)', { timeout: 60_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const held = new Gate();
    const released = new Gate();
    const elsewhere = await loadLocalStateMachine({
      waitMs: 0,
      beforeTask: async (state, input) => {
        if ((input as { fileName?: string }).fileName === 'anke-9231.pdf' && state === 'Classify') {
          held.open();
          await released.opened;
        }
      },
    });
    // What `postmottak process` loads: no options.
    const here = await loadLocalStateMachine();
    const appealRun = elsewhere.run((await stack.upload('anke-9231.pdf', await appealOf(9231), 'b-9231')) as never);
    await held.opened;
    const declaration = await here.run((await stack.upload('erklaering-9231.pdf', await declarationOf(9231), 'b-9231')) as never);
    released.open();
    const appeal = await appealRun;
    const result = declaration.output as unknown as ProcessResult;
    expect(result.status).toBe('review');
    expect(result.reason).toMatch(/no open case matches/);
    expect(declaration.path.filter((s) => s === 'WaitForCase')).toHaveLength(batchWaitRounds);
    expect((appeal.output as unknown as ProcessResult).status).toBe('routed');
  });
});
