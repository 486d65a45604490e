import { stageHandler } from '#commons/handler';
import { stagePorts } from '#commons/ports';
import { reviewStage } from '#stages/review';
import { ExecutionState, LinkResult } from '#schemas/state';

/** Review: the document waits in the archivists' queue, with what their decision resumes from. */
const ReviewInput = ExecutionState.extend({ link: LinkResult });

export const handler = stageHandler('review', ReviewInput, (state) => reviewStage(state, stagePorts()));
