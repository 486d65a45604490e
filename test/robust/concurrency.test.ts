import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { localTable, startLocalStack, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';
import type { ProcessResult } from '#schemas/pipeline';
import { idFor } from '../support/national-ids.ts';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';

/**
 * Issue 14 item 5: what happens at the same moment. Executions run side by side in one process, as
 * parallel Lambda invocations would; the table is audited for duplicates after each.
 */
const appeal = (o: { name: string; id: string; reference: string; decided: string; variant: string }) =>
  renderTextPdf([
    [
      o.name, `${o.variant}, 5003 Bergen`, '', 'Bergen, 18.03.2025', '', 'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
      `Fødselsnummer: ${o.id}`, `Helfos referanse: ${o.reference}`, '',
      `Jeg klager på vedtak datert ${o.decided} der Helfo avslo stønad til tannbehandling.`, 'Jeg er uenig i vedtaket.', '', 'Med hilsen', o.name,
    ],
  ]);
const orphanDeclaration = renderTextPdf([
  ['Bergen legevakt', '', 'LEGEERKLÆRING', '', `Pasient: Lise Larsen, fødselsnummer ${idFor(24, 11, 90)}`, '', 'Diagnose: M54.5 Lumbago (ICD-10).', 'Pasienten har hatt ryggsmerter i seks måneder.', '', 'Bergen, 14.03.2025', 'Hans Moe, lege'],
]);

describe('at the same moment', () => {
  let dir: string;
  let stack: LocalStack;
  let n = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-concurrency-'));
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
  });
  afterAll(async () => {
    await shutdownOcr();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function upload(bytes: Buffer) {
    const { uploadScan } = await import('#local/intake');
    const file = path.join(dir, `scan-${n++}.pdf`);
    await writeFile(file, bytes);
    return uploadScan(stack.bucket, file, { receivedDate: '2025-03-20', postmarkDate: null });
  }
  async function runAll(inputs: unknown[]): Promise<ProcessResult[]> {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const machine = await loadLocalStateMachine();
    return Promise.all(inputs.map(async (input) => (await machine.run(input as never)).output as unknown as ProcessResult));
  }
  async function noDuplicates() {
    const audit = auditTable(await scanTable(localTable));
    expect(audit.problems).toEqual([]);
    return audit;
  }

  it('the same object announced twice at once, and the same bytes uploaded twice at once: one document', { timeout: 120_000 }, async () => {
    const bytes = await appeal({ name: 'Eva Holm', id: idFor(2, 2, 71), reference: '25/40001', decided: '03.03.2025', variant: 'Elvegata 1' });
    const once = await upload(bytes);
    const again = await upload(bytes);
    const results = await runAll([once, once, again]);
    expect(new Set(results.map((r) => r.documentId)).size).toBe(1);
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    expect(results.filter((r) => r.duplicateOf).length).toBeGreaterThanOrEqual(1);
    await noDuplicates();
  });

  it('two appeals by one person against different decisions: two cases', { timeout: 120_000 }, async () => {
    const person = { name: 'Siv Aas', id: idFor(9, 9, 59) };
    const results = await runAll([
      await upload(await appeal({ ...person, reference: '25/40003', decided: '01.02.2025', variant: 'Lia 1' })),
      await upload(await appeal({ ...person, reference: '25/40004', decided: '15.02.2025', variant: 'Lia 2' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['routed', 'routed']);
    expect(new Set(results.map((r) => r.caseId)).size).toBe(2);
    await noDuplicates();
  });

  it('two archivists deciding one review item at once: one decision takes effect', { timeout: 120_000 }, async () => {
    const [inReview] = await runAll([await upload(await orphanDeclaration)]);
    expect(inReview!.status).toBe('review');
    const { dbFromEnv, recordDecision } = await import('#commons/store/service');
    const decide = (archivist: string, area: string) => recordDecision(dbFromEnv(), { documentId: inReview!.documentId, archivist, documentType: 'appeal', area, decidedAt: new Date().toISOString() } as never);
    const outcomes = await Promise.allSettled([decide('arkivar-1', 'dental'), decide('arkivar-2', 'sick_pay')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ name: 'DecisionError' });
    await noDuplicates();
  });

  // Link finds no case for any of them; Register's claim of the reference and of (national id, decision
  // date) lets one open the case and the others join it (functions/commons/store/case-claims.ts).
  it('several letters about one appealed decision at the same moment (one reference, or one national id and decision date): one case, all attached', { timeout: 120_000 }, async () => {
    const person = { name: 'Tor Vik', id: idFor(5, 6, 66), decided: '01.02.2025' };
    const inputs = [
      await upload(await appeal({ ...person, reference: '25/40002', variant: 'Bakken 1' })),
      await upload(await appeal({ ...person, reference: '25/40002', variant: 'Bakken 2' })),
      await upload(await appeal({ ...person, reference: '25/40002', variant: 'Bakken 3' })),
    ];
    const results = await runAll(inputs);
    const routed = results.filter((r) => r.status === 'routed');
    expect(routed.length).toBe(3);
    expect(new Set(routed.map((r) => r.caseId)).size).toBe(1);
    await noDuplicates();
  });


  it('letters by one person about one decision date at the same moment, citing different references: one case', { timeout: 120_000 }, async () => {
    const person = { name: 'Ola Berg', id: idFor(7, 8, 62), decided: '10.02.2025' };
    const results = await runAll([
      await upload(await appeal({ ...person, reference: '25/40005', variant: 'Haugen 1' })),
      await upload(await appeal({ ...person, reference: '25/40006', variant: 'Haugen 2' })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['routed', 'routed']);
    expect(new Set(results.map((r) => r.caseId)).size).toBe(1);
    await noDuplicates();
  });
});
