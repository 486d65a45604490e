import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests, Gate } from '../support/interleaved-stack.ts';

/**
 * Issue 14 item 5, Link's looks for an announced opener on the embedded runtime: a declaration that finds
 * its appeal announced and without an outcome pauses until that appeal ends (local/opener-wake.ts), not a
 * look every 100 ms. The appeal is held at Register until the declaration's first look has named it, then
 * takes its time over Route (a real pause: what a loaded machine does to it); the pause's own bound is
 * a minute, never reached here. Polling, the declaration looked again and again while the appeal ran.
 */
describe('a follow-up waiting for its announced opener', () => {
  const stack = embeddedStackForTests('opener-wake');

  it('looks again once, when the opener has ended, and joins its case', { timeout: 120_000 }, async () => {
    const person = 9181;
    const appealFile = `anke-${person}.pdf`;
    const declarationFile = `erklaering-${person}.pdf`;
    const atRegister = new Gate();
    const named = new Gate();
    let looks = 0;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: 60_000,
      beforeTask: async (state, input) => {
        const file = (input as { fileName?: string }).fileName;
        if (file === declarationFile && state === 'Link') looks++;
        if (file === appealFile && state === 'Register') {
          atRegister.open();
          await named.opened;
        }
        if (file === appealFile && state === 'Route') await new Promise((resolve) => setTimeout(resolve, 500));
      },
      stateExited: (state, input, output) => {
        const file = (input as { fileName?: string }).fileName;
        const link = (output as { link?: { inFlight?: { openers?: string[] } } } | undefined)?.link;
        if (file === declarationFile && state === 'Link' && link?.inFlight) named.open();
      },
    });
    const appeal = machine.run((await stack.upload(appealFile, await appealOf(person))) as never);
    // The appeal announces itself at its Link, then waits at Register for the declaration's first look.
    await atRegister.opened;
    const declaration = machine.run((await stack.upload(declarationFile, await declarationOf(person))) as never);
    const [a, d] = await Promise.all([appeal, declaration]);
    const appealResult = a.output as unknown as ProcessResult;
    const declarationResult = d.output as unknown as ProcessResult;
    expect(appealResult.status).toBe('routed');
    expect(declarationResult.status).toBe('routed');
    expect(declarationResult.caseId).toBe(appealResult.caseId);
    expect(d.path.filter((s) => s === 'WaitForCase')).toHaveLength(1);
    expect(looks).toBe(2);
  });
});
