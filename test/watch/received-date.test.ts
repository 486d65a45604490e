import { describe, expect, it } from 'vitest';
import { receivedDateOfDrop } from '../../local/watch/received-date.ts';

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
});
