import { describe, expect, it } from 'vitest';
import type { PostmottakEvent } from '#schemas/events';
import { documentIdFor } from '#domain/identity';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { classification, depsFor, stateFor } from '../registry/fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * SPEC.md "Events": every document gets its DocumentReceived. A file whose Inspect failed is recorded
 * by RecordFailure under its upload's id, its bytes never read; Inspect announced nothing for it, so
 * RecordFailure does, before the DocumentInReview.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

function capturingPorts() {
  const published: PostmottakEvent[] = [];
  return { published, ports: { ...depsFor(db), events: { publish: async (events: readonly PostmottakEvent[]) => void published.push(...events) } } };
}

describe('RecordFailure and DocumentReceived', () => {
  it('announces a document whose Inspect failed as received, then in review, under the id it is recorded by', async () => {
    const { intake, fileName } = stateFor(classification(), { receivedDate: '2025-03-21', postmarkDate: '2025-03-19' });
    const { published, ports } = capturingPorts();
    const result = await recordFailureStage({ intake, fileName, failure: { Error: 'Lambda.ServiceException' } }, ports);

    expect(result).toMatchObject({ status: 'review', documentId: documentIdFor(intake) });
    expect((await getDocument(db, result.documentId))?.status).toBe('review');
    expect(published.map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentInReview']);
    const [received] = published;
    expect(received).toMatchObject({ documentId: result.documentId, detail: { receivedDate: '2025-03-21', postmarkDate: '2025-03-19', format: null, pageCount: null } });
  });

  it('publishes the same event ids when it runs again (a retried RecordFailure)', async () => {
    const { intake, fileName } = stateFor(classification());
    const first = capturingPorts();
    await recordFailureStage({ intake, fileName, failure: { Error: 'States.Timeout' } }, first.ports);
    const again = capturingPorts();
    await recordFailureStage({ intake, fileName, failure: { Error: 'States.Timeout' } }, again.ports);
    expect(again.published.map((e) => e.id)).toEqual(first.published.map((e) => e.id));
  });

  it('leaves DocumentReceived to Inspect when the failure came after it', async () => {
    const state = stateFor(classification());
    const { published, ports } = capturingPorts();
    await recordFailureStage({ ...state, failure: { Error: 'States.Timeout' } }, ports);
    expect(published.map((e) => e.type)).toEqual(['DocumentInReview']);
  });
});
