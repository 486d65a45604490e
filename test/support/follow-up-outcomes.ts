import { expect } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';

/**
 * What the interleaved follow-up tests (test/robust/batch-wait.test.ts, test/robust/case-in-flight.test.ts)
 * expect of a declaration and the appeal that opens its case, said once.
 */
export interface FollowUpOutcome {
  appeal: ProcessResult;
  declaration: ProcessResult;
  declarationPath: readonly string[];
  links: number;
}

const waitsOf = (outcome: FollowUpOutcome) => outcome.declarationPath.filter((s) => s === 'WaitForCase').length;

/** The declaration waited once, looked again, and joined the case its appeal opened. */
export function expectJoinedAfterOneWait(outcome: FollowUpOutcome): void {
  expect(outcome.appeal.status).toBe('routed');
  expect(outcome.declaration.status).toBe('routed');
  expect(outcome.declaration.caseId).toBe(outcome.appeal.caseId);
  expect(waitsOf(outcome)).toBe(1);
  expect(outcome.links).toBe(2);
}

/** The declaration used every one of its `rounds` looks and went to review with the reason it had; the appeal was routed. */
export function expectGaveUpAfter(outcome: FollowUpOutcome, rounds: number): void {
  expect(outcome.declaration.status).toBe('review');
  expect(outcome.declaration.caseId).toBeNull();
  expect(outcome.declaration.reason).toMatch(/no open case matches/);
  expect(waitsOf(outcome)).toBe(rounds);
  expect(outcome.links).toBe(rounds + 1);
  expect(outcome.appeal.status).toBe('routed');
}
