import { stageHandler } from '#commons/handler';
import { stagePorts } from '#commons/ports';
import { deadlinesStage } from '#stages/deadlines';
import { ExecutionState, LinkResult, Registration } from '#schemas/state';

/** Deadlines: open the statutory deadlines of the document's type, close what it fulfils. */
const DeadlinesInput = ExecutionState.extend({ link: LinkResult, registration: Registration });

export const handler = stageHandler('deadlines', DeadlinesInput, (state) => deadlinesStage(state, stagePorts()));
