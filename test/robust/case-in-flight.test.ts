import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { caseInFlightRounds } from '#domain/registry/case-in-flight';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';
import { Gate, embeddedStackForTests } from '../support/interleaved-stack.ts';

/**
 * Issue 13 item 1, "or a case being created in the same batch": a medical declaration whose appeal is
 * opening the case at the same moment waits for that case through the state machine (Link, WaitForCase,
 * Link again) instead of going to review. The two executions are interleaved by gates on their task
 * states (the embedded runtime's beforeTask), never by timing: the appeal is held at Register, the
 * declaration's Links run at chosen points.
 */
describe('a follow-up whose case is being opened beside it', () => {
  const { upload } = embeddedStackForTests('in-flight');

  interface AppealControl {
    /** Resolves when the appeal has reached Register (its Link, which announces it, is done). */
    atRegister: Promise<void>;
    /** Lets the appeal through Register. */
    release: () => void;
    /** Resolves when the appeal's execution has ended. */
    finished: () => Promise<unknown>;
  }

  /** The appeal held at Register until released; each of the declaration's tasks first awaits `onDeclarationTask` (its Links numbered). */
  async function interleaved(person: number, onDeclarationTask: (state: string, links: number, appeal: AppealControl) => Promise<void>) {
    const appealFile = `anke-${person}.pdf`;
    const declarationFile = `erklaering-${person}.pdf`;
    const atRegister = new Gate();
    const released = new Gate();
    let links = 0;
    let appealRun: Promise<unknown> | undefined;
    const control: AppealControl = { atRegister: atRegister.opened, release: () => released.open(), finished: () => appealRun! };
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: 0,
      beforeTask: async (state, input) => {
        const file = (input as { fileName?: string }).fileName;
        if (file === appealFile && state === 'Register') {
          atRegister.open();
          await released.opened;
        }
        if (file === declarationFile) await onDeclarationTask(state, state === 'Link' ? ++links : links, control);
      },
    });
    const appeal = machine.run((await upload(appealFile, await appealOf(person))) as never);
    appealRun = appeal;
    const declaration = machine.run((await upload(declarationFile, await declarationOf(person))) as never);
    const [a, d] = await Promise.all([appeal, declaration]);
    return { appeal: a.output as unknown as ProcessResult, declaration: d.output as unknown as ProcessResult, declarationPath: d.path, links };
  }

  it('waits while the appeal opens the case, then joins that case', { timeout: 120_000 }, async () => {
    const { appeal, declaration, declarationPath, links } = await interleaved(9101, async (state, call, control) => {
      // Were the declaration not to wait, it would end without the appeal: let the appeal go then too.
      if (state === 'Review') control.release();
      if (state !== 'Link') return;
      // First look: the appeal has announced itself (its Link ran) and is held before Register.
      if (call === 1) await control.atRegister;
      // Second look: only after the appeal was let through and has ended.
      if (call === 2) {
        control.release();
        await control.finished();
      }
    });
    expect(appeal.status).toBe('routed');
    expect(declaration.status).toBe('routed');
    expect(declaration.caseId).toBe(appeal.caseId);
    expect(declarationPath.filter((s) => s === 'WaitForCase')).toHaveLength(1);
    expect(links).toBe(2);
  });

  it('gives up after a bounded number of looks while the appeal stays held: review with the reason it had', { timeout: 120_000 }, async () => {
    const { appeal, declaration, declarationPath, links } = await interleaved(9102, async (state, call, control) => {
      if (state === 'Link' && call === 1) await control.atRegister;
      // The appeal is let go only once the declaration has used every look and is on its way to review.
      if (state === 'Review') control.release();
    });
    expect(declaration.status).toBe('review');
    expect(declaration.caseId).toBeNull();
    expect(declaration.reason).toMatch(/no open case matches/);
    expect(declarationPath.filter((s) => s === 'WaitForCase')).toHaveLength(caseInFlightRounds);
    expect(links).toBe(caseInFlightRounds + 1);
    expect(appeal.status).toBe('routed');
  });

  it('a declaration with nothing in flight for its case does not wait', { timeout: 120_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({ waitMs: 0 });
    const run = await machine.run((await upload('erklaering-alone.pdf', await declarationOf(9103))) as never);
    expect((run.output as unknown as ProcessResult).status).toBe('review');
    expect(run.path).not.toContain('WaitForCase');
  });
});
