import { describe, expect, it } from 'vitest';
import { caseInFlightRounds, waitForCaseInFlight } from '#domain/registry/case-in-flight';

describe('waiting for a case in flight', () => {
  it('waits for another document in flight, counting the looks', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: undefined })).toEqual({ round: 1 });
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a', 'b'], previous: { round: 3 } })).toEqual({ round: 4 });
  });

  it('never waits for itself or for nothing', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['d', 'd'], previous: undefined })).toBeNull();
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], previous: undefined })).toBeNull();
  });

  it('stops after the last round', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { round: caseInFlightRounds - 1 } })?.round).toBe(caseInFlightRounds);
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { round: caseInFlightRounds } })).toBeNull();
  });
});
