import { StartSyncExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import type { ExecutionState } from '#schemas/state';
import { decisionExecutionName, stepFunctionsPipeline } from '../../service/adapters/step-functions-pipeline.ts';

const state = {
  intake: { bucket: 'b', key: 'incoming/x/scan.pdf', etag: 'e', versionId: null, receivedDate: '2025-03-20', postmarkDate: null },
  fileName: 'scan.pdf',
  decision: { documentId: 'doc-eec4d41393a27e754561bd5d', archivist: 'Ingrid', decidedAt: '2025-03-21T08:15:30.123Z' },
} as ExecutionState;

const output = { documentId: 'doc-eec4d41393a27e754561bd5d', status: 'routed', reason: null, documentType: 'consent', confidence: 1, area: 'dental', language: 'nb', pages: 1, textSource: 'text_layer', fields: null, caseId: '2025-00001', keywords: [], deadlines: [], closedDeadlines: [], queue: 'unit-mail/dental' };

const stored = async (documentId: string) => (documentId === output.documentId ? { ...output, file: 'stored.pdf' } : null) as never;

function fakeClient(status: string) {
  const sent: unknown[] = [];
  const client = {
    send: async (command: unknown) => {
      sent.push(command);
      // The stages answer the execution's line (here a different file name than stored: the answer is read from the table).
      if (command instanceof StartSyncExecutionCommand) return { executionArn: 'arn:exec', status, ...(status === 'SUCCEEDED' ? { output: JSON.stringify({ ...output, file: 'from-execution.pdf' }) } : {}) };
      throw new Error('unexpected command');
    },
  };
  return { client: client as unknown as SFNClient, sent };
}

describe('decisions in AWS', () => {
  it('run the stages synchronously under a name of their own, with the decision in the input, and answer with where the document went', async () => {
    const { client, sent } = fakeClient('SUCCEEDED');
    const result = await stepFunctionsPipeline('arn:stages', stored, { client }).resume(state);
    expect(result).toMatchObject({ documentId: state.decision!.documentId, status: 'routed', documentType: 'consent', area: 'dental', file: 'scan.pdf' });
    expect(sent).toHaveLength(1);
    const start = sent[0] as StartSyncExecutionCommand;
    expect(start.input.stateMachineArn).toBe('arn:stages');
    expect(start.input.name).not.toBe(state.decision!.documentId);
    expect(start.input.name).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(JSON.parse(start.input.input!).decision.archivist).toBe('Ingrid');
  });

  it('names two decisions on one document apart', () => {
    expect(decisionExecutionName('doc-1', '2025-03-21T08:15:30.123Z')).not.toBe(decisionExecutionName('doc-1', '2025-03-22T08:15:30.123Z'));
  });

  it('stops waiting for an execution that outlasts the wait, asks once, and says the document is on its way (202)', async () => {
    // A Step Functions endpoint that takes the request and never answers, as a long execution does.
    let requests = 0;
    const server = http.createServer(() => {
      requests += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    vi.stubEnv('AWS_ENDPOINT_URL_SFN', `http://127.0.0.1:${port}`);
    vi.stubEnv('AWS_REGION', 'eu-north-1');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    try {
      const outcome = stepFunctionsPipeline('arn:aws:states:eu-north-1:123456789012:stateMachine:stages', stored, { waitMs: 300 }).resume(state);
      await expect(outcome).rejects.toMatchObject({ status: 202, detail: expect.stringContaining('still on its way') });
      expect(requests).toBe(1);
    } finally {
      vi.unstubAllEnvs();
      server.closeAllConnections();
      server.close();
    }
  });

  it('says so when the execution failed', async () => {
    const { client } = fakeClient('FAILED');
    await expect(stepFunctionsPipeline('arn:stages', stored, { client }).resume(state)).rejects.toMatchObject({ status: 500, detail: expect.stringContaining('FAILED') });
  });
});
