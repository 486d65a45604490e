import { createHash } from 'node:crypto';
import { DescribeExecutionCommand, ExecutionAlreadyExists, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { Pipeline } from '../../service/ports.ts';

/** How long a decision waits for its execution: API Gateway ends an integration at 29 s. */
const WAIT_MS = 25_000;

export class DecisionStillRunning extends Error {
  override name = 'DecisionStillRunning';
}

export class DecisionFailed extends Error {
  override name = 'DecisionFailed';
}

/**
 * The service's pipeline in AWS: an archivist's decision starts the Standard guard, as `review
 * decide` starts it locally, and waits for that execution (a resumed document runs Link to Route in
 * about a second). The name is the document id plus a digest of the decision, so a repeated request
 * for the same decision finds the execution it started instead of starting a second one.
 */
export function guardPipeline(options: { stateMachineArn: string; client?: SFNClient; waitMs?: number }): Pipeline {
  const sfn = options.client ?? new SFNClient({});
  return {
    async resume(state: ExecutionState): Promise<ProcessResult> {
      if (!state.decision) throw new Error('only an archivist\'s decision resumes an intake');
      const digest = createHash('sha256').update(JSON.stringify(state.decision)).digest('hex').slice(0, 16);
      const name = `${state.decision.documentId}-decided-${digest}`.slice(0, 80);
      let executionArn: string;
      try {
        executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn: options.stateMachineArn, name, input: JSON.stringify(state) }))).executionArn!;
      } catch (error) {
        if (!(error instanceof ExecutionAlreadyExists)) throw error;
        executionArn = `${options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
      }
      const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
      for (let pause = 100; ; pause = Math.min(pause * 2, 1000)) {
        const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
        if (execution.status === 'SUCCEEDED') return ProcessResult.parse({ ...JSON.parse(execution.output ?? '{}'), file: state.fileName });
        if (execution.status !== 'RUNNING' && execution.status !== 'PENDING_REDRIVE') {
          // The guard recorded the failure (the document is back in review with the reason).
          throw new DecisionFailed(`the decision on ${state.decision.documentId} could not be carried through (${execution.status}); the document is back in review`);
        }
        if (Date.now() + pause > deadline) throw new DecisionStillRunning(`the decision on ${state.decision.documentId} is recorded and still being carried through`);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    },
  };
}
