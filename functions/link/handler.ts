import { stageHandler } from '#commons/handler';
import { stagePorts } from '#commons/ports';
import { linkStage } from '#stages/link';
import { Classification } from '#schemas/pipeline';
import { ExecutionState } from '#schemas/state';

/** Link: which case the document belongs to, or whether an archivist must look first (writes only a case-opener's announcement: cases in flight). */
const LinkInput = ExecutionState.extend({ classification: Classification });

export const handler = stageHandler('link', LinkInput, (state) => linkStage(state, stagePorts()));
