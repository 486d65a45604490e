import { describe, expect, it } from 'vitest';
import { batchWaitRounds, caseInFlightRounds, waitForCaseInFlight } from '#domain/registry/case-in-flight';

describe('waiting for a case in flight', () => {
  it('waits for another document in flight, counting the looks', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: undefined })).toEqual({ round: 1, onOpener: 1, openers: ['a'] });
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a', 'b'], previous: { round: 3, onOpener: 3 } })).toEqual({ round: 4, onOpener: 4, openers: ['a', 'b'] });
  });

  it('never waits for itself or for nothing', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['d', 'd'], previous: undefined })).toBeNull();
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], previous: undefined })).toBeNull();
  });

  it('names the openers it waits for, once each and never itself, so a runtime can wake on their end; a wait on the batch names none', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['b', 'd', 'a', 'b'], previous: undefined })?.openers).toEqual(['b', 'a']);
    const onBatch = waitForCaseInFlight({ documentId: 'd', pending: ['a'], beforeLink: ['scan'], previous: { round: 12, onOpener: caseInFlightRounds } });
    expect(onBatch).toEqual({ round: 13, onOpener: caseInFlightRounds });
    expect(onBatch).not.toHaveProperty('openers');
  });

  it('stops after the last round', () => {
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { round: caseInFlightRounds - 1 } })?.round).toBe(caseInFlightRounds);
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { round: caseInFlightRounds } })).toBeNull();
  });

  it('waits while a document of its batch is before Link, keeping the time of its first look', () => {
    const first = waitForCaseInFlight({ documentId: 'd', pending: [], beforeLink: ['scan'], previous: undefined, now: '2025-03-20T10:00:00.000Z' });
    expect(first).toEqual({ round: 1, onOpener: 0, since: '2025-03-20T10:00:00.000Z' });
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], beforeLink: ['scan'], previous: first!, now: '2025-03-20T10:00:05.000Z' })?.since).toBe('2025-03-20T10:00:00.000Z');
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], beforeLink: ['d'], previous: undefined })).toBeNull();
  });

  it('counts the looks at an announced opener apart from the looks at the batch', () => {
    // Ten looks spent on the batch do not use up the rounds an opener gets once it announces itself.
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], previous: { round: 20, onOpener: 0 } })).toEqual({ round: 21, onOpener: 1, openers: ['a'] });
    // An opener's rounds used up: the batch may still hold the document to its own bound.
    expect(waitForCaseInFlight({ documentId: 'd', pending: ['a'], beforeLink: ['b'], previous: { round: 12, onOpener: caseInFlightRounds } })).toEqual({ round: 13, onOpener: caseInFlightRounds });
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], beforeLink: ['b'], previous: { round: batchWaitRounds - 1, onOpener: 0 } })?.round).toBe(batchWaitRounds);
    expect(waitForCaseInFlight({ documentId: 'd', pending: [], beforeLink: ['b'], previous: { round: batchWaitRounds, onOpener: 0 } })).toBeNull();
  });
});
