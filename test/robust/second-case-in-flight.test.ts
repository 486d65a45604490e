import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { personOf } from '../../corpus/robustness-mail.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { appealAndDeclaration, embeddedStackForTests } from '../support/interleaved-stack.ts';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';

/**
 * Review s14 of fixF (MEDIUM-1, the QA's G01/G02): a person has one open case; in one batch an appeal
 * about another decision opens her second case while her medical declaration (found by national id
 * alone) reaches Link. The declaration must not be filed on the old case because the new one is not
 * registered yet: it waits for the case in flight, then finds two open cases and goes to review.
 * Interleaved by gates on the task states, never by timing.
 */
describe('a follow-up found by national id while its person\'s second case is being opened beside it', () => {
  const stack = embeddedStackForTests('second-case');

  /** An earlier appeal of the person about another decision (another date and reference): her one open case. */
  const earlierAppeal = (i: number) => {
    const p = personOf(i);
    return renderTextPdf([
      [
        p.name, 'Fjellveien 1, 5003 Bergen', '', 'Bergen, 20.01.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
        `Fødselsnummer: ${p.nationalId}`, 'Helfos referanse: 24/77001', '',
        'Jeg klager på vedtak datert 10.01.2025 der Helfo avslo stønad til tannbehandling.', 'Jeg er uenig i vedtaket.', '', 'Med hilsen', p.name,
      ],
    ]);
  };

  it('waits while the second case is opened, then goes to review: two open cases', { timeout: 120_000 }, async () => {
    const person = 9301;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const first = await (await loadLocalStateMachine({ waitMs: 0 })).run((await stack.upload('klage-tidligere.pdf', await earlierAppeal(person), 'b-9301-0')) as never);
    const old = first.output as unknown as ProcessResult;
    expect(old.status).toBe('routed');

    const outcome = await appealAndDeclaration(stack, {
      person,
      holdAt: 'Register',
      batches: { appeal: 'b-9301', declaration: 'b-9301' },
      onDeclarationTask: async (state, call, control) => {
        // Were the declaration not to wait, it would end without the appeal: let the appeal go then too.
        if (state === 'Review' || state === 'Register') control.release();
        if (state !== 'Link') return;
        // First look: the appeal has announced its new case and is held before Register.
        if (call === 1) await control.held;
        if (call === 2) {
          control.release();
          await control.finished();
        }
      },
    });
    expect(outcome.appeal.status).toBe('routed');
    expect(outcome.appeal.caseId).not.toBe(old.caseId);
    expect(outcome.declarationPath).toContain('WaitForCase');
    expect(outcome.declaration.status).toBe('review');
    expect(outcome.declaration.caseId).toBeNull();
  });

  it('does not wait for batch-mates put on the roll ahead that have not started (red before: WaitForCase, every round)', { timeout: 120_000 }, async () => {
    // Review s19 of batch19: the CLI puts its whole lookahead on the roll; a declaration that HAS found its
    // case waited while any of them was before Link (median 11.9 → 43.6 s). Only started batch-mates count.
    const person = 9302;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({ waitMs: 0 });
    const opened = (await machine.run((await stack.upload('klage-9302.pdf', await appealOf(person), 'b-9302-0')) as never)).output as unknown as ProcessResult;
    expect(opened.status).toBe('routed');
    const { dbFromEnv } = await import('../../functions/commons/store/service.ts');
    const { dynamoBatchRoll } = await import('../../functions/commons/store/batch-roll.ts');
    const roll = dynamoBatchRoll(dbFromEnv(), () => new Date());
    const at = new Date().toISOString();
    for (let i = 0; i < 20; i++) await roll.ahead({ batch: 'name:b-9302', documentId: `unstarted-${i}`, at });
    const run = await machine.run((await stack.upload('erklaering-9302.pdf', await declarationOf(person), 'b-9302')) as never);
    expect(run.path).not.toContain('WaitForCase');
    expect(run.output).toMatchObject({ status: 'routed', caseId: opened.caseId });
  });
});
