import { expect } from 'vitest';
import { Problem } from '#schemas/api';

/**
 * An injected response that must be a problem+json of this status (RFC 9457, SPEC): its parsed body.
 * The one check every service test makes of a refusal: the status in the header and the body alike, a
 * sentence a person can read, and never a stack trace.
 */
export function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(JSON.parse(response.body));
  expect(problem.status).toBe(status);
  expect(problem.detail.length, problem.detail).toBeGreaterThan(10);
  expect(response.body).not.toMatch(/\bat .*\.[jt]s:\d+/);
  return problem;
}
