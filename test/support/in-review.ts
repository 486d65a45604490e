import { expect } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { classification, runPipeline, stateFor } from '../registry/fixtures.ts';
import type { TestService } from '../service/fixtures.ts';

/** A document the machine was unsure of (30 %), run through the real stages into review, with the classification's fields given. */
export async function unsureInReview(service: TestService, overrides: Parameters<typeof classification>[0]): Promise<ProcessResult> {
  const ctx = service.runtime.context;
  const sealing = sealingOf(ctx.db);
  const deps = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: sealing.hashKey, now: ctx.now, nationalIdKey: sealing.wrapper });
  const { result } = await runPipeline(stateFor(classification({ confidence: 0.3, typeConfidence: 0.3, ...overrides }), { receivedDate: '2025-03-20' }), deps);
  expect(result.status).toBe('review');
  return result;
}
