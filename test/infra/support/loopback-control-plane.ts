import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KmsStandIn } from '../../support/kms-stand-in.ts';

/**
 * The AWS APIs the functions call beyond S3 and DynamoDB, on loopback, speaking the JSON protocols
 * the SDK uses (X-Amz-Target): Step Functions StartExecution/StartSyncExecution/DescribeExecution, Secrets Manager
 * GetSecretValue, EventBridge PutEvents, KMS GenerateDataKey/Decrypt, SQS SendMessage (kept, not delivered).
 * The SDK inside each bundle finds it through AWS_ENDPOINT_URL_SFN / _SECRETS_MANAGER / _EVENTBRIDGE /
 * _KMS / _SQS, as the real ones through DNS.
 */
export interface StartedExecution {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly input: unknown;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: { name: string; message: string };
  readonly done: Promise<void>;
}

export interface ControlPlaneOptions {
  /** Runs an execution of a state machine this control plane knows; resolves with its output. */
  readonly run: (stateMachineArn: string, input: unknown, name: string) => Promise<unknown>;
  /** Express machines: a name may be used again (Step Functions checks names of Standard executions only), and StartSyncExecution runs them. */
  readonly express?: readonly string[];
  readonly secrets: Readonly<Record<string, string>>;
  readonly kms: KmsStandIn;
}

export interface PublishedEvent {
  readonly EventBusName?: string;
  readonly Source: string;
  readonly DetailType: string;
  readonly Detail: string;
}

export class LoopbackControlPlane {
  readonly executions = new Map<string, StartedExecution>();
  readonly events: PublishedEvent[] = [];
  readonly secretReads: string[] = [];
  readonly sentMessages: { QueueUrl: string; MessageBody: string }[] = [];
  private constructor(
    private readonly server: Server,
    readonly endpoint: string,
  ) {}

  static async start(options: ControlPlaneOptions): Promise<LoopbackControlPlane> {
    let plane: LoopbackControlPlane | undefined;
    const server = createServer((request, response) => {
      void plane!.handle(request, response, options).catch((error: Error) => reply(response, 500, { __type: 'InternalFailure', message: error.message }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    plane = new LoopbackControlPlane(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return plane;
  }

  /** Every execution started so far, once it has ended. */
  async settled(): Promise<StartedExecution[]> {
    for (;;) {
      const all = [...this.executions.values()];
      await Promise.all(all.map((e) => e.done));
      if (all.length === this.executions.size) return all;
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse, options: ControlPlaneOptions): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const target = String(request.headers['x-amz-target'] ?? '');
    switch (target) {
      case 'AWSStepFunctions.StartExecution':
      case 'AWSStepFunctions.StartSyncExecution': {
        const { stateMachineArn, name, input } = body as { stateMachineArn: string; name: string; input: string };
        const express = options.express?.includes(stateMachineArn) ?? false;
        if (target === 'AWSStepFunctions.StartSyncExecution' && !express) return reply(response, 400, { __type: 'StateMachineTypeNotSupported', message: 'This operation is only supported by Express state machines' });
        const executionArn = express
          ? `${stateMachineArn.replace(':stateMachine:', ':express:')}:${name}:${this.executions.size}`
          : `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
        if (this.executions.has(executionArn)) return reply(response, 400, { __type: 'ExecutionAlreadyExists', message: `Execution Already Exists: '${executionArn}'` });
        const execution = { executionArn, stateMachineArn, name, input: JSON.parse(input), status: 'RUNNING' } as StartedExecution;
        (execution as { done: Promise<void> }).done = options.run(stateMachineArn, execution.input, name).then(
          (output) => {
            execution.status = 'SUCCEEDED';
            execution.output = output;
          },
          (error: Error) => {
            execution.status = 'FAILED';
            execution.error = { name: error.name, message: error.message };
          },
        );
        this.executions.set(executionArn, execution);
        if (target === 'AWSStepFunctions.StartExecution') return reply(response, 200, { executionArn, startDate: Date.now() / 1000 });
        await execution.done;
        return reply(response, 200, {
          executionArn,
          stateMachineArn,
          name,
          status: execution.status,
          startDate: Date.now() / 1000,
          stopDate: Date.now() / 1000,
          ...(execution.output !== undefined ? { output: JSON.stringify(execution.output) } : {}),
          ...(execution.error ? { error: execution.error.name, cause: execution.error.message } : {}),
        });
      }
      case 'AWSStepFunctions.DescribeExecution': {
        const execution = this.executions.get((body as { executionArn: string }).executionArn);
        if (!execution) return reply(response, 400, { __type: 'ExecutionDoesNotExist', message: 'Execution Does Not Exist' });
        return reply(response, 200, {
          executionArn: execution.executionArn,
          stateMachineArn: execution.stateMachineArn,
          name: execution.name,
          status: execution.status,
          startDate: Date.now() / 1000,
          input: JSON.stringify(execution.input),
          ...(execution.output !== undefined ? { output: JSON.stringify(execution.output) } : {}),
          ...(execution.error ? { error: execution.error.name, cause: execution.error.message } : {}),
        });
      }
      case 'secretsmanager.GetSecretValue': {
        const id = (body as { SecretId: string }).SecretId;
        this.secretReads.push(id);
        const value = options.secrets[id];
        if (value === undefined) return reply(response, 400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
        return reply(response, 200, { ARN: id, Name: id, SecretString: value, VersionId: 'v1', VersionStages: ['AWSCURRENT'], CreatedDate: Date.now() / 1000 });
      }
      case 'TrentService.GenerateDataKey':
      case 'TrentService.Decrypt': {
        // JSON protocol: blobs travel as base64.
        try {
          if (target === 'TrentService.Decrypt') {
            const out = options.kms.decrypt({ ...body, CiphertextBlob: Buffer.from(String(body.CiphertextBlob), 'base64') });
            return reply(response, 200, { KeyId: out.KeyId, Plaintext: out.Plaintext.toString('base64') });
          }
          const out = options.kms.generateDataKey(body);
          return reply(response, 200, { KeyId: out.KeyId, Plaintext: out.Plaintext.toString('base64'), CiphertextBlob: out.CiphertextBlob.toString('base64') });
        } catch (error) {
          return reply(response, 400, { __type: (error as Error).name, message: (error as Error).message });
        }
      }
      case 'AWSEvents.PutEvents': {
        const entries = (body as { Entries: PublishedEvent[] }).Entries;
        this.events.push(...entries);
        return reply(response, 200, { FailedEntryCount: 0, Entries: entries.map((_, i) => ({ EventId: `event-${this.events.length - entries.length + i}` })) });
      }
      case 'AmazonSQS.SendMessage': {
        const { QueueUrl, MessageBody } = body as { QueueUrl: string; MessageBody: string };
        this.sentMessages.push({ QueueUrl, MessageBody });
        // The SDK checks the body's MD5 against the answer.
        return reply(response, 200, { MessageId: `message-${this.sentMessages.length}`, MD5OfMessageBody: createHash('md5').update(MessageBody).digest('hex') });
      }
      default:
        return reply(response, 400, { __type: 'UnknownOperationException', message: `no loopback operation ${target}` });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(payload), ...(status >= 400 ? { 'x-amzn-errortype': (body as { __type: string }).__type } : {}) });
  response.end(payload);
}
