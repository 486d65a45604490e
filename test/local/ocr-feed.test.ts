import { describe, expect, it } from 'vitest';
import { ocrFeed, type TimelineDocument } from '../../scripts/batch-timeline.ts';

/** A scan admitted at `start`, its page in ExtractPage from `page` to `read`, ending at `end` (ms on the batch's clock). */
const scan = (start: number, page: number, read: number, end: number): TimelineDocument => ({
  scan: true,
  start,
  end,
  spans: [
    { state: 'Inspect', start: start + 1, end: page },
    { state: 'ExtractPage', start: page, end: read },
    { state: 'Classify', start: read, end: read + 5 },
    { state: 'Route', start: read + 5, end },
  ],
});
const letter = (start: number, end: number): TimelineDocument => ({ scan: false, start, end, spans: [{ state: 'ExtractPage', start, end: start + 2 }] });

describe('how well the OCR worker was fed (scripts/batch-timeline.ts)', () => {
  it('counts the scans admitted with no other scan before or in its reading, and the share of the scans’ stretch with a page in ExtractPage', () => {
    const feed = ocrFeed([
      scan(0, 10, 100, 120),
      scan(50, 60, 190, 200), // admitted while scan 0 reads: fed
      letter(150, 400),
      scan(250, 300, 400, 420), // admitted after scan 1's page was read: dry, 110 ms without a page
      scan(395, 400, 500, 510), // admitted while scan 2 reads: fed
    ]);
    expect(feed.scans).toBe(4);
    expect(feed.startedDry).toBe(1);
    // The stretch 0–500: no page before 10 nor from 190 to 300.
    expect(feed.fedShare).toBeCloseTo((500 - 10 - 110) / 500, 6);
  });

  it('a batch with no scan says so rather than dividing by nothing', () => {
    expect(ocrFeed([letter(0, 10)])).toEqual({ scans: 0, startedDry: 0, fedShare: 0 });
  });
});
