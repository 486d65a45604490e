import { describe, expect, it } from 'vitest';
import { ACTIVE_PER_PLACE, documentsInFlight, defaultDocumentsInFlight, defaultLanes, leaveLane, pipelined, pipelinedInLanes, IN_FLIGHT_ENV, type Lane, type LaneSizes, type LeaveReason } from '#local/pipelining';
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

  it('takes the flag, else the environment, as one pool; else the lanes (two scans a worker, one text document); anything else is a usage error', () => {
    const saved = process.env[IN_FLIGHT_ENV];
    try {
      delete process.env[IN_FLIGHT_ENV];
      expect(documentsInFlight('3')).toBe(3);
      expect(documentsInFlight(undefined)).toEqual(defaultLanes());
      expect(defaultLanes(1)).toEqual({ ocr: 2, text: 1, textWhileOcrIdle: 8 });
      expect(defaultLanes(3)).toEqual({ ocr: 6, text: 1, textWhileOcrIdle: 12 });
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

  describe('in lanes', () => {
    /** Runs items whose lanes are given, each waiting for its gate; records starts and reports. */
    function laned(lanes: Lane[], sizes: { ocr: number; text: number; textWhileOcrIdle?: number; textWhileOcrStarved?: number }, options: { lookahead?: number; scanReach?: number; scanReachWhenUnfed?: number; failReportOf?: number } = {}) {
      const { waits, open } = gates(lanes.length);
      const started: number[] = [];
      const reported: number[] = [];
      const running = { ocr: 0, text: 0 };
      const most = { ocr: 0, text: 0 };
      const all = pipelinedInLanes(
        lanes.map((lane, i) => ({ lane, i })),
        sizes,
        (item) => Promise.resolve(item.lane),
        async ({ lane, i }) => {
          started.push(i);
          running[lane] += 1;
          most[lane] = Math.max(most[lane], running[lane]);
          await waits[i];
          running[lane] -= 1;
          return i;
        },
        ({ i }, outcome) => {
          if (i === options.failReportOf) throw new Error('a person’s mistake');
          expect(outcome).toEqual({ status: 'fulfilled', value: i });
          reported.push(i);
        },
        options,
      );
      return { all, open, started, reported, most };
    }

    it('admits each lane up to its size, in the items’ order within the lane, and reports in the items’ order', async () => {
      const lanes: Lane[] = ['ocr', 'text', 'text', 'ocr', 'text', 'ocr', 'ocr', 'text'];
      const run = laned(lanes, { ocr: 2, text: 1 });
      await tick();
      // Two scans and one text document: the second text document waits for the first, not for the scans.
      expect(run.started).toEqual([0, 1, 3]);
      run.open(1);
      await tick();
      expect(run.started).toEqual([0, 1, 3, 2]);
      expect(run.reported).toEqual([]); // the scan before it is not done
      run.open(2);
      await tick();
      expect(run.started).toEqual([0, 1, 3, 2, 4]);
      run.open(3); // a scan ends: the next scan starts
      await tick();
      expect(run.started).toEqual([0, 1, 3, 2, 4, 5]);
      run.open(0);
      await tick();
      expect(run.reported).toEqual([0, 1, 2, 3]);
      for (const i of [7, 6, 5, 4]) run.open(i);
      await run.all;
      expect(run.started).toEqual([0, 1, 3, 2, 4, 5, 6, 7]);
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(run.most).toEqual({ ocr: 2, text: 1 });
    });

    it('starts nothing more than the lookahead past the first unreported item: a slow scan holds the text lane back', async () => {
      const lanes: Lane[] = ['ocr', 'text', 'text', 'text', 'text', 'text'];
      const run = laned(lanes, { ocr: 1, text: 1 }, { lookahead: 3 });
      await tick();
      expect(run.started).toEqual([0, 1]);
      run.open(1);
      await tick();
      run.open(2);
      await tick();
      // Items 0..2 are within three places of the unreported scan; item 3 is not.
      expect(run.started).toEqual([0, 1, 2]);
      run.open(0);
      await tick();
      expect(run.reported).toEqual([0, 1, 2]);
      expect(run.started).toEqual([0, 1, 2, 3]);
      for (const i of [3, 4, 5]) {
        run.open(i);
        await tick();
      }
      await run.all;
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('puts a lane of size 0’s items in the other lane', async () => {
      const run = laned(['text', 'ocr', 'text'], { ocr: 2, text: 0 });
      await tick();
      expect(run.started).toEqual([0, 1]);
      run.open(1);
      await tick();
      expect(run.started).toEqual([0, 1, 2]);
      for (const i of [0, 2]) run.open(i);
      await run.all;
      expect(run.reported).toEqual([0, 1, 2]);
    });

    it('stops admitting in every lane when a report throws (a person’s mistake), lets the running end, and throws it', async () => {
      const run = laned(['ocr', 'text', 'text', 'ocr', 'text'], { ocr: 1, text: 1 }, { failReportOf: 1 });
      await tick();
      expect(run.started).toEqual([0, 1]);
      run.open(1);
      await tick();
      expect(run.started).toEqual([0, 1, 2]);
      run.open(0); // reports 0, then 1 throws
      await tick();
      run.open(2);
      await expect(run.all).rejects.toThrow('a person’s mistake');
      expect(run.started).toEqual([0, 1, 2]);
      expect(run.reported).toEqual([0]);
    });

    it('widens the text lane in the batch’s tail (no scan left before or in its reading), not while a scan waits or is out of reach', async () => {
      const lanes: Lane[] = ['text', 'text', 'text', 'ocr', 'text', 'text', 'text', 'text'];
      const run = laned(lanes, { ocr: 1, text: 1, textWhileOcrIdle: 3 });
      await tick();
      // The scan (3) takes the OCR lane at once: the text lane stays at one.
      expect(run.started).toEqual([0, 3]);
      run.open(3); // no scan left before its reading: three text documents side by side
      await tick();
      expect(run.started).toEqual([0, 3, 1, 2]);
      run.open(0);
      await tick();
      expect(run.started).toEqual([0, 3, 1, 2, 4]);
      expect(run.most.text).toBe(3);
      for (const i of [1, 2, 4, 5, 6, 7]) {
        run.open(i);
        await tick();
      }
      await run.all;
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);

      // A scan waiting for its place keeps the text lane at its size.
      const busy = laned(['ocr', 'ocr', 'text', 'text', 'text'], { ocr: 1, text: 1, textWhileOcrIdle: 3 });
      await tick();
      expect(busy.started).toEqual([0, 2]);
      busy.open(2);
      await tick();
      expect(busy.started).toEqual([0, 2, 3]);
      busy.open(0); // the second scan takes the place; still one text document at a time
      await tick();
      expect(busy.started).toEqual([0, 2, 3, 1]);
      expect(busy.most.text).toBe(1);
      busy.open(1); // the last scan ends: the rest of the text side by side
      await tick();
      expect(busy.started).toEqual([0, 2, 3, 1, 4]);
      for (const i of [3, 4]) busy.open(i);
      await busy.all;
      expect(busy.most.text).toBe(2);

      // Mid-batch, the next scan (5) out of reach: the worker idles, the text lane stays at one.
      const mid = laned(['ocr', 'text', 'text', 'text', 'text', 'ocr'], { ocr: 1, text: 1, textWhileOcrIdle: 3 }, { lookahead: 3 });
      await tick();
      expect(mid.started).toEqual([0, 1]);
      mid.open(0);
      await tick();
      expect(mid.started).toEqual([0, 1]);
      for (const i of [1, 2, 3, 4, 5]) {
        mid.open(i);
        await tick();
      }
      await mid.all;
      expect(mid.most.text).toBe(1);
    });

    it('widens the text lane to textWhileOcrStarved mid-batch while the next scan is out of reach, and narrows it once a scan is in reach', async () => {
      const lanes: Lane[] = ['ocr', 'text', 'text', 'text', 'text', 'ocr', 'text', 'text'];
      const run = laned(lanes, { ocr: 1, text: 1, textWhileOcrStarved: 2, textWhileOcrIdle: 4 }, { lookahead: 4 });
      await tick();
      // The scan (0) before its reading: one text document.
      expect(run.started).toEqual([0, 1]);
      run.open(0); // the scan is done, and scan 5 is out of reach (four places past the unreported item 1)
      await tick();
      expect(run.started).toEqual([0, 1, 2]);
      expect(run.most.text).toBe(2);
      run.open(1); // item 1 reported: scan 5 comes within reach and takes the OCR lane
      await tick();
      expect(run.started).toEqual([0, 1, 2, 5]);
      run.open(2); // a text place frees while the scan holds its place: the lane is back at one
      await tick();
      expect(run.started).toEqual([0, 1, 2, 5, 3]);
      run.open(3);
      await tick();
      expect(run.started).toEqual([0, 1, 2, 5, 3, 4]);
      for (const i of [4, 5, 6, 7]) {
        run.open(i);
        await tick();
      }
      await run.all;
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);

      // Without textWhileOcrStarved the lane stays at one until the batch's tail.
      const narrow = laned(lanes, { ocr: 1, text: 1, textWhileOcrIdle: 4 }, { lookahead: 4 });
      await tick();
      narrow.open(0);
      await tick();
      expect(narrow.started).toEqual([0, 1]);
      for (const i of [1, 2, 3, 4, 5, 6, 7]) {
        narrow.open(i);
        await tick();
      }
      await narrow.all;
      expect(narrow.reported).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it('starts a scan as far as the scan reach past the first unreported item, a text document only within the lookahead', async () => {
      const lanes: Lane[] = ['text', 'text', 'text', 'text', 'ocr', 'text', 'ocr'];
      const run = laned(lanes, { ocr: 2, text: 1 }, { lookahead: 2, scanReach: 5 });
      await tick();
      // Scan 4 is within five places of the unreported item 0; scan 6 is not, nor text 1 (its lane is busy) or 2.
      expect(run.started).toEqual([0, 4]);
      run.open(0);
      await tick();
      expect(run.started).toEqual([0, 4, 1]);
      run.open(1); // reported 0, 1: item 2 within the lookahead, scan 6 within the reach
      await tick();
      expect(run.started.slice(0, 3)).toEqual([0, 4, 1]);
      expect([...run.started].sort()).toEqual([0, 1, 2, 4, 6]);
      for (const i of [2, 3, 4, 5, 6]) {
        run.open(i);
        await tick();
      }
      await run.all;
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    it('starts the next scan past the scan reach, one at a time, only while the OCR worker has nothing to read (scanReachWhenUnfed)', async () => {
      const lanes: Lane[] = ['ocr', 'text', 'text', 'text', 'ocr', 'ocr', 'text'];
      const run = laned(lanes, { ocr: 2, text: 1 }, { lookahead: 2, scanReachWhenUnfed: 6 });
      await tick();
      // Scan 0 is being read: nothing is sorted past the reach of two.
      expect(run.started).toEqual([0, 1]);
      run.open(0); // the worker has nothing left: the next scan (4) is found past the reach and starts
      await tick();
      expect(run.started).toEqual([0, 1, 4]);
      // Scan 4 feeds the worker: scan 5 waits for the reach although the OCR lane has a place; text 2 and 3 wait for the lookahead.
      expect(run.reported).toEqual([0]);
      run.open(4); // its line waits for 1, 2 and 3; the worker is dry again: scan 5
      await tick();
      expect(run.started).toEqual([0, 1, 4, 5]);
      run.open(1);
      await tick();
      expect(run.started).toEqual([0, 1, 4, 5, 2]);
      for (const i of [2, 3, 5, 6]) {
        run.open(i);
        await tick();
      }
      await run.all;
      expect(run.reported).toEqual([0, 1, 2, 3, 4, 5, 6]);

      // Without it the worker waits for the text lane to bring scan 4 within reach.
      const held = laned(lanes, { ocr: 2, text: 1 }, { lookahead: 2 });
      await tick();
      held.open(0);
      await tick();
      expect(held.started).toEqual([0, 1]);
      for (const i of [1, 2, 3, 4, 5, 6]) {
        held.open(i);
        await tick();
      }
      await held.all;
      expect(held.reported).toEqual([0, 1, 2, 3, 4, 5, 6]);
    });

    describe('the OCR lane counts scans before or in their reading (leaveLane)', () => {
      /**
       * Each item waits at two gates: its pages read (then leaveLane(why), unless it is one that never reads,
       * as a rejected file), and its end. `pool`: the single pool of that size instead of the lanes.
       */
      function twoStep(lanes: Lane[], sizes: LaneSizes, options: { pool?: number; neverReads?: ReadonlySet<number>; why?: LeaveReason } = {}) {
        const { pool, neverReads = new Set(), why = 'pages-read' } = options;
        const read = gates(lanes.length);
        const end = gates(lanes.length);
        const started: number[] = [];
        const reported: number[] = [];
        const work = async ({ i }: { i: number }) => {
          started.push(i);
          await read.waits[i];
          if (!neverReads.has(i)) leaveLane(why);
          await end.waits[i];
          return i;
        };
        const items = lanes.map((lane, i) => ({ lane, i }));
        const report = ({ i }: { i: number }) => {
          reported.push(i);
        };
        const all = pool === undefined ? pipelinedInLanes(items, sizes, (item) => item.lane, work, report) : pipelined(items, pool, work, report);
        return { all, started, reported, read: read.open, end: end.open };
      }

      it('admits the next scan when one has its pages read, though it has not ended (a worker is kept fed)', async () => {
        const run = twoStep(['ocr', 'ocr', 'ocr', 'ocr', 'ocr'], { ocr: 2, text: 1 }, { neverReads: new Set([1]) });
        await tick();
        expect(run.started).toEqual([0, 1]);
        run.read(0); // scan 0 is past its pages, waiting for its case: its place goes to scan 2
        await tick();
        expect(run.started).toEqual([0, 1, 2]);
        run.read(1); // scan 1 never leaves (rejected at Inspect, say): it keeps its place
        await tick();
        expect(run.started).toEqual([0, 1, 2]);
        run.end(1); // ... until it ends: scan 3
        await tick();
        expect(run.started).toEqual([0, 1, 2, 3]);
        run.read(2);
        run.read(2); // leaving twice frees one place
        await tick();
        expect(run.started).toEqual([0, 1, 2, 3, 4]);
        for (const i of [0, 2, 3, 4]) {
          run.read(i);
          run.end(i);
        }
        await run.all;
        expect(run.reported).toEqual([0, 1, 2, 3, 4]);
      });

      it('keeps a text document’s place until it ends, and a pool’s places too', async () => {
        const text = twoStep(['text', 'text', 'text'], { ocr: 2, text: 1 });
        await tick();
        text.read(0);
        await tick();
        expect(text.started).toEqual([0]);
        text.end(0);
        await tick();
        expect(text.started).toEqual([0, 1]);
        for (const i of [1, 2]) {
          text.read(i);
          text.end(i);
          await tick();
        }
        await text.all;

        const pool = twoStep(['ocr', 'ocr', 'ocr'], { ocr: 0, text: 0 }, { pool: 2 });
        await tick();
        pool.read(0);
        pool.read(1);
        await tick();
        expect(pool.started).toEqual([0, 1]);
        pool.end(0);
        await tick();
        expect(pool.started).toEqual([0, 1, 2]);
        for (const i of [1, 2]) {
          pool.read(i);
          pool.end(i);
        }
        await pool.all;
        expect(pool.reported).toEqual([0, 1, 2]);
      });

      it('gives a text document’s place to the next one while it waits for its case', async () => {
        // Its first gate is the pause for its case.
        const { all, started, read: waits, end } = twoStep(['text', 'text', 'text'], { ocr: 1, text: 1 }, { why: 'waiting' });
        await tick();
        expect(started).toEqual([0]);
        waits(0); // document 0 pauses for its case: document 1 takes the text lane
        await tick();
        expect(started).toEqual([0, 1]);
        end(0); // it ends without a place: nothing more starts
        await tick();
        expect(started).toEqual([0, 1]);
        waits(1);
        await tick();
        expect(started).toEqual([0, 1, 2]);
        for (const i of [1, 2]) {
          waits(i);
          end(i);
        }
        await all;
      });

      it('gives a text letter’s place up when it is read and classified only while no scan is before or in its reading, and only when the lanes say so', async () => {
        /** A scan (0) that holds its place until it ends ('read' is no OCR-lane signal), then text letters; each leaves with 'read' at its gate. */
        const run = (sizes: LaneSizes) => twoStep(['ocr', 'text', 'text', 'text', 'text'], sizes, { why: 'read' });
        const on = run({ ocr: 1, text: 1, textPastReadingWhenStarved: true });
        await tick();
        expect(on.started).toEqual([0, 1]);
        on.read(1); // the scan is in its reading: letter 1 keeps its place
        await tick();
        expect(on.started).toEqual([0, 1]);
        on.read(0);
        on.end(0); // no scan left: the worker is starved, but letter 1 already passed its gate
        await tick();
        expect(on.started).toEqual([0, 1]);
        on.end(1);
        await tick();
        expect(on.started).toEqual([0, 1, 2]);
        on.read(2); // read while the worker is starved: letter 3 starts beside it
        await tick();
        expect(on.started).toEqual([0, 1, 2, 3]);
        for (const i of [2, 3, 4]) {
          on.read(i);
          on.end(i);
        }
        await on.all;

        const off = run({ ocr: 1, text: 1 });
        await tick();
        off.read(0);
        off.end(0);
        await tick();
        off.read(1); // the same moment, the setting off: letter 1 keeps its place until it ends
        await tick();
        expect(off.started).toEqual([0, 1]);
        for (const i of [1, 2, 3, 4]) {
          off.read(i);
          off.end(i);
          await tick();
        }
        await off.all;
        expect(off.started).toEqual([0, 1, 2, 3, 4]);
      });

      it('counts a scan past its pages as no longer feeding the worker: a text letter read then gives its place up', async () => {
        const pages = gates(4);
        const read = gates(4);
        const end = gates(4);
        const started: number[] = [];
        const lanes: Lane[] = ['ocr', 'text', 'text', 'text'];
        const all = pipelinedInLanes(
          [0, 1, 2, 3],
          { ocr: 1, text: 1, textPastReadingWhenStarved: true },
          (i) => lanes[i]!,
          async (i) => {
            started.push(i);
            await pages.waits[i];
            if (lanes[i] === 'ocr') leaveLane('past-pages');
            await read.waits[i];
            leaveLane('read');
            await end.waits[i];
            return i;
          },
          () => undefined,
        );
        await tick();
        expect(started).toEqual([0, 1]);
        pages.open(1);
        read.open(1); // scan 0 is in its reading: letter 1 keeps its place
        await tick();
        expect(started).toEqual([0, 1]);
        end.open(1);
        await tick();
        expect(started).toEqual([0, 1, 2]);
        pages.open(0); // scan 0 past its pages: it keeps its place, and feeds the worker no more ...
        await tick();
        expect(started).toEqual([0, 1, 2]);
        pages.open(2);
        read.open(2); // ... so letter 2, read, gives its place to letter 3
        await tick();
        expect(started).toEqual([0, 1, 2, 3]);
        for (const i of [0, 2, 3]) {
          pages.open(i);
          read.open(i);
          end.open(i);
        }
        await all;
        expect(started).toEqual([0, 1, 2, 3]);
      });

      it('does nothing outside an item', () => {
        expect(() => leaveLane()).not.toThrow();
      });

      it('does not count an item waiting for its case against the cap: what it waits for may not have started (QA Q34)', async () => {
        const n = 8;
        const end = gates(n);
        const started: number[] = [];
        const items = Array.from({ length: n }, (_, i) => i);
        const all = pipelinedInLanes(
          items,
          { ocr: 0, text: 1 },
          () => 'text',
          async (i) => {
            started.push(i);
            // The first four are follow-ups waiting for the last four, their openers.
            if (i < 4) leaveLane('waiting');
            await end.waits[i];
            return i;
          },
          () => undefined,
          { maxActive: 2 },
        );
        await tick();
        // Four waiting, and the first opener running in the one place: past a cap of two.
        expect(started).toEqual([0, 1, 2, 3, 4]);
        for (let i = 0; i < n; i++) end.open(i);
        await all;
        expect(started).toHaveLength(n);
      });

      it('counts a waiting item against the cap again once it wakes, and not once it pauses again (red before: a fourth started at once; then none on the second pause)', async () => {
        const n = 6;
        const end = gates(n);
        const woken = gates(2);
        const started: number[] = [];
        const all = pipelinedInLanes(
          Array.from({ length: n }, (_, i) => i),
          { ocr: 4, text: 0 },
          () => 'ocr',
          async (i) => {
            started.push(i);
            if (i === 0) {
              leaveLane('waiting');
              await woken.waits[0];
              leaveLane('woke');
              // It looks again and pauses again.
              await woken.waits[1];
              leaveLane('waiting');
            }
            await end.waits[i];
            return i;
          },
          () => undefined,
          { maxActive: 2 },
        );
        await tick();
        // The waiting one uncounted: two more under the cap of two.
        expect(started).toEqual([0, 1, 2]);
        woken.open(0);
        await tick();
        end.open(1);
        await tick();
        // 0 (awake) and 2 in flight: the cap is full.
        expect(started).toEqual([0, 1, 2]);
        // Paused again: uncounted, and the next starts at once (not when something ends).
        woken.open(1);
        await tick();
        expect(started).toEqual([0, 1, 2, 3]);
        for (let i = 0; i < n; i++) end.open(i);
        await all;
        expect(started).toHaveLength(n);
      });

      it('never has more items in flight than the cap, though each gives its place up at once (default: ACTIVE_PER_PLACE × the places)', async () => {
        const sizes = { ocr: 2, text: 1 };
        for (const options of [{ maxActive: 3 }, {}]) {
          const cap = options.maxActive ?? ACTIVE_PER_PLACE * (sizes.ocr + sizes.text);
          const n = 40; // within the default lookahead (16 × 3): before the cap, every one of them ran at once
          const end = gates(n);
          const started: number[] = [];
          let active = 0;
          let most = 0;
          const items = Array.from({ length: n }, (_, i) => ({ i, lane: (i % 2 === 0 ? 'ocr' : 'text') as Lane }));
          const all = pipelinedInLanes(
            items,
            sizes,
            (item) => item.lane,
            async ({ i, lane }) => {
              started.push(i);
              most = Math.max(most, ++active);
              // A scan past its pages holds no place now (a text document keeps its own). One waiting for its
              // case is not counted against the cap at all: the next test.
              if (lane === 'ocr') leaveLane('pages-read');
              await end.waits[i];
              active -= 1;
              return i;
            },
            () => undefined,
            options,
          );
          await tick();
          expect(started).toHaveLength(cap);
          end.open(started[cap - 1]!); // one ends: one more starts, no more
          await tick();
          expect(started).toHaveLength(cap + 1);
          for (let i = 0; i < n; i += 1) end.open(i);
          await all;
          expect(started).toHaveLength(n);
          expect(most).toBe(cap);
        }
      });
    });
  });
});
