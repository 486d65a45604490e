import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { embeddedStackForTests, machineHeldAt } from '../support/interleaved-stack.ts';
import { localTable } from '#local/stack';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';

/**
 * Session 12 left it: in AWS a second upload of bytes whose first upload is still being processed met
 * the claim with no outcome (DuplicateInFlightError), and once Inspect's Retry ran out went through
 * RecordFailure to review as «Teknisk feil … registrer manuelt»: a person was told to register by hand a
 * letter that was being processed. The same ASL runs here. The first upload is held at Classify (its
 * claim made) while the second runs; POSTMOTTAK_FAULTS at rate 0 injects nothing and makes every Retry
 * wait 0 ms, so the second spends its Retry at once, as a long OCR would make it in AWS.
 */
describe('a second upload of bytes whose first upload is still in flight', () => {
  const stack = embeddedStackForTests('duplicate-in-flight');
  afterEach(() => vi.unstubAllEnvs());

  it('ends as the in-flight document\'s duplicate, records no failure, and the first is routed', { timeout: 180_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const { machine, held, released } = await machineHeldAt('Classify');
    const bytes = await appealOf(612);
    const firstRun = machine.run((await stack.upload('klage.pdf', bytes)) as never);
    firstRun.catch(() => undefined);
    await held.opened;
    try {
      const second = await machine.run((await stack.upload('klage-igjen.pdf', bytes)) as never);
      expect(second.path).not.toContain('RecordFailure');
      expect(second.path.at(-1)).toBe('DuplicateInFlight');
      expect(second.output).toMatchObject({ inFlightDuplicate: true, fileName: 'klage-igjen.pdf' });
    } finally {
      released.open();
    }
    const first = (await firstRun).output as unknown as ProcessResult;
    expect(first.status).toBe('routed');

    // The register holds the one document, routed: nothing of the second's in review.
    const audit = auditTable(await scanTable(localTable));
    expect(audit.problems).toEqual([]);
    expect(audit.documents).toEqual({ routed: 1 });
    // Once the first has its outcome, the same bytes again are its duplicate with its answer.
    const third = await machine.run((await stack.upload('klage-tredje.pdf', bytes)) as never);
    expect(third.output).toMatchObject({ status: 'routed', documentId: first.documentId, duplicateOf: first.documentId, caseId: first.caseId });
  });
});
