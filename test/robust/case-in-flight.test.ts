import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { caseInFlightRounds } from '#domain/registry/case-in-flight';
import { declarationOf } from '../../corpus/robustness-mail.ts';
import { appealAndDeclaration, embeddedStackForTests, type AppealAndDeclaration } from '../support/interleaved-stack.ts';
import { expectGaveUpAfter, expectJoinedAfterOneWait } from '../support/follow-up-outcomes.ts';

/**
 * Issue 13 item 1, "or a case being created in the same batch": a medical declaration whose appeal is
 * opening the case at the same moment waits for that case through the state machine (Link, WaitForCase,
 * Link again) instead of going to review. The two executions are interleaved by gates on their task
 * states (the embedded runtime's beforeTask), never by timing: the appeal is held at Register, the
 * declaration's Links run at chosen points.
 */
describe('a follow-up whose case is being opened beside it', () => {
  const stack = embeddedStackForTests('in-flight');
  const { upload } = stack;

  /** The appeal held at Register (its Link, which announces it, is done); the declaration handed in beside it at once. */
  const interleaved = (person: number, onDeclarationTask: AppealAndDeclaration['onDeclarationTask']) =>
    appealAndDeclaration(stack, { person, holdAt: 'Register', onDeclarationTask });

  it('waits while the appeal opens the case, then joins that case', { timeout: 120_000 }, async () => {
    const outcome = await interleaved(9101, async (state, call, control) => {
      // Were the declaration not to wait, it would end without the appeal: let the appeal go then too.
      if (state === 'Review') control.release();
      if (state !== 'Link') return;
      // First look: the appeal has announced itself (its Link ran) and is held before Register.
      if (call === 1) await control.held;
      // Second look: only after the appeal was let through and has ended.
      if (call === 2) {
        control.release();
        await control.finished();
      }
    });
    expectJoinedAfterOneWait(outcome);
  });

  it('gives up after a bounded number of looks while the appeal stays held: review with the reason it had', { timeout: 120_000 }, async () => {
    const outcome = await interleaved(9102, async (state, call, control) => {
      if (state === 'Link' && call === 1) await control.held;
      // The appeal is let go only once the declaration has used every look and is on its way to review.
      if (state === 'Review') control.release();
    });
    expectGaveUpAfter(outcome, caseInFlightRounds);
  });

  it('a declaration with nothing in flight for its case does not wait', { timeout: 120_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({ waitMs: 0 });
    const run = await machine.run((await upload('erklaering-alone.pdf', await declarationOf(9103))) as never);
    expect((run.output as unknown as ProcessResult).status).toBe('review');
    expect(run.path).not.toContain('WaitForCase');
  });
});
