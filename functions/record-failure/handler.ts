import { stageHandler } from '#commons/handler';
import { stagePortsWithBlobs } from '#commons/ports';
import { recordFailureStage } from '#stages/record-failure';
import { ExecutionState, StageFailure } from '#schemas/state';

/** A stage failed after its retries: the document goes to review, so none is lost. */
const RecordFailureInput = ExecutionState.extend({ failure: StageFailure });

export const handler = stageHandler('record-failure', RecordFailureInput, (state) => recordFailureStage(state, stagePortsWithBlobs()));
