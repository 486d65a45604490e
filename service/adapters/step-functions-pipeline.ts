import { SFNClient, StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { z } from 'zod';
import { ProcessResult } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { Pipeline } from '../ports.ts';
import { ApiProblem } from '../problems.ts';

/**
 * The decision in AWS: a new Express execution of the stages with the decision in its input, as
 * `review decide` runs one locally (README "The review step survives restarts"), started synchronously
 * (StartSyncExecution): the stages after a decision run in seconds, inside API Gateway's 29, so the
 * archivist sees where the document went. Its name says which decision it carries, for the logs; a
 * second decision on the same document is refused by the register before anything starts.
 */
const EXECUTION_NAME_LIMIT = 80;

export function decisionExecutionName(documentId: string, decidedAt: string): string {
  const stamp = decidedAt.replace(/\D/g, '').slice(0, 17);
  return `${documentId.slice(0, EXECUTION_NAME_LIMIT - stamp.length - 2)}-d${stamp}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The stages answer the document's line; only its id is read here, the line itself from the table as stored. */
export const ExecutionSummary = z.looseObject({ documentId: z.string() });
export type StoredResult = (documentId: string) => Promise<ProcessResult | null>;

/** Inside API Gateway's 29 s: past this the execution goes on, and the archivist is told to look again. */
const WAIT_MS = 25_000;

export function stepFunctionsPipeline(stagesArn: string, storedResult: StoredResult, options: { client?: SFNClient } = {}): Pipeline {
  // StartSyncExecution goes to sync-states.<region>; a loopback endpoint (the bundles' test) has no such host.
  const client = options.client ?? new SFNClient({ disableHostPrefix: Boolean(process.env.AWS_ENDPOINT_URL_SFN), requestHandler: { requestTimeout: WAIT_MS } });
  return {
    async resume(state: ExecutionState) {
      const name = decisionExecutionName(state.decision?.documentId ?? 'document', state.decision?.decidedAt ?? new Date().toISOString());
      const execution = await client.send(new StartSyncExecutionCommand({ stateMachineArn: stagesArn, name, input: JSON.stringify(state) })).catch((error: Error) => {
        if (error.name === 'TimeoutError') throw new ApiProblem('internal', 'The decision is recorded and the document is still on its way; look it up again in a minute.');
        throw error;
      });
      if (execution.status !== 'SUCCEEDED') {
        throw new ApiProblem('internal', `The decision is recorded, but carrying the document on failed (${execution.status ?? 'no status'}); it is back in the review queue with the reason.`);
      }
      const { documentId } = ExecutionSummary.parse(JSON.parse(execution.output ?? '{}'));
      const stored = await storedResult(documentId);
      if (!stored) throw new ApiProblem('internal', 'The decision is recorded and carried on, but the document has no stored outcome yet; look it up again in a minute.');
      return ProcessResult.parse({ ...stored, file: state.fileName });
    },
  };
}
