import { describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-response.ts';

/**
 * The one problem+json check the service tests share (review finding, session 10: six copies had
 * drifted, each checking a different part). It must fail on each thing a refusal may get wrong.
 */
const response = (status: number, body: Record<string, unknown>, contentType = 'application/problem+json; charset=utf-8') => ({
  statusCode: status,
  headers: { 'content-type': contentType },
  body: JSON.stringify({ type: 'about:blank', title: 'Bad Request', status, detail: 'The case number is not one: write it as 2025/00001.', instance: '/api/v1/cases/x', ...body }),
});

describe('expectProblem', () => {
  it('answers the parsed problem of a refusal in words', () => {
    expect(expectProblem(response(400, {}), 400)).toMatchObject({ status: 400, detail: expect.stringContaining('2025/00001') });
  });

  it.each([
    ['another status', response(422, {}), 400],
    ['a body whose status is not the response\'s', response(400, { status: 500 }), 400],
    ['plain JSON', response(400, {}, 'application/json'), 400],
    ['no sentence', response(400, { detail: 'error' }), 400],
    ['a stack trace', response(400, { detail: 'TypeError: x is undefined\n    at readCase (service/operations/cases.ts:41:7)' }), 400],
  ])('fails on %s', (_what, answer, status) => {
    expect(() => expectProblem(answer, status)).toThrow();
  });
});
