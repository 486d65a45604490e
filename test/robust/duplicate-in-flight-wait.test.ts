import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests, Gate } from '../support/interleaved-stack.ts';

/**
 * Reviewer's test (rv-inflight13): README says a second upload of bytes still in flight "waits for it
 * (Inspect's own Retry) ... then the second gets the first's answer". The first is held at Classify;
 * it is let go when the second's Inspect runs for the third time (its second retry), so a second that
 * really retries gets the first's answer; one that does not ends at DuplicateInFlight with no answer.
 */
/**
 * Session 13 review (M2): Inspect's DuplicateInFlight Retry is what lets a second upload of the same bytes
 * wait for its first and then get the first's answer (README "Idempotency"); without it every concurrent
 * duplicate ends with no answer. The first is held at Classify until the second's Inspect runs for the
 * third time; Retry waits are 0 ms here (POSTMOTTAK_FAULTS rate 0), so only the attempts are counted.
 */
describe('a second upload whose first upload finishes during its Retry', () => {
  const stack = embeddedStackForTests('duplicate-in-flight-wait');
  afterEach(() => vi.unstubAllEnvs());

  it('gets the first\'s answer as its duplicate', { timeout: 180_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const held = new Gate();
    const released = new Gate();
    let holding = false;
    let secondInspects = 0;
    let firstRun: Promise<unknown> | undefined;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: 0,
      async beforeTask(state, input) {
        if (state === 'Inspect' && JSON.stringify(input).includes('klage-igjen')) {
          secondInspects += 1;
          if (secondInspects === 3) {
            released.open();
            await firstRun;
          }
          return;
        }
        if (state !== 'Classify' || holding) return;
        holding = true;
        held.open();
        await released.opened;
      },
    });
    const bytes = await appealOf(613);
    const running = machine.run((await stack.upload('klage.pdf', bytes)) as never);
    firstRun = running;
    running.catch(() => undefined);
    await held.opened;
    const second = await machine.run((await stack.upload('klage-igjen.pdf', bytes)) as never).finally(() => released.open());
    const first = (await running).output as unknown as ProcessResult;
    expect(first.status).toBe('routed');
    expect(secondInspects).toBeGreaterThanOrEqual(3);
    expect(second.output).toMatchObject({ status: 'routed', duplicateOf: first.documentId, caseId: first.caseId });
  });
});
