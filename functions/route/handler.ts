import { stageHandler } from '#commons/handler';
import { stagePorts } from '#commons/ports';
import { routeStage } from '#stages/route';
import { DeadlinesResult, ExecutionState, LinkResult, Registration } from '#schemas/state';

/** Route: the queue a case handler picks from, with keywords and priority; the final answer. */
const RouteInput = ExecutionState.extend({ link: LinkResult, registration: Registration, deadlines: DeadlinesResult });

export const handler = stageHandler('route', RouteInput, (state) => routeStage(state, stagePorts()));
