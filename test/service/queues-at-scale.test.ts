import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '#schemas/api';
import { allocateCase } from '../../functions/commons/store/cases.ts';
import { recordReceivedCase } from '../../functions/commons/store/incoming-cases.ts';
import { placeNewCase } from '../../functions/commons/store/queues.ts';
import { openBareService, type BareService } from './fixtures.ts';

/**
 * A few thousand routed cases in the local DynamoDB, written through the store as Route writes them
 * (no OCR), then walked through the API: every case once, in order, under each filter; and the
 * director's export of one month, found by the received-date index rather than a scan.
 */
const total = 2400;
const areas = ['dental', 'pharmacy', 'sick_pay'] as const;
let service: BareService;
const placed: { caseNumber: string; area: string; receivedDate: string; keywords: string[] }[] = [];

beforeAll(async () => {
  service = await openBareService();
  const db = service.runtime.context.db;
  for (let i = 0; i < total; i += 1) {
    const area = areas[i % areas.length]!;
    // Received over the first half of 2025, out of order, so case numbers and dates do not run together.
    const receivedDate = `2025-0${1 + ((i * 5) % 6)}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`;
    const keywords = [area, ...(i % 7 === 0 ? ['anke'] : []), ...(i % 11 === 0 ? ['oversittet-klagefrist'] : [])];
    const { record } = await allocateCase(
      db,
      { title: `Klage ${i}`, area, archiveCode: 'G', status: 'NY', keywords, receivedDate, references: [`24/${100000 + i}`], nationalIdHashes: [], createdBy: `doc-scale-${i}`, createdAt: `${receivedDate}T10:00:00Z` },
      { existingMapping: async () => null, recordMapping: async () => {} },
    );
    await recordReceivedCase(db, record);
    await placeNewCase(db, { record, queue: `unassigned/${area}`, keywords, priority: keywords.includes('anke') ? 3 : 1, routedAt: `${receivedDate}T10:00:00Z`, routedBy: `doc-scale-${i}` });
    placed.push({ caseNumber: record.caseNumber, area, receivedDate, keywords });
  }
}, 600_000);
afterAll(async () => {
  await service?.app.close();
  await service?.runtime.close();
  if (service) await rm(service.dir, { recursive: true, force: true });
});

async function walk(queue: string, query: string): Promise<{ pages: QueueEntry[][]; items: QueueEntry[] }> {
  const pages: QueueEntry[][] = [];
  let cursor: string | null = null;
  do {
    const response = await service.app.inject({ method: 'GET', url: `/api/v1/queues/${queue}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, headers: { authorization: `Bearer ${service.tokens.reader}` } });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: QueueEntry[]; cursor: string | null };
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor && pages.length < 100);
  return { pages, items: pages.flat() };
}

const byOldest = (a: { receivedDate: string; caseNumber: string | null }, b: { receivedDate: string; caseNumber: string | null }) =>
  a.receivedDate.localeCompare(b.receivedDate) || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '');

describe(`${total} routed cases`, () => {
  it('a queue walked in pages of 200 gives each of its cases once, oldest first, and no case of another area', async () => {
    const { pages, items } = await walk('unassigned/dental', 'limit=200');
    const expected = placed.filter((p) => p.area === 'dental').sort(byOldest);
    expect(pages.slice(0, -1).every((p) => p.length === 200)).toBe(true);
    expect(items.map((e) => e.caseNumber)).toEqual(expected.map((p) => p.caseNumber));
  });

  it('keyword and received-date filters keep exactly the cases that match, across pages', async () => {
    const { items } = await walk('unassigned/pharmacy', 'keyword=anke&from=2025-02-01&to=2025-04-15&limit=50');
    const expected = placed.filter((p) => p.area === 'pharmacy' && p.keywords.includes('anke') && p.receivedDate >= '2025-02-01' && p.receivedDate <= '2025-04-15').sort(byOldest);
    expect(expected.length).toBeGreaterThan(20);
    expect(items.map((e) => e.caseNumber)).toEqual(expected.map((p) => p.caseNumber));
  });

  it('priority order puts the raised cases first, each part oldest first', async () => {
    const { items } = await walk('unassigned/sick_pay', 'order=priority&limit=200');
    const mine = placed.filter((p) => p.area === 'sick_pay');
    const raised = mine.filter((p) => p.keywords.includes('anke')).sort(byOldest);
    const rest = mine.filter((p) => !p.keywords.includes('anke')).sort(byOldest);
    expect(items.map((e) => e.caseNumber)).toEqual([...raised, ...rest].map((p) => p.caseNumber));
  });

  it("the export of one month has a row for each case received in it, and only those", async () => {
    const answer = await service.app.inject({ method: 'GET', url: '/api/v1/export?from=2025-03-01&to=2025-03-31&format=json', headers: { authorization: `Bearer ${service.tokens.system}` } });
    expect(answer.statusCode).toBe(200);
    const rows = answer.json().rows as { caseNumber: string; receivedDate: string; firstInstanceReference: string | null }[];
    const expected = placed.filter((p) => p.receivedDate.startsWith('2025-03')).sort(byOldest);
    expect(rows.map((r) => r.caseNumber)).toEqual(expected.map((p) => p.caseNumber));
    expect(rows.every((r) => r.firstInstanceReference?.startsWith('24/'))).toBe(true);
  });
});
