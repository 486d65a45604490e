import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoDay } from '../../scripts/demo-day.ts';

/**
 * `npm start` on a second day made that day's letters (other dates, so other bytes) and registered the
 * whole sample day again. The demo's day is now its first day's, for good (scripts/demo.ts).
 */
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the demo's day", () => {
  it('is today on a data dir the demo never ran on', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-demo-day-'));
    expect(await demoDay(path.join(dir, 'post'), '2026-11-30')).toBe('2026-11-30');
  });

  it("is the first day's on a later day, whatever else lies in post/ (a half-made day, a stray file)", async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-demo-day-'));
    for (const name of ['2026-11-27', '2026-11-28', '2026-11-25.part', 'notater']) await mkdir(path.join(dir, 'post', name), { recursive: true });
    expect(await demoDay(path.join(dir, 'post'), '2026-11-30')).toBe('2026-11-27');
  });
});
