import { z } from 'zod';
import { stageHandler } from '#commons/handler';
import { stageDeps } from '#commons/store/deps';
import { rejectStage } from '#commons/store/stages';
import { ExecutionState } from '#schemas/state';
import { quarantine } from './quarantine.ts';

/** Reject: the original goes to quarantine with the inspection's reason; the document is recorded as rejected. */
const RejectInput = ExecutionState.extend({ inspection: z.object({ status: z.literal('rejected'), documentId: z.string(), reason: z.string() }) });

export const handler = stageHandler('reject', RejectInput, (state) => rejectStage(state, { ...stageDeps(), quarantine }));
