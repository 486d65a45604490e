import { expect } from 'vitest';
import { Problem } from '#schemas/api';

/** An injected response that must be a problem+json of this status: its parsed body. */
export function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return Problem.parse(JSON.parse(response.body));
}
