import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { z } from 'zod';
import { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { Pipeline } from '../ports.ts';
import { ApiProblem } from '../problems.ts';

/**
 * The decision in AWS: a new execution of the Standard guard with the decision in its input, as
 * `review decide` starts one locally (README "The review step survives restarts"). The guard's name
 * is the document id for its first execution, so a decision's execution is named apart. The API
 * waits for it (the stages run in seconds) so the archivist sees where the document went.
 */
const EXECUTION_NAME_LIMIT = 80;

export function decisionExecutionName(documentId: string, decidedAt: string): string {
  const stamp = decidedAt.replace(/\D/g, '').slice(0, 17);
  return `${documentId.slice(0, EXECUTION_NAME_LIMIT - stamp.length - 2)}-d${stamp}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The guard answers a summary (its history is kept a year): the document's line is read from the table. */
export const GuardSummary = z.object({ documentId: z.string() });
export type StoredResult = (documentId: string) => Promise<ProcessResult | null>;

export function stepFunctionsPipeline(guardArn: string, storedResult: StoredResult, options: { client?: SFNClient; waitMs?: number; pollMs?: number } = {}): Pipeline {
  const client = options.client ?? new SFNClient({});
  const waitMs = options.waitMs ?? 25_000;
  const pollMs = options.pollMs ?? 300;
  return {
    async resume(state: ExecutionState) {
      const name = decisionExecutionName(state.decision?.documentId ?? 'document', state.decision?.decidedAt ?? new Date().toISOString());
      const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn: guardArn, name, input: JSON.stringify(state) }));
      const deadline = Date.now() + waitMs;
      while (Date.now() < deadline) {
        const execution = await client.send(new DescribeExecutionCommand({ executionArn }));
        if (execution.status === 'SUCCEEDED') {
          const { documentId } = GuardSummary.parse(JSON.parse(execution.output ?? '{}'));
          const stored = await storedResult(documentId);
          if (!stored) throw new ApiProblem('internal', 'The decision is recorded and carried on, but the document has no stored outcome yet; look it up again in a minute.');
          return ProcessResult.parse({ ...stored, file: state.fileName });
        }
        if (execution.status && execution.status !== 'RUNNING' && execution.status !== 'PENDING_REDRIVE') {
          throw new ApiProblem('internal', `The decision is recorded, but carrying the document on failed (${execution.status}); it is back in the review queue with the reason.`);
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
      throw new ApiProblem('internal', 'The decision is recorded and the document is still on its way; look it up again in a minute.');
    },
  };
}
