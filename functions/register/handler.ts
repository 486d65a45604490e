import { stageHandler } from '#commons/handler';
import { stagePorts } from '#commons/ports';
import { registerStage } from '#stages/register';
import { ExecutionState, LinkResult } from '#schemas/state';

/** Register: a new case with our number, or the linked case; the journal entry (Noark type I). */
const RegisterInput = ExecutionState.extend({ link: LinkResult });

export const handler = stageHandler('register', RegisterInput, (state) => registerStage(state, stagePorts()));
