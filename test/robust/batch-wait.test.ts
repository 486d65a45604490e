import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { batchWaitRounds } from '#domain/registry/case-in-flight';
import { encodeSheetCode } from '#domain/sheets/sheet-code';
import { declarationOf, personOf } from '../../corpus/robustness-mail.ts';
import { renderTextPdf } from '../../corpus/render.ts';
import { Gate, appealAndDeclaration, embeddedStackForTests, type AppealAndDeclaration } from '../support/interleaved-stack.ts';
import { expectGaveUpAfter, expectJoinedAfterOneWait } from '../support/follow-up-outcomes.ts';

/**
 * Issue 13 item 1's last race: a follow-up that overtakes its opener. The appeal that opens the case
 * is held before its Link (at Classify, as a scan still in OCR would be), so it has not announced
 * itself; the declaration reaches Link, finds no case and no announcement. It must wait while a
 * document of its own batch is still before Link, then join the appeal's case. Interleaved by gates
 * on the task states (the embedded runtime's beforeTask), never by timing.
 */
describe('a follow-up that overtakes its opener in the same batch', () => {
  const stack = embeddedStackForTests('batch-wait');
  const { upload } = stack;

  /** The appeal held at Classify (Inspect has put it on its batch's roll); the declaration handed in then. */
  const overtaken = (person: number, batches: { appeal: string; declaration: string }, onDeclarationTask: AppealAndDeclaration['onDeclarationTask'], waitMs?: number) =>
    appealAndDeclaration(stack, { person, holdAt: 'Classify', batches, declarationAfterHold: true, onDeclarationTask, ...(waitMs === undefined ? {} : { waitMs }) });

  it('waits while its appeal is still before Link, then joins the case the appeal opens', { timeout: 120_000 }, async () => {
    const outcome = await overtaken(9201, { appeal: 'b-9201', declaration: 'b-9201' }, async (state, call, control) => {
      // Were the declaration not to wait, it would end without the appeal: let the appeal go then too.
      if (state === 'Review') control.release();
      // Second look: only after the appeal was let through and has ended.
      if (state === 'Link' && call === 2) {
        control.release();
        await control.finished();
      }
    });
    expectJoinedAfterOneWait(outcome);
  });

  it('is woken when its appeal passes Link, not by the end of its pause (the embedded runtime: no polling)', { timeout: 120_000 }, async () => {
    // A pause of ten minutes: were the look again not woken by the appeal leaving the roll, this test
    // would run out of time. The appeal is let go at the second look's gate, just before the pause.
    const { appeal, declaration, declarationPath, declarationSpans, declarationPauses, links } = await overtaken(
      9204,
      { appeal: 'b-9204', declaration: 'b-9204' },
      async (state, call, control) => {
        if (state === 'Review') control.release();
        if (state === 'Link' && call === 2) control.release();
      },
      10 * 60_000,
    );
    expect(appeal.status).toBe('routed');
    expect(declaration.status).toBe('routed');
    expect(declaration.caseId).toBe(appeal.caseId);
    // Woken, the second look finds the case, or the appeal announced and a short look later its case.
    const waits = declarationPath.filter((s) => s === 'WaitForCase').length;
    expect(waits).toBeGreaterThanOrEqual(1);
    expect(links).toBe(waits + 1);
    // Each pause is reported as the wait for its case, before the look it delays and inside no task's
    // span: the pipeline benchmark counts it apart from the interpreter's passing between states.
    expect(declarationPauses).toHaveLength(waits);
    for (const pause of declarationPauses) {
      expect(pause.state).toBe('Link');
      expect(pause.end).toBeGreaterThan(pause.start);
      expect(declarationSpans.filter((s) => s.start < pause.end && s.end > pause.start)).toEqual([]);
      expect(declarationSpans.some((s) => s.state === 'Link' && s.start >= pause.end)).toBe(true);
    }
  });

  it('does not wait for a document of another batch', { timeout: 120_000 }, async () => {
    const { appeal, declaration, declarationPath } = await overtaken(9202, { appeal: 'b-9202-a', declaration: 'b-9202-d' }, async (state, _call, control) => {
      if (state === 'Review' || state === 'Register') control.release();
    });
    expect(declaration.status).toBe('review');
    expect(declaration.reason).toMatch(/no open case matches/);
    expect(declarationPath).not.toContain('WaitForCase');
    expect(appeal.status).toBe('routed');
  });

  it('gives up after a bounded number of looks while the appeal stays before Link: review with the reason it had', { timeout: 120_000 }, async () => {
    const outcome = await overtaken(9203, { appeal: 'b-9203', declaration: 'b-9203' }, async (state, _call, control) => {
      // The appeal is let go only once the declaration has used every look and is on its way to review.
      if (state === 'Review') control.release();
    });
    expectGaveUpAfter(outcome, batchWaitRounds);
  });

  describe('a split file of the batch', () => {
    const separator = ['SKILLEARK', 'Legg dette arket mellom dokumentene.', encodeSheetCode({ kind: 'separator' })];
    const appealPage = (i: number) => {
      const p = personOf(i);
      return [p.name, 'Fjellveien 1, 5003 Bergen', '', 'Bergen, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${p.nationalId}`, '', 'Jeg klager på vedtak datert 03.03.2025 der Helfo avslo stønad til tannbehandling.', 'Jeg er uenig i vedtaket.', '', 'Med hilsen', p.name];
    };
    const twoAppeals = (a: number, b: number) => renderTextPdf([appealPage(a), separator, appealPage(b)]);

    it('leaves the roll once every part has linked: a follow-up after it does not wait', { timeout: 120_000 }, async () => {
      const { loadLocalStateMachine } = await import('#local/state-machine');
      const machine = await loadLocalStateMachine({ waitMs: 0 });
      const file = await machine.run((await upload('bunke-9211.pdf', await twoAppeals(9211, 9212), 'b-9211')) as never);
      expect((file.output as { status: string }).status).toBe('split');
      // No opener anywhere: the declaration goes to review at once, not after every look.
      const declaration = await machine.run((await upload('erklaering-9213.pdf', await declarationOf(9213), 'b-9211')) as never);
      expect((declaration.output as unknown as ProcessResult).status).toBe('review');
      expect(declaration.path).not.toContain('WaitForCase');
    });

    it('leaves the roll when its first part links: a follow-up does not wait for the later parts (they are linked one after another)', { timeout: 120_000 }, async () => {
      const held = new Gate();
      const released = new Gate();
      const { loadLocalStateMachine } = await import('#local/state-machine');
      const machine = await loadLocalStateMachine({
        waitMs: 0,
        beforeTask: async (state, input) => {
          const { fileName, part } = input as { fileName?: string; part?: { part: number } };
          // The second part held at its Classify: the first has linked (and opened its case) by then.
          if (fileName === 'bunke-9214.pdf' && state === 'PartClassify' && part?.part === 2) {
            held.open();
            await released.opened;
          }
          if (fileName === 'erklaering-9215.pdf' && (state === 'Review' || state === 'WaitForCase')) released.open();
        },
      });
      const fileRun = machine.run((await upload('bunke-9214.pdf', await twoAppeals(9214, 9215), 'b-9214')) as never);
      await held.opened;
      const declaration = await machine.run((await upload('erklaering-9215.pdf', await declarationOf(9215), 'b-9214')) as never);
      const file = await fileRun;
      expect((file.output as { status: string }).status).toBe('split');
      expect((declaration.output as unknown as ProcessResult).status).toBe('review');
      expect(declaration.path).not.toContain('WaitForCase');
    });
  });
});
