import { Reason } from '#schemas/reasons';
import { z } from 'zod';
import { stageHandler } from '#commons/handler';
import { stagePortsWithBlobs } from '#commons/ports';
import { rejectStage } from '#stages/reject';
import { ExecutionState } from '#schemas/state';

/** Reject: the original goes to quarantine with the inspection's reason; the document is recorded as rejected. */
const RejectInput = ExecutionState.extend({ inspection: z.object({ status: z.literal('rejected'), documentId: z.string(), reason: z.string(), reasonCode: Reason.optional() }) });

export const handler = stageHandler('reject', RejectInput, (state) => rejectStage(state, stagePortsWithBlobs()));
