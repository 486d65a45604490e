import { describe, expect, it } from 'vitest';
import { documentToWaitFor, type OpenerInReview } from '../../domain/registry/waiting-for-case.ts';

const opener = (documentId: string, reviewedAt: string, over: Partial<OpenerInReview> = {}): OpenerInReview => ({ documentId, reviewedAt, waitsFor: null, ...over });

describe('a follow-up waits for the document that opens its case', () => {
  it('waits for the appeal in review that shares its case reference, and says so naming it', () => {
    const decision = documentToWaitFor([opener('doc-appeal', '2026-11-02T10:00:00Z')], [], 'medical declaration');
    expect(decision?.waitsFor).toBe('doc-appeal');
    expect(decision?.reason).toMatch(/^Waiting for case: .*doc-appeal/);
  });

  // QA s14 f MEDIUM-3 (F07): a follow-up whose type is a guess waited with a reason that hid it.
  it('says beside the wait that the type itself is a guess', () => {
    const unsure = { code: 'unsure' as const, params: { confidence: 0.27, threshold: 0.91, documentType: 'appeal', area: 'dental', typeConfidence: 0.3 } };
    const decision = documentToWaitFor([], [opener('doc-appeal', '2026-11-02T10:00:00Z')], 'appeal', undefined, unsure);
    expect(decision?.reasonCode).toMatchObject({ code: 'waiting_for_case', also: { code: 'unsure' } });
    expect(decision?.reason).toMatch(/^Waiting for case: .*Also: The machine is not sure of the document type/);
    expect(documentToWaitFor([], [opener('doc-appeal', '2026-11-02T10:00:00Z')], 'consent')?.reasonCode.also).toBeUndefined();
  });

  it('a reference match wins over a national-id match', () => {
    const decision = documentToWaitFor([opener('by-ref', '2026-11-03T10:00:00Z')], [opener('by-id', '2026-11-01T10:00:00Z')], 'consent');
    expect(decision?.waitsFor).toBe('by-ref');
  });

  it('among several openers of the same person, the oldest', () => {
    const decision = documentToWaitFor([], [opener('later', '2026-11-05T10:00:00Z'), opener('first', '2026-11-01T09:00:00Z')], 'comments letter');
    expect(decision?.waitsFor).toBe('first');
  });

  it('follows a waiting document to the one it waits for, so all wait beside one review item', () => {
    const decision = documentToWaitFor([], [opener('consent-1', '2026-11-02T10:00:00Z', { waitsFor: 'appeal-1' })], 'medical declaration');
    expect(decision?.waitsFor).toBe('appeal-1');
  });

  it('with nothing in review to wait for, it is an ordinary review item', () => {
    expect(documentToWaitFor([], [], 'consent')).toBeNull();
  });
});
