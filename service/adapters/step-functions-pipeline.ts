import { SFNClient, StartExecutionCommand, StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
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

/**
 * Inside API Gateway's 29 s, with room left to start the documents that waited beside this one: past
 * this the execution goes on, and the archivist is told it is on its way (202). The wait is cut by an
 * abort signal: the installed HTTP handler's requestTimeout only warns unless told to throw.
 */
const WAIT_MS = 24_000;

/** True for the SDK's answer to an aborted or timed-out request. */
function waitEnded(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

export function stepFunctionsPipeline(stagesArn: string, storedResult: StoredResult, options: { client?: SFNClient; waitMs?: number } = {}): Pipeline {
  // StartSyncExecution goes to sync-states.<region>; a loopback endpoint (the bundles' test) has no such host.
  // One attempt only: Express executions are not de-duplicated by name, so a retry would carry the document on twice.
  const client = options.client ?? new SFNClient({ disableHostPrefix: Boolean(process.env.AWS_ENDPOINT_URL_SFN), maxAttempts: 1 });
  const waitMs = options.waitMs ?? WAIT_MS;
  return {
    async resume(state: ExecutionState) {
      const name = decisionExecutionName(state.decision?.documentId ?? 'document', state.decision?.decidedAt ?? new Date().toISOString());
      const command = new StartSyncExecutionCommand({ stateMachineArn: stagesArn, name, input: JSON.stringify(state) });
      const execution = await client.send(command, { abortSignal: AbortSignal.timeout(waitMs) }).catch((error: unknown) => {
        if (waitEnded(error)) throw new ApiProblem('on-its-way', 'The decision is recorded and the document is still on its way; look it up again in a minute.', 'Avgjørelsen er lagret, og dokumentet er fortsatt underveis; se etter det igjen om et minutt.');
        throw error;
      });
      if (execution.status !== 'SUCCEEDED') {
        throw new ApiProblem('internal', `The decision is recorded, but carrying the document on failed (${execution.status ?? 'no status'}); it is back in the review queue with the reason.`, 'Avgjørelsen er lagret, men dokumentet kunne ikke føres videre; det er tilbake i kontrollkøen med grunnen.');
      }
      const { documentId } = ExecutionSummary.parse(JSON.parse(execution.output ?? '{}'));
      const stored = await storedResult(documentId);
      if (!stored) throw new ApiProblem('on-its-way', 'The decision is recorded and carried on, but the document has no stored outcome yet; look it up again in a minute.', 'Avgjørelsen er lagret og ført videre, men dokumentet har ikke fått noe lagret utfall ennå; se etter det igjen om et minutt.');
      return ProcessResult.parse({ ...stored, file: state.fileName });
    },
    async start(state: ExecutionState) {
      const name = decisionExecutionName(state.decision?.documentId ?? 'document', state.decision?.decidedAt ?? new Date().toISOString());
      await client.send(new StartExecutionCommand({ stateMachineArn: stagesArn, name, input: JSON.stringify(state) }));
    },
  };
}
