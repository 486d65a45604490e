import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { startLocalStack, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';
import type { ProcessResult } from '#schemas/pipeline';
import { idFor } from '../support/national-ids.ts';

/**
 * QA s14 f HIGH-1: a person with one open case appeals another decision. Two batches over the local
 * stack: the second appeal finds the first's case by national id only, and must open its own case
 * unless it is about the same decision (the rule of issue 14 item 4, for letters side by side).
 */
const person = { name: 'Randi Lie', id: idFor(3, 3, 64) };
const letter = (o: { heading: string; body: string; reference: string; place: string }) =>
  renderTextPdf([
    [
      person.name, `${o.place}, 5003 Bergen`, '', 'Bergen, 18.03.2025', '', o.heading, '',
      `Fødselsnummer: ${person.id}`, `Deres referanse: ${o.reference}`, '',
      o.body, 'Jeg er uenig i vedtaket.', '', 'Med hilsen', person.name,
    ],
  ]);
const dentalAppeal = (reference: string, place: string) =>
  letter({ heading: 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', body: 'Jeg klager på vedtak datert 01.02.2025 der Helfo avslo stønad til tannbehandling.', reference, place });
const sickPayAppeal = letter({
  heading: 'KLAGE PÅ VEDTAK OM SYKEPENGER',
  body: 'Jeg klager på vedtak datert 03.03.2025 der Nav avslo søknaden min om sykepenger for februar.',
  reference: '25/70002',
  place: 'Lia 2',
});

describe('one person, two decisions, two cases (two batches)', () => {
  let dir: string;
  let stack: LocalStack;
  let n = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-other-decision-'));
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  });
  afterAll(async () => {
    await shutdownOcr();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function batch(receivedDate: string, files: Buffer[]): Promise<ProcessResult[]> {
    const { uploadScan } = await import('#local/intake');
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine();
    const results: ProcessResult[] = [];
    for (const bytes of files) {
      const file = path.join(dir, `scan-${n++}.pdf`);
      await writeFile(file, await bytes);
      const input = await uploadScan(stack.bucket, file, { receivedDate, postmarkDate: null });
      results.push((await machine.run(input as never)).output as unknown as ProcessResult);
    }
    return results;
  }

  it('an appeal against another decision opens its own case; a second letter about the first decision joins the first case', { timeout: 120_000 }, async () => {
    const [dental] = await batch('2025-03-10', [await dentalAppeal('25/70001', 'Lia 1')]);
    expect(dental).toMatchObject({ status: 'routed', documentType: 'appeal', area: 'dental', queue: 'unassigned/dental' });

    const [sickPay, again] = await batch('2025-03-20', [await sickPayAppeal, await dentalAppeal('25/70003', 'Lia 3')]);
    // Before the fix: routed onto the dental case, area dental, queue unit-mail/dental.
    expect(sickPay).toMatchObject({ status: 'routed', documentType: 'appeal', area: 'sick_pay', queue: 'unassigned/sick_pay' });
    expect(sickPay!.caseId).not.toBe(dental!.caseId);
    // Same person, same decision date, another reference: the same appealed decision.
    expect(again).toMatchObject({ status: 'routed', caseId: dental!.caseId });
  });
});
