import { describe, expect, it } from 'vitest';
import { caseInFlightRounds, waitForCaseInFlight } from '#domain/registry/case-in-flight';

describe('waiting for a case in flight', () => {
  it('waits for another document in flight, counting the looks', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: undefined })).toEqual({ documentId: 'a', round: 1 });
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { documentId: 'a', round: 3 } })).toEqual({ documentId: 'a', round: 4 });
  });

  it('never waits for itself or for nothing', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['d', 'd'], previous: undefined })).toBeNull();
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], previous: undefined })).toBeNull();
  });

  it('names the same document on every look while several are in flight', () => {
    const first = waitForCaseInFlight({ documentId: 'd', pending: ['c', 'b', 'c'], previous: undefined });
    const next = waitForCaseInFlight({ documentId: 'd', pending: ['b', 'c'], previous: first! });
    expect(first?.documentId).toBe('b');
    expect(next?.documentId).toBe('b');
  });

  it('stops after the last round', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { documentId: 'a', round: caseInFlightRounds - 1 } })?.round).toBe(caseInFlightRounds);
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { documentId: 'a', round: caseInFlightRounds } })).toBeNull();
  });
});
