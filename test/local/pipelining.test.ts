import { describe, expect, it } from 'vitest';
import { documentsInFlight, defaultDocumentsInFlight, pipelined, IN_FLIGHT_ENV } from '#local/pipelining';
import { UsageError } from '#local/usage-error';

/** A promise each item's work waits on, resolved by the test in an order it chooses (no timing). */
function gates(n: number) {
  const opens: (() => void)[] = [];
  const waits = Array.from({ length: n }, (_, i) => new Promise<void>((resolve) => (opens[i] = resolve)));
  return { waits, open: (i: number) => opens[i]!() };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('pipelined documents', () => {
  it('keeps at most N in flight, and reports in the items’ order whatever order they end in', async () => {
    const { waits, open } = gates(5);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const reported: number[] = [];
    const all = pipelined(
      [0, 1, 2, 3, 4],
      2,
      async (item) => {
        started.push(item);
        running += 1;
        most = Math.max(most, running);
        await waits[item];
        running -= 1;
        return item * 10;
      },
      (item, outcome) => {
        reported.push(item);
        expect(outcome).toEqual({ status: 'fulfilled', value: item * 10 });
      },
    );
    await tick();
    expect(started).toEqual([0, 1]);
    open(1); // the second ends first: it takes the next item, but is not reported before the first
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(reported).toEqual([]);
    open(0);
    await tick();
    expect(reported).toEqual([0, 1]);
    for (const i of [4, 3, 2]) open(i);
    await all;
    expect(reported).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('reports a failed item as rejected and goes on; a report that throws stops new items and is thrown', async () => {
    const seen: string[] = [];
    await pipelined([1, 2, 3], 1, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n), (n, outcome) => {
      seen.push(`${n}:${outcome.status}`);
    });
    expect(seen).toEqual(['1:fulfilled', '2:rejected', '3:fulfilled']);

    const started: number[] = [];
    await expect(
      pipelined([1, 2, 3, 4], 1, async (n) => started.push(n), (n) => {
        if (n === 2) throw new Error('a person’s mistake');
      }),
    ).rejects.toThrow('a person’s mistake');
    expect(started).toEqual([1, 2]);
  });

  it('takes the flag, else the environment, else four a worker (at least eight); anything else is a usage error', () => {
    const saved = process.env[IN_FLIGHT_ENV];
    try {
      delete process.env[IN_FLIGHT_ENV];
      expect(documentsInFlight('3')).toBe(3);
      expect(documentsInFlight(undefined)).toBe(defaultDocumentsInFlight());
      process.env[IN_FLIGHT_ENV] = '6';
      expect(documentsInFlight(undefined)).toBe(6);
      expect(defaultDocumentsInFlight(1)).toBe(8);
      expect(defaultDocumentsInFlight(3)).toBe(12);
      for (const bad of ['0', '1.5', 'many', '65']) expect(() => documentsInFlight(bad)).toThrow(UsageError);
    } finally {
      if (saved === undefined) delete process.env[IN_FLIGHT_ENV];
      else process.env[IN_FLIGHT_ENV] = saved;
    }
  });
});
