import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '#schemas/api';
import { rm } from 'node:fs/promises';
import { allocateCase } from '../../functions/commons/store/cases.ts';
import { placeNewCase } from '../../functions/commons/store/queues.ts';
import { openBareService, type BareService } from './fixtures.ts';

/**
 * Queue pages as a client walks them: cases placed in unassigned/pharmacy by the store's own writes
 * (as Route places them), read back through the API with filters, orderings and cursors.
 */
let service: BareService;
const placed: { caseNumber: string; receivedDate: string; keywords: string[]; priority: number }[] = [];

beforeAll(async () => {
  service = await openBareService();
  const db = service.runtime.context.db;
  for (let i = 0; i < 45; i += 1) {
    const receivedDate = `2025-0${1 + (i % 3)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`;
    const keywords = ['blaresept', ...(i % 4 === 0 ? ['anke'] : []), ...(i % 5 === 0 ? ['oversittet-klagefrist'] : [])];
    const priority = i % 4 === 0 ? 3 : 1;
    const { record } = await allocateCase(
      db,
      { title: `Klage ${i}`, area: 'pharmacy', archiveCode: 'G-LEGEMIDLER', status: 'NY', keywords, receivedDate, references: [], nationalIdHashes: [], createdBy: `doc-seed-${i}`, createdAt: `${receivedDate}T10:00:00Z` },
      { existingMapping: async () => null, recordMapping: async () => {} },
    );
    await placeNewCase(db, { record, queue: 'unassigned/pharmacy', keywords, priority, routedAt: `${receivedDate}T10:00:00Z`, routedBy: `doc-seed-${i}` });
    placed.push({ caseNumber: record.caseNumber, receivedDate, keywords, priority });
  }
});
afterAll(async () => {
  await service?.app.close();
  await service?.runtime.close();
  if (service) await rm(service.dir, { recursive: true, force: true });
});

async function walk(query: string): Promise<QueueEntry[][]> {
  const pages: QueueEntry[][] = [];
  let cursor: string | null = null;
  do {
    const response = await service.app.inject({ method: 'GET', url: `/api/v1/queues/unassigned/pharmacy?${query}${cursor ? `&cursor=${cursor}` : ''}`, headers: { authorization: `Bearer ${service.tokens.reader}` } });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: QueueEntry[]; cursor: string | null };
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor && pages.length < 50);
  return pages;
}

const byOldest = (a: { receivedDate: string; caseNumber: string | null }, b: { receivedDate: string; caseNumber: string | null }) =>
  a.receivedDate.localeCompare(b.receivedDate) || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '');

describe('queue pages', () => {
  it('walks every case once, oldest first, in pages of the limit asked for', async () => {
    const pages = await walk('limit=7');
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
    const seen = pages.flat();
    expect(seen.map((e) => e.caseNumber)).toEqual([...placed].sort(byOldest).map((p) => p.caseNumber));
  });

  it('keeps only the received-date range, both ends included', async () => {
    const seen = (await walk('from=2025-02-01&to=2025-02-28&limit=10')).flat();
    const expected = placed.filter((p) => p.receivedDate >= '2025-02-01' && p.receivedDate <= '2025-02-28').sort(byOldest);
    expect(expected.length).toBeGreaterThan(5);
    expect(seen.map((e) => e.caseNumber)).toEqual(expected.map((p) => p.caseNumber));
  });

  it('keeps only cases carrying every keyword asked for', async () => {
    const both = (await walk('keyword=anke&keyword=oversittet-klagefrist&limit=3')).flat();
    expect(both.map((e) => e.caseNumber).sort()).toEqual(placed.filter((p) => p.keywords.includes('anke') && p.keywords.includes('oversittet-klagefrist')).map((p) => p.caseNumber).sort());
    const anke = (await walk('keyword=anke&limit=50')).flat();
    expect(anke).toHaveLength(placed.filter((p) => p.keywords.includes('anke')).length);
  });

  it('puts raised priority first when asked, each part oldest first', async () => {
    const seen = (await walk('order=priority&limit=6')).flat();
    const raised = placed.filter((p) => p.priority > 1).sort(byOldest);
    const normal = placed.filter((p) => p.priority === 1).sort(byOldest);
    expect(seen.map((e) => e.caseNumber)).toEqual([...raised, ...normal].map((p) => p.caseNumber));
  });

  it('refuses a cursor of another queue, and one that was tampered with', async () => {
    const first = (await service.app.inject({ method: 'GET', url: '/api/v1/queues/unassigned/pharmacy?limit=2', headers: { authorization: `Bearer ${service.tokens.reader}` } })).json();
    const elsewhere = await service.app.inject({ method: 'GET', url: `/api/v1/queues/unassigned/dental?cursor=${first.cursor}`, headers: { authorization: `Bearer ${service.tokens.reader}` } });
    expect(elsewhere.statusCode).toBe(400);
    const tampered = await service.app.inject({ method: 'GET', url: `/api/v1/queues/unassigned/pharmacy?cursor=${first.cursor.slice(0, -3)}xyz`, headers: { authorization: `Bearer ${service.tokens.reader}` } });
    expect(tampered.statusCode).toBe(400);
    expect(tampered.headers['content-type']).toMatch(/problem\+json/);
  });
});
