import { describe, expect, it } from 'vitest';
import { type ProcessResult, SplitOutcome } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { appealOf, declarationOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests, Gate } from '../support/interleaved-stack.ts';
import { kari, kariAppeal, separatorSheet } from '../support/kari-letter.ts';
import { idFor } from '../support/national-ids.ts';

/**
 * Issue 14 item 5, Link's looks for an announced opener on the embedded runtime: a declaration that finds
 * its appeal announced and without an outcome pauses until that appeal ends (local/opener-wake.ts), not a
 * look every 100 ms. The appeal is held at Register until the declaration's first look has named it, then
 * takes its time over Route (a real pause: what a loaded machine does to it). The pause's own bound
 * (waitMs) is above Link's TimeoutSeconds (60) and the test's timeout, so a wake that does not come is
 * never waited out as a bound: it shows as a third look (the timed-out Link retried) or as the test's
 * timeout. Polling, the declaration looked again and again while the appeal ran.
 */
const testTimeoutMs = 120_000;
const pauseBoundMs = 2 * testTimeoutMs;

describe('a follow-up waiting for its announced opener', () => {
  const stack = embeddedStackForTests('opener-wake');

  it('looks again once, when the opener has ended, and joins its case', { timeout: testTimeoutMs }, async () => {
    const person = 9181;
    const appealFile = `anke-${person}.pdf`;
    const declarationFile = `erklaering-${person}.pdf`;
    const atRegister = new Gate();
    const named = new Gate();
    let looks = 0;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: pauseBoundMs,
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

  it('wakes when the opener is the first part of a file and has routed, while a later part of that file is still held', { timeout: testTimeoutMs }, async () => {
    // Review s18 M2: the file's execution has not ended, so only the opener part's last task (PartRoute) can wake the declaration.
    const bundleFile = 'post-kari.pdf';
    const declarationFile = 'erklaering-kari.pdf';
    const other = idFor(5, 6, 90);
    const otherAppeal = [
      'Ola Hansen', 'Sjøgata 4, 8006 Bodø', '', 'Bodø, 17.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
      `Fødselsnummer: ${other}`, '', 'Jeg klager på vedtak datert 10.03.2025 der Helfo avslo stønad til tannbehandling.', '', 'Med hilsen', 'Ola Hansen',
    ];
    const kariDeclaration = [
      'Oslo legesenter', '', 'LEGEERKLÆRING', '', `Pasient: Kari Nordmann, fødselsnummer ${kari}`, '',
      'Diagnose: K05.3 Kronisk periodontitt (ICD-10).', 'Pasienten har vært til behandling siden 2023.', '', 'Oslo, 19.03.2025', 'Ingrid Berg, lege',
    ];
    const atRegister = new Gate();
    const named = new Gate();
    const declarationEnded = new Gate();
    let looks = 0;
    let laterPartHeld = false;
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine({
      waitMs: pauseBoundMs,
      beforeTask: async (state, input) => {
        const { fileName, part } = input as { fileName?: string; part?: { part?: number } };
        if (fileName === declarationFile && state === 'Link') looks++;
        if (fileName === bundleFile && part?.part === 1 && state === 'PartRegister') {
          atRegister.open();
          await named.opened;
        }
        if (fileName === bundleFile && part?.part === 2 && state === 'PartClassify') {
          laterPartHeld = true;
          await declarationEnded.opened;
        }
      },
      stateExited: (state, input, output) => {
        const file = (input as { fileName?: string }).fileName;
        const link = (output as { link?: { inFlight?: unknown } } | undefined)?.link;
        if (file === declarationFile && state === 'Link' && link?.inFlight) named.open();
      },
    });
    const bundle = machine.run((await stack.upload(bundleFile, await renderTextPdf([kariAppeal, separatorSheet, otherAppeal]))) as never);
    // Kari's appeal (part 1) announces itself at PartLink, then waits at PartRegister for the declaration's first look.
    await atRegister.opened;
    const d = await machine.run((await stack.upload(declarationFile, await renderTextPdf([kariDeclaration]))) as never);
    const heldWhileDeclarationRan = laterPartHeld;
    declarationEnded.open();
    const outcome = SplitOutcome.parse((await bundle).output);
    const declarationResult = d.output as unknown as ProcessResult;
    expect(heldWhileDeclarationRan).toBe(true);
    expect(outcome.parts.map((p) => p.status)).toEqual(['routed', 'routed']);
    expect(declarationResult.status).toBe('routed');
    expect(declarationResult.caseId).toBe(outcome.parts[0]!.caseId);
    expect(d.path.filter((s) => s === 'WaitForCase')).toHaveLength(1);
    expect(looks).toBe(2);
  });
});
