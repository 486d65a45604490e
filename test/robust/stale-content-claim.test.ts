import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { documentIdFor } from '#domain/identity';
import { localTable } from '#local/stack';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';
import { embeddedStackForTests } from '../support/interleaved-stack.ts';

/**
 * Session 13 review (M1): a first upload that failed in Inspect after its content claim went to review
 * under its upload's id (it never read far enough for the content id to be its document), and its claim
 * kept no outcome. Every later upload of those bytes then ended at DuplicateInFlight («behandles
 * fortsatt»): for ever, as nothing was in flight. The first's outcome is found under the upload that
 * holds the claim, and the later upload is its duplicate, in review with it.
 * Every task's answer "lost" under POSTMOTTAK_FAULTS is the heavy way to make Inspect fail after its claim.
 */
describe('the same bytes again after their first upload failed in Inspect after its claim', () => {
  const stack = embeddedStackForTests('stale-content-claim');
  afterEach(() => vi.unstubAllEnvs());

  it('is the first\'s duplicate, in review with it, not "still in flight"', { timeout: 180_000 }, async () => {
    const bytes = await appealOf(614);
    const { loadLocalStateMachine } = await import('#local/state-machine');
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 1, kinds: { before: 0, lost: 1, timeout: 0, fatal: 0 } }));
    const faulty = await loadLocalStateMachine({ waitMs: 0 });
    const firstUpload = await stack.upload('klage.pdf', bytes);
    await faulty.run(firstUpload as never).catch(() => undefined);
    expect(auditTable(await scanTable(localTable)).documents).toEqual({ review: 1 });

    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const machine = await loadLocalStateMachine({ waitMs: 0 });
    const second = await machine.run((await stack.upload('klage-igjen.pdf', bytes)) as never);
    expect(second.path.at(-1)).toBe('Duplicate');
    const firstId = documentIdFor(firstUpload.intake);
    expect(second.output as unknown as ProcessResult).toMatchObject({ documentId: firstId, status: 'review', duplicateOf: firstId });
    // Nothing recorded for the second: the one review item is the first's.
    expect(auditTable(await scanTable(localTable)).documents).toEqual({ review: 1 });
  });
});
