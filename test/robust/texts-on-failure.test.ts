import { describe, expect, it } from 'vitest';
import { documentTextKey, pageTextKey } from '#domain/page-keys';
import { pageFromStored } from '#domain/inline-page-texts';
import type { PageExtraction } from '#schemas/pipeline';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import type { BlobStore } from '../../stages/ports.ts';
import { classification, depsFor, stateFor } from '../registry/fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * Page texts travel in the Express state (domain/inline-page-texts.ts) and Classify stores them before
 * it classifies. When Classify fails after its retries before that PUT, RecordFailure stores them, so
 * an archivist reads the text of the document that failed and its review item's references lead to it.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

function memoryBlobs() {
  const objects = new Map<string, string>();
  const blobs: BlobStore = {
    size: async () => 0,
    get: async () => new Uint8Array(),
    getText: async (key) => {
      const body = objects.get(key);
      if (body === undefined) throw new Error(`no object ${key}`);
      return body;
    },
    put: async (key, body) => void objects.set(key, typeof body === 'string' ? body : Buffer.from(body).toString('utf8')),
    copy: async () => {},
  };
  return { objects, blobs };
}

function pagesOf(documentId: string): PageExtraction[] {
  return [
    { pageIndex: 0, source: 'ocr', textKey: documentTextKey(documentId), inline: { text: 'Klage på vedtak om tannbehandling', words: [] }, chars: 33, confidence: 0.93 },
    // Over its share of the state: ExtractPage stored it under its own key, and nobody stores it again.
    { pageIndex: 1, source: 'ocr', textKey: pageTextKey(documentId, 1), chars: 40000, confidence: 0.9 },
    { pageIndex: 2, source: 'ocr', textKey: documentTextKey(documentId), inline: { text: 'Med vennlig hilsen', words: [] }, chars: 18, confidence: 0.95 },
  ];
}

describe('RecordFailure keeps the page texts that were only in the state', () => {
  it('stores the pages a failed Classify never stored, where the review item points', async () => {
    const { intake, fileName, inspection } = stateFor(classification());
    const documentId = inspection!.documentId;
    const { objects, blobs } = memoryBlobs();
    const answer = await recordFailureStage({ intake, fileName, inspection, pages: pagesOf(documentId), failure: { Error: 'States.Timeout' } }, { ...depsFor(db), blobs });
    expect(answer.status).toBe('review');
    expect([...objects.keys()]).toEqual([documentTextKey(documentId)]);
    const stored = JSON.parse(objects.get(documentTextKey(documentId))!) as unknown;
    expect(pageFromStored<{ text: string }>(stored, 0)?.text).toBe('Klage på vedtak om tannbehandling');
    expect(pageFromStored<{ text: string }>(stored, 2)?.text).toBe('Med vennlig hilsen');
    expect(pageFromStored(stored, 1)).toBeNull();
    // The review item keeps references only, and they lead to what was just stored.
    const item = await getDocument(db, documentId);
    expect(item?.resume?.pages?.map((p) => [p.textKey, 'inline' in p])).toEqual([
      [documentTextKey(documentId), false],
      [pageTextKey(documentId, 1), false],
      [documentTextKey(documentId), false],
    ]);
  });

  it('stores nothing when the failure came after Classify, which had stored them', async () => {
    const state = stateFor(classification());
    const { objects, blobs } = memoryBlobs();
    await recordFailureStage({ ...state, pages: pagesOf(state.inspection!.documentId), failure: { Error: 'States.Timeout' } }, { ...depsFor(db), blobs });
    expect(objects.size).toBe(0);
  });

  it('stores the pages read beside a page that failed, and records that page\'s error as a failure in reading', async () => {
    const { intake, fileName, inspection } = stateFor(classification());
    const documentId = inspection!.documentId;
    const { objects, blobs } = memoryBlobs();
    const [first, , last] = pagesOf(documentId);
    // What ReadFailed (statemachines/intake.asl.json) hands over: the Map's items, one of them unread.
    const readPages = [first!, { pageIndex: 1, source: 'unread' as const, failed: { Error: 'States.Timeout' } }, last!];
    const answer = await recordFailureStage({ intake, fileName, inspection, readPages, failure: { Error: 'PageNotRead' } }, { ...depsFor(db), blobs });
    expect(answer.status).toBe('review');
    expect(answer.reason).toContain('States.Timeout');
    expect([...objects.keys()]).toEqual([documentTextKey(documentId)]);
    const stored = JSON.parse(objects.get(documentTextKey(documentId))!) as unknown;
    expect(pageFromStored<{ text: string }>(stored, 0)?.text).toBe('Klage på vedtak om tannbehandling');
    expect(pageFromStored<{ text: string }>(stored, 2)?.text).toBe('Med vennlig hilsen');
  });
});
