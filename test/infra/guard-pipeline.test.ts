import { describe, expect, it } from 'vitest';
import { DescribeExecutionCommand, ExecutionAlreadyExists, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import { DecisionFailed, DecisionStillRunning, guardPipeline } from '../../functions/api/guard-pipeline.ts';
import type { ExecutionState } from '../../schemas/state.ts';

const guardArn = 'arn:aws:states:eu-north-1:111111111111:stateMachine:IntakeGuard';
const state = {
  intake: { bucket: 'b', key: 'incoming/x/brev.pdf', etag: 'e', versionId: null, receivedDate: '2025-03-20', postmarkDate: null },
  fileName: 'brev.pdf',
  decision: { documentId: 'doc-0123456789abcdef01234567', archivist: 'kari.arkivar', decidedAt: '2025-03-21T09:00:00.000Z', caseId: '2025-00001' },
} as unknown as ExecutionState;
const routed = { documentId: 'doc-0123456789abcdef01234567', status: 'routed', reason: null, documentType: 'correspondence', confidence: 1, area: 'dental', language: 'nb', pages: 1, textSource: 'text_layer', fields: null, caseId: '2025-00001', keywords: [], deadlines: [], closedDeadlines: [], queue: 'unit-mail/dental' };

/** A Step Functions client that answers from a script: StartExecution, then one DescribeExecution status after another. */
function scripted(options: { exists?: boolean; statuses: string[] }) {
  const calls: { command: string; input: any }[] = [];
  const statuses = [...options.statuses];
  const client = {
    async send(command: StartExecutionCommand | DescribeExecutionCommand) {
      calls.push({ command: command.constructor.name, input: command.input });
      if (command instanceof StartExecutionCommand) {
        if (options.exists) throw new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} });
        return { executionArn: `${guardArn.replace(':stateMachine:', ':execution:')}:${command.input.name}` };
      }
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      return { status, ...(status === 'SUCCEEDED' ? { output: JSON.stringify(routed) } : {}) };
    },
  } as unknown as SFNClient;
  return { client, calls };
}

describe('the api function\'s pipeline: a decision starts the Standard guard', () => {
  it('starts the guard with the decision, named by the document and the decision, and returns the resumed outcome', async () => {
    const { client, calls } = scripted({ statuses: ['RUNNING', 'RUNNING', 'SUCCEEDED'] });
    const result = await guardPipeline({ stateMachineArn: guardArn, client }).resume(state);
    expect(result).toMatchObject({ status: 'routed', caseId: '2025-00001', file: 'brev.pdf' });
    const start = calls[0]!;
    expect(start.command).toBe('StartExecutionCommand');
    expect(start.input.stateMachineArn).toBe(guardArn);
    expect(start.input.name).toMatch(/^doc-0123456789abcdef01234567-decided-[0-9a-f]{16}$/);
    expect(JSON.parse(start.input.input).decision).toEqual(state.decision);
    expect(calls.slice(1).map((c) => c.input.executionArn)).toEqual(Array(3).fill(`${guardArn.replace(':stateMachine:', ':execution:')}:${start.input.name}`));
  });

  it('the same decision again finds the execution it started instead of starting another', async () => {
    const first = scripted({ statuses: ['SUCCEEDED'] });
    await guardPipeline({ stateMachineArn: guardArn, client: first.client }).resume(state);
    const again = scripted({ exists: true, statuses: ['SUCCEEDED'] });
    expect(await guardPipeline({ stateMachineArn: guardArn, client: again.client }).resume(state)).toMatchObject({ status: 'routed' });
    expect(again.calls[1]!.input.executionArn).toBe(first.calls[1]!.input.executionArn);
  });

  it('says so when the execution failed, and when it outlasts the wait', async () => {
    await expect(guardPipeline({ stateMachineArn: guardArn, client: scripted({ statuses: ['FAILED'] }).client }).resume(state)).rejects.toBeInstanceOf(DecisionFailed);
    await expect(guardPipeline({ stateMachineArn: guardArn, client: scripted({ statuses: ['RUNNING'] }).client, waitMs: 250 }).resume(state)).rejects.toBeInstanceOf(DecisionStillRunning);
  });
});
