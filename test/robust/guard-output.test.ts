import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { startLocalStack, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';
import { idFor } from '../support/national-ids.ts';

/**
 * Issue 14 item 6: AWS keeps the Standard guard's execution history (its output included) a year.
 * What the guard returns must be a summary without personal data; the line stays the child's output.
 */
describe("the Standard guard's output", () => {
  let dir: string;
  let stack: LocalStack;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-guard-output-'));
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  });
  afterAll(async () => {
    await shutdownOcr();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function run(lines: string[], name: string) {
    const { uploadScan } = await import('#local/intake');
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const file = path.join(dir, name);
    await writeFile(file, await renderTextPdf([lines]));
    const input = await uploadScan(stack.bucket, file, { receivedDate: '2025-03-20', postmarkDate: null });
    return (await loadLocalStateMachine()).run(input as never);
  }

  // Two people: a declaration about the appellant would join her case and be routed.
  const appellant = idFor(12, 4, 77);
  const patient = idFor(3, 9, 81);
  const cases = {
    routed: ['Kari Dahl', 'Fjellveien 3, 5003 Bergen', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '', `Fødselsnummer: ${appellant}`, 'Helfos referanse: 25/41001', '', 'Jeg klager på vedtak datert 03.03.2025 der Helfo avslo stønad til tannbehandling.', '', 'Med hilsen', 'Kari Dahl'],
    review: ['Bergen legevakt', '', 'LEGEERKLÆRING', '', `Pasient: Kari Dahl, fødselsnummer ${patient}`, '', 'Diagnose: M54.5 Lumbago (ICD-10).', '', 'Bergen, 14.03.2025', 'Hans Moe, lege'],
  };

  for (const [expected, lines, nationalId] of [['routed', cases.routed, appellant], ['review', cases.review, patient]] as const) {
    it(`holds no national id or extracted field (a document ${expected === 'routed' ? 'routed' : 'sent to review'})`, { timeout: 120_000 }, async () => {
      const { output, guardOutput } = await run(lines, `${expected}.pdf`);
      const line = output as { documentId: string; status: string; fields: { nationalIds: string[] } | null };
      expect(line.status).toBe(expected);
      // The line has the personal data the guard must not keep: otherwise this test proves nothing.
      expect(line.fields?.nationalIds).toContain(nationalId);
      expect(Object.keys(guardOutput as object).sort()).toEqual(['caseId', 'documentId', 'queue', 'status']);
      expect(guardOutput).toMatchObject({ documentId: line.documentId, status: expected });
      const kept = JSON.stringify(guardOutput);
      expect(kept).not.toContain(nationalId);
      expect(kept).not.toContain('Kari');
    });
  }
});
