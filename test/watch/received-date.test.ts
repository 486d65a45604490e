import { describe, expect, it } from 'vitest';
import { arrivalTime, receivedDateOfDrop } from '../../local/watch/received-date.ts';

/** The watched inbox's received date: the day the file arrived, never the day after. */
describe('receivedDateOfDrop', () => {
  const mondayMorning = new Date('2026-11-30T07:00:00Z');

  it('is the Oslo day the scanner wrote the file, not the day it is taken in', () => {
    expect(receivedDateOfDrop('klage.pdf', new Date('2026-11-27T13:00:00Z'), mondayMorning)).toBe('2026-11-27');
  });

  it('counts midnight in Oslo, not in UTC: written 23:30 Oslo and taken in after midnight is the earlier day', () => {
    expect(receivedDateOfDrop('klage.pdf', new Date('2026-11-29T22:30:00Z'), new Date('2026-11-29T23:10:00Z'))).toBe('2026-11-29');
    // 23:30 UTC is already 00:30 the next day in Oslo.
    expect(receivedDateOfDrop('klage.pdf', new Date('2026-11-29T23:30:00Z'), new Date('2026-11-29T23:40:00Z'))).toBe('2026-11-30');
  });

  it('takes the pick-up day for a file whose time is still to come', () => {
    expect(receivedDateOfDrop('klage.pdf', new Date('2026-12-03T10:00:00Z'), mondayMorning)).toBe('2026-11-30');
  });

  it('takes the day a folder is named by, typed or ISO, over the file time, but never one still to come', () => {
    expect(receivedDateOfDrop('27.11.2026/klage.pdf', mondayMorning, mondayMorning)).toBe('2026-11-27');
    expect(receivedDateOfDrop('fredag/2026-11-27/klage.pdf', mondayMorning, mondayMorning)).toBe('2026-11-27');
    expect(receivedDateOfDrop('01.12.2026/klage.pdf', mondayMorning, mondayMorning)).toBe('2026-11-30');
    // A folder that names no day: the file's time.
    expect(receivedDateOfDrop('fredag/klage.pdf', new Date('2026-11-27T13:00:00Z'), mondayMorning)).toBe('2026-11-27');
  });

  it('reads no day from a folder named by digits only (a scanner job number such as 01022025)', () => {
    expect(receivedDateOfDrop('01022025/klage.pdf', new Date('2026-11-27T13:00:00Z'), mondayMorning)).toBe('2026-11-27');
  });
});

/** A copy that keeps an old time (cp -p, rsync, unzip) must not date a late letter early: its ctime is when it came. */
describe('arrivalTime', () => {
  const friday = Date.parse('2026-11-27T13:00:00Z');
  const monday = Date.parse('2026-11-30T07:00:00Z');

  it('is the status-change time when the modification time is older (a copy keeping its time, a move)', () => {
    expect(arrivalTime({ mtimeMs: Date.parse('2026-10-20T09:00:00Z'), ctimeMs: monday }).toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });

  it('is the time the scanner wrote a file left in the inbox (both times alike)', () => {
    expect(arrivalTime({ mtimeMs: friday, ctimeMs: friday }).toISOString()).toBe('2026-11-27T13:00:00.000Z');
  });
});
