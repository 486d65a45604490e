import { stageHandler } from '#commons/handler';
import { stageDeps } from '#commons/store/deps';
import { deadlinesStage } from '#commons/store/stages';
import { ExecutionState, LinkResult, Registration } from '#schemas/state';

/** Deadlines: open the statutory deadlines of the document's type, close what it fulfils. */
const DeadlinesInput = ExecutionState.extend({ link: LinkResult, registration: Registration });

export const handler = stageHandler('deadlines', DeadlinesInput, (state) => deadlinesStage(state, stageDeps()));
