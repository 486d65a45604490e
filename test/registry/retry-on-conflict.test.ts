import { describe, expect, it } from 'vitest';
import { TransientError } from '../../domain/errors.ts';
import { CONFLICT, retryOnConflict } from '../../functions/commons/store/retry-on-conflict.ts';

describe('retryOnConflict', () => {
  it('runs rounds until one answers, passing the attempt number', async () => {
    const seen: number[] = [];
    const answer = await retryOnConflict({ attempts: 5, what: 'case 2025-00001' }, async (attempt) => {
      seen.push(attempt);
      return attempt < 2 ? CONFLICT : `written on round ${attempt}`;
    });
    expect(answer).toBe('written on round 2');
    expect(seen).toEqual([0, 1, 2]);
  });

  it('gives up with a TransientError naming what kept changing, after exactly the given rounds', async () => {
    let rounds = 0;
    const attempt = retryOnConflict({ attempts: 3, what: 'deadlines of case 2025-00007', maxPauseMs: 1 }, async () => {
      rounds += 1;
      return CONFLICT;
    });
    await expect(attempt).rejects.toBeInstanceOf(TransientError);
    await expect(attempt).rejects.toThrow(/deadlines of case 2025-00007 kept changing/);
    expect(rounds).toBe(3);
  });

  it('passes a null or falsy answer through instead of retrying it', async () => {
    expect(await retryOnConflict({ attempts: 2, what: 'x' }, async () => null)).toBeNull();
    expect(await retryOnConflict({ attempts: 2, what: 'x' }, async () => 0)).toBe(0);
  });
});
