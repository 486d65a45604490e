import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../service/operations/review.ts';
import { decisionLine } from '../../local/archivist-wording.ts';
import { classification, personId, runPipeline, stateFor } from '../registry/fixtures.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { openBareService, type BareService } from './fixtures.ts';

/**
 * A decision carries on the documents that waited beside the decided one for its case (issue 13); one
 * that is itself unsure goes back to review. Its reason comes in bokmål as the decided document's does,
 * and the command line's line for it says it so, not in English.
 */
let service: BareService;

beforeAll(async () => {
  service = await openBareService();
}, 60_000);
afterAll(async () => {
  await service?.app.close();
  await service?.runtime.close();
});

describe('a decision that carries on an unsure follow-up', () => {
  it('answers why the follow-up is back in review in bokmål, and the CLI prints that', async () => {
    // The registry stages over the service's own table, with its keys, so the service reads what they wrote.
    const ctx = service.runtime.context;
    const sealing = sealingOf(ctx.db);
    const deps = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: sealing.hashKey, now: ctx.now, nationalIdKey: sealing.wrapper });
    const person = personId(4242);
    const appeal = await runPipeline(stateFor(classification({ documentType: 'appeal', area: 'medical', confidence: 0.3, typeConfidence: 0.3, fields: { nationalIds: [person] } })), deps);
    expect(appeal.result.status).toBe('review');
    const unsure = await runPipeline(stateFor(classification({ documentType: 'comments', area: 'medical', confidence: 0.4, typeConfidence: 0.45, fields: { nationalIds: [person], decisionDate: null } })), deps);
    expect(unsure.link.waitsFor).toBe(appeal.result.documentId);

    const outcome = await decide(service.runtime.context, { person: 'Arkivar Test', role: 'archivist' }, appeal.result.documentId, { documentType: 'appeal', area: 'medical' });
    expect(outcome.result.status).toBe('routed');
    const [followed] = outcome.followed;
    expect(followed).toMatchObject({ documentId: unsure.result.documentId, status: 'review' });
    expect(followed!.reason).toBeTruthy();
    expect(followed!.reasonNb).toBeTruthy();
    expect(followed!.reasonNb).not.toBe(followed!.reason);

    const line = decisionLine(followed!, service.runtime.context.config.areas, followed!.reasonNb);
    expect(line).toBe(`${followed!.documentId}: tilbake til kontroll: ${followed!.reasonNb}`);
    expect(line).not.toContain(followed!.reason!);
  }, 120_000);
});
