import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { documentTextKey } from '#domain/page-keys';
import { pageFromStored } from '#domain/inline-page-texts';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { StateMachine } from 'aws-local-stepfunctions';
import { s3Client } from '../../functions/commons/clients.ts';
import { lambdaFunctions, triggerFunctions } from '../../functions/lambda-functions.ts';
import { bundleForThisMachineContext } from '../../infra/bundling.ts';
import { postmottakApp } from '../../infra/compliance.ts';
import { buildStacks } from '../../infra/stacks.ts';
import { parseSettings } from '../../infra/settings.ts';
import { getDocumentAsStored } from '../../functions/commons/store/documents.ts';
import { dbFromEnv } from '../../functions/commons/store/service.ts';
import { localTable, startLocalStack, type LocalStack } from '../../local/stack.ts';
import { taskStates } from '../../statemachines/definitions.ts';
import { LambdaSandbox, unprivileged } from './support/lambda-sandbox.ts';
import { LoopbackControlPlane } from './support/loopback-control-plane.ts';
import { KmsStandIn } from '../support/kms-stand-in.ts';
import { testSettings } from './synth.ts';
import { StagesWatch } from '../../functions/commons/stages-watch.ts';

/**
 * Issue #14 item 7, "test the artefact AWS runs": every Lambda bundled as CDK bundles it (esbuild, npm
 * ci of the packages that cannot be bundled), for this machine's architecture, into a cloud assembly
 * outside the repository; each bundle imported from its read-only asset folder by a separate Node
 * process as an unprivileged user, with the template's environment and a writable /tmp; and documents
 * run through the whole flow as in AWS: an S3 event through SQS to start-intake, its start record,
 * StartExecution of the stages (the template's definition, its substitutions naming the functions), a
 * decision's StartSyncExecution, the deadline watcher — against the loopback S3 and DynamoDB that local/ starts.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const region = 'eu-north-1';
const account = '111111111111';
const receivedDate = '2025-03-20';
// The synthetic national id that samples/01 and samples/03 carry (month + 80), and words of their text.
const personalData = ['12838510068', '128385 10068', 'Legeerklæring', 'tannbehandling hos'];

type Resource = { Type: string; Properties: Record<string, any>; Metadata?: Record<string, string> };

let out: string;
let dataDir: string;
let local: LocalStack;
let plane: LoopbackControlPlane;
let kms: KmsStandIn;
const nationalIdKeyArn = `arn:aws:kms:${region}:${account}:key/national-ids-0b7e4a6c`;
let resources: Record<string, Resource>;
const sandboxes = new Map<string, LambdaSandbox>();
let startSandbox: (logicalId: string) => Promise<LambdaSandbox>;
const fnIdOf = new Map<string, string>();

const functionArn = (logicalId: string) => `arn:aws:lambda:${region}:${account}:function:${logicalId}`;
const stateMachineArn = (logicalId: string) => `arn:aws:states:${region}:${account}:stateMachine:${logicalId}`;
/** On the loopback control plane: the SDK sends to the queue URL's host. */
let checkQueueUrl: string;
/** The stages watchdog's check queue: the queue with a delivery delay. */
const checkQueueId = () => Object.entries(resources).find(([, r]) => r.Type === 'AWS::SQS::Queue' && r.Properties.DelaySeconds)![0];
/** The template's one state machine, the Express stages. */
const expressId = () => Object.entries(resources).find(([, r]) => r.Type === 'AWS::StepFunctions::StateMachine')![0];

beforeAll(async () => {
  out = mkdtempSync('/tmp/postmottak-artefact-');
  chmodSync(out, 0o755);
  // Asset metadata names each function's asset folder, as the CDK CLI asks for it.
  const app = postmottakApp({ [bundleForThisMachineContext]: true, 'aws:cdk:enable-asset-metadata': true }, out);
  const { data } = buildStacks(app, { name: 'PostmottakArtefact', account, settings: parseSettings(testSettings, 'test settings') });
  const assembly = app.synth();
  const artifact = assembly.getStackByName(data.stackName);
  resources = artifact.template.Resources;
  // The asset folders hold the code as Lambda would get it: readable by everyone, writable by no one.
  execFileSync('chmod', ['-R', 'a+rX,a-w', out]);

  dataDir = mkdtempSync('/tmp/postmottak-artefact-data-');
  local = await startLocalStack({ dataDir });

  const byType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const only = (type: string) => {
    const found = byType(type);
    if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
    return found[0]![0];
  };
  const machines = Object.fromEntries(byType('AWS::StepFunctions::StateMachine').map(([id, r]) => [r.Properties.StateMachineType, id])) as Record<'EXPRESS', string>;
  if (byType('AWS::StepFunctions::StateMachine').length !== 1) throw new Error('expected one state machine, the Express stages');
  // start-intake's start records: a table of its own, made on the loopback DynamoDB as the template declares it.
  const tables = byType('AWS::DynamoDB::Table');
  const startRecordsId = tables.find(([, r]) => r.Properties.TimeToLiveSpecification?.AttributeName === 'expiration' && r.Properties.KeySchema.length === 1)![0];
  const startRecordsTable = `postmottak-start-records-${randomBytes(3).toString('hex')}`;
  const ddb = new DynamoDBClient({ endpoint: process.env.AWS_ENDPOINT_URL_DYNAMODB, region, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  const declared = resources[startRecordsId]!.Properties;
  await ddb.send(new CreateTableCommand({ TableName: startRecordsTable, KeySchema: declared.KeySchema, AttributeDefinitions: declared.AttributeDefinitions, BillingMode: 'PAY_PER_REQUEST' }));
  ddb.destroy();
  const secretArn = `arn:aws:secretsmanager:${region}:${account}:secret:postmottak-id-hash-${randomBytes(3).toString('hex')}`;
  // What each reference of the template stands for here: the loopback bucket and table, the loopback
  // secret and bus, the stages as the loopback Step Functions knows them. Anything else is an error.
  const nationalIdKeyId = byType('AWS::KMS::Key').find(([, r]) => String(r.Properties.Description).includes('national ids'))![0];
  const references: Record<string, string> = {
    [tables.find(([id]) => id !== startRecordsId)![0]]: localTable,
    [startRecordsId]: startRecordsTable,
    [only('AWS::SecretsManager::Secret')]: secretArn,
    [only('AWS::Events::EventBus')]: 'postmottak-events',
    [machines.EXPRESS]: stateMachineArn(machines.EXPRESS),
  };
  // The downstream systems' app client (SYSTEM_CLIENT_ID of the api function): its tokens are the system role.
  references[byType('AWS::Cognito::UserPoolClient').find(([, r]) => r.Properties.AllowedOAuthFlows?.includes('client_credentials'))![0]] = systemClientId;
  const documentBucketId = byType('AWS::S3::Bucket').find(([, r]) => r.Properties.NotificationConfiguration?.EventBridgeConfiguration)![0];
  references[documentBucketId] = local.bucket;
  const resolve = (value: unknown): string => {
    if (typeof value === 'string') return value;
    const ref = (value as { Ref?: string }).Ref;
    if (ref && references[ref] !== undefined) return references[ref]!;
    const getAtt = (value as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
    if (getAtt?.[1] === 'Arn' && resources[getAtt[0]]?.Type === 'AWS::Lambda::Function') return functionArn(getAtt[0]);
    // The KMS key that wraps the data keys of sealed national ids: the loopback KMS holds it.
    if (getAtt?.[1] === 'Arn' && getAtt[0] === nationalIdKeyId) return nationalIdKeyArn;
    throw new Error(`the template refers to ${JSON.stringify(value)}, which this test does not stand in for`);
  };

  for (const [id, r] of byType('AWS::Lambda::Function')) fnIdOf.set(String(r.Properties.Description).replace(/^postmottak /, ''), id);

  kms = new KmsStandIn([nationalIdKeyArn]);
  plane = await LoopbackControlPlane.start({
    kms,
    secrets: { [secretArn]: randomBytes(32).toString('base64') },
    express: [stateMachineArn(machines.EXPRESS)],
    run: (arn, input, name) => {
      if (arn !== stateMachineArn(machines.EXPRESS)) throw new Error(`StartExecution of ${arn}: only the stages are started from outside`);
      return runMachine(machines.EXPRESS, input, name);
    },
  });

  // The stages watchdog's check queue: the loopback keeps what is sent to it (not delivered: its delay is 10 minutes).
  checkQueueUrl = `${plane.endpoint}/${account}/stages-watch-checks`;
  references[checkQueueId()] = checkQueueUrl;

  const platform = {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_S3: process.env.AWS_ENDPOINT_URL_S3!,
    AWS_ENDPOINT_URL_DYNAMODB: process.env.AWS_ENDPOINT_URL_DYNAMODB!,
    AWS_ENDPOINT_URL_SFN: plane.endpoint,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: plane.endpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: plane.endpoint,
    AWS_ENDPOINT_URL_KMS: plane.endpoint,
    AWS_ENDPOINT_URL_SQS: plane.endpoint,
  };
  const starting = new Map<string, Promise<LambdaSandbox>>();
  startSandbox = (logicalId) => {
    let sandbox = starting.get(logicalId);
    if (!sandbox) {
      const fn = resources[logicalId]!;
      const environment = Object.fromEntries(Object.entries(fn.Properties.Environment?.Variables ?? {}).map(([k, v]) => [k, resolve(v)]));
      sandbox = LambdaSandbox.start({
        name: String(fn.Properties.Description).replace(/^postmottak /, ''),
        arn: functionArn(logicalId),
        taskRoot: path.join(out, fn.Metadata!['aws:asset:path']!),
        environment,
        platform,
        handler: fn.Properties.Handler,
        memoryMb: fn.Properties.MemorySize,
        timeoutSeconds: fn.Properties.Timeout,
      }).then((started) => {
        sandboxes.set(logicalId, started);
        return started;
      });
      starting.set(logicalId, sandbox);
    }
    return sandbox;
  };

  /** A state machine of the template: its definition asset, its substitutions, its Lambda tasks bound to the sandboxes. */
  async function runMachine(logicalId: string, input: unknown, name: string): Promise<unknown> {
    const props = resources[logicalId]!.Properties;
    const text = readFileSync(path.join(assembly.directory, `asset.${props.DefinitionS3Location.Key}`), 'utf8');
    const substituted = text.replace(/\$\{(\w+)\}/g, (_, key: string) => resolve(props.DefinitionSubstitutions[key]));
    const definition = JSON.parse(substituted);
    const handlers: Record<string, (input: any) => Promise<any>> = {};
    for (const task of taskStates(definition.States)) {
      if (task.resource.startsWith(`arn:aws:lambda:${region}:${account}:function:`)) {
        const fnId = task.resource.split(':').pop()!;
        handlers[task.name] = async (event) => (await startSandbox(fnId)).invoke(event);
      } else {
        throw new Error(`task ${task.name} calls ${task.resource}, which this test does not run`);
      }
    }
    const machine = new StateMachine(definition, { validationOptions: { checkArn: true, checkPaths: true } });
    const execution = machine.run(input as never, { overrides: { taskResourceLocalHandlers: handlers }, context: { Execution: { Id: `${logicalId}:${name}`, Name: name, Input: input as never, StartTime: new Date().toISOString() } } });
    return execution.result;
  }
}, 600_000);

afterAll(async () => {
  await Promise.allSettled([...sandboxes.values()].map((s) => s.stop()));
  await plane?.stop();
  await local?.stop();
  for (const dir of [out, dataDir]) {
    if (!dir) continue;
    execFileSync('chmod', ['-R', 'u+w', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The mailroom's upload and S3's announcement of it, as the SQS message start-intake receives. */
async function upload(file: string): Promise<{ messageId: string; body: string }> {
  const bytes = readFileSync(path.join(root, 'samples', file));
  const key = `incoming/${randomBytes(8).toString('hex')}/${file}`;
  const put = await s3Client().send(new PutObjectCommand({ Bucket: local.bucket, Key: key, Body: bytes, Metadata: { 'received-date': receivedDate } }));
  const event = {
    version: '0',
    id: randomBytes(16).toString('hex'),
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account,
    time: new Date().toISOString(),
    region,
    resources: [`arn:aws:s3:::${local.bucket}`],
    detail: { version: '0', bucket: { name: local.bucket }, object: { key, size: bytes.length, etag: put.ETag!.replaceAll('"', ''), sequencer: '0' }, 'request-id': 'R', requester: account, reason: 'PutObject' },
  };
  return { messageId: randomBytes(8).toString('hex'), body: JSON.stringify(event) };
}

const sqsEvent = (messages: { messageId: string; body: string }[]) => ({
  Records: messages.map((m) => ({ ...m, receiptHandle: m.messageId, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: `arn:aws:sqs:${region}:${account}:intake`, awsRegion: region })),
});

const systemClientId = 'bundles-test-system-client';
/** The claims of a client-credentials access token (no user): a downstream system's. */
const machineClaims = (clientId: string) => ({ sub: clientId, client_id: clientId, scope: 'postmottak/system.read', token_use: 'access' });

/** A REST API (v1 payload) proxy event as API Gateway sends it; Cognito's authorizer put the claims on it (a person's in a group, or given whole). */
function restEvent(method: string, route: string, groups: string | Record<string, unknown> | null, body?: unknown) {
  const claims = typeof groups === 'object' && groups ? groups : groups ? { sub: '7d4c2f8e', 'cognito:username': groups === 'archivist' ? 'kari.arkivar' : `someone.${groups}`, 'cognito:groups': groups } : undefined;
  const headers = { 'content-type': 'application/json', host: 'abc123.execute-api.eu-north-1.amazonaws.com', 'x-forwarded-proto': 'https' };
  return {
    resource: route.startsWith('/api/') ? '/api/{proxy+}' : route,
    path: route,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: route.startsWith('/api/') ? { proxy: route.slice('/api/'.length) } : null,
    stageVariables: null,
    requestContext: { stage: 'live', httpMethod: method, path: `/live${route}`, requestId: randomBytes(8).toString('hex'), identity: { sourceIp: '127.0.0.1' }, ...(claims ? { authorizer: { claims } } : {}) },
    body: body === undefined ? null : JSON.stringify(body),
    isBase64Encoded: false,
  };
}

interface Outcome {
  status: string;
  documentType: string | null;
  textSource: string | null;
  caseId: string | null;
  queue: string | null;
  documentId: string;
}

describe('the synthesized Lambda bundles, run as AWS runs them', () => {
  const outcomes = new Map<string, Outcome>();

  it('start an intake per upload; a repeated S3 event starts nothing new', async () => {
    const starter = await startSandbox(fnIdOf.get('start-intake')!);
    const first = await upload('01-oversendelse-tannbehandling.pdf');
    expect(await starter.invoke(sqsEvent([first]))).toEqual({ batchItemFailures: [] });
    await plane.settled();
    // The same event delivered again: start-intake finds its start record and starts nothing.
    expect(await starter.invoke(sqsEvent([first]))).toEqual({ batchItemFailures: [] });
    expect(plane.executions.size).toBe(1);
    const rest = await Promise.all(['03-legeerklaering-skannet.tif', '05-ettersendelse-uten-sak.pdf', '06-ikke-en-pdf.pdf'].map(upload));
    expect(await starter.invoke(sqsEvent(rest))).toEqual({ batchItemFailures: [] });
    const executions = await plane.settled();
    expect(executions).toHaveLength(4);
    // One watchdog check per started upload, none for the repeated event; each names its upload.
    expect(plane.sentMessages.map((m) => m.QueueUrl)).toEqual(Array(4).fill(checkQueueUrl));
    expect(plane.sentMessages.map((m) => StagesWatch.parse(JSON.parse(m.MessageBody)).intake.key).sort()).toEqual(executions.map((e) => (e.input as { intake: { key: string } }).intake.key).sort());
    // Delivered (here at once, in AWS ten minutes later), every check finds its document finished and changes nothing.
    const before = await Promise.all(executions.map(async (e) => (await getDocumentAsStored(dbFromEnv(), (e.output as Outcome).documentId))?.item));
    const watcher = await startSandbox(fnIdOf.get('watch-stages')!);
    expect(await watcher.invoke(sqsEvent(plane.sentMessages.map((m, i) => ({ messageId: `check-${i}`, body: m.MessageBody }))))).toEqual({ batchItemFailures: [] });
    expect(await Promise.all(executions.map(async (e) => (await getDocumentAsStored(dbFromEnv(), (e.output as Outcome).documentId))?.item))).toEqual(before);
    for (const execution of executions) {
      expect(execution.error, execution.name).toBeUndefined();
      const input = execution.input as { intake: { key: string } };
      // The execution answers the document's line; it is also the document's in the table.
      const line = execution.output as Outcome;
      expect(execution.stateMachineArn).toBe(stateMachineArn(expressId()));
      // Read as stored: the ids on it were sealed through the loopback KMS, which this process does not use.
      const stored = (await getDocumentAsStored(dbFromEnv(), line.documentId))?.result;
      expect(stored, line.documentId).toMatchObject({ documentId: line.documentId, status: line.status });
      outcomes.set(path.basename(input.intake.key), { ...stored, ...line } as Outcome);
    }
  }, 300_000);

  it('route a text PDF to a new case, and a scanned TIFF, read by OCR, onto that case', () => {
    const text = outcomes.get('01-oversendelse-tannbehandling.pdf')!;
    expect(text).toMatchObject({ status: 'routed', documentType: 'case_transfer', textSource: 'text_layer', queue: 'unassigned/dental' });
    expect(text.caseId).toMatch(/^2025-\d{5}$/);
    const scan = outcomes.get('03-legeerklaering-skannet.tif')!;
    expect(scan).toMatchObject({ status: 'routed', documentType: 'medical_declaration', textSource: 'ocr', caseId: text.caseId, queue: 'unit-mail/dental' });
  });

  it('send a letter with no case to review, and a file that is no PDF to quarantine with its original', async () => {
    expect(outcomes.get('05-ettersendelse-uten-sak.pdf')).toMatchObject({ status: 'review', queue: 'review' });
    const rejected = outcomes.get('06-ikke-en-pdf.pdf')!;
    expect(rejected).toMatchObject({ status: 'rejected', queue: 'quarantine' });
    const kept = await s3Client().send(new ListObjectsV2Command({ Bucket: local.bucket, Prefix: `quarantine/${rejected.documentId}/` }));
    expect((kept.Contents ?? []).length).toBeGreaterThan(0);
    // The scanned page's text is kept beside the document (its image is made when first opened): it
    // travelled in the state and Classify stored it in the document's text artefact, gzip-encoded.
    const scan = outcomes.get('03-legeerklaering-skannet.tif')!;
    const stored = await s3Client().send(new GetObjectCommand({ Bucket: local.bucket, Key: documentTextKey(scan.documentId) }));
    const body = Buffer.from(await stored.Body!.transformToByteArray());
    const texts = JSON.parse((stored.ContentEncoding === 'gzip' ? gunzipSync(body) : body).toString('utf8')) as unknown;
    expect(pageFromStored<{ text: string }>(texts, 0)?.text.length).toBeGreaterThan(100);
  });

  it('answer as API Gateway calls the api bundle: the OpenAPI document openly, the review queue by role, and a decision that runs the stages', async () => {
    const api = await startSandbox(fnIdOf.get('api')!);
    const call = async (method: string, route: string, groups: string | Record<string, unknown> | null, body?: unknown) => {
      const response = (await api.invoke(restEvent(method, route, groups, body))) as { statusCode: number; body: string; headers: Record<string, string> };
      return { status: response.statusCode, body: JSON.parse(response.body || 'null'), type: response.headers['content-type'] };
    };
    const openapi = await call('GET', '/openapi.json', null);
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(await call('GET', '/api/v1/review', null)).toMatchObject({ status: 401, type: expect.stringContaining('application/problem+json') });
    expect(await call('GET', '/api/v1/review', 'reader')).toMatchObject({ status: 403, type: expect.stringContaining('application/problem+json') });
    // A downstream system's machine token (the template's client) reads the events; another client of the pool gets nothing.
    expect((await call('GET', '/api/v1/events', machineClaims(systemClientId))).status).toBe(200);
    expect(await call('GET', '/api/v1/events', machineClaims('another-client'))).toMatchObject({ status: 403 });

    const inReview = outcomes.get('05-ettersendelse-uten-sak.pdf')!;
    const queue = await call('GET', '/api/v1/review', 'archivist');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { documentId: string }) => item.documentId)).toContain(inReview.documentId);

    const item = await call('GET', `/api/v1/review/${inReview.documentId}`, 'archivist');
    expect(item.status, JSON.stringify(item.body)).toBe(200);

    // A scanned page's image, made on this first opening by the api bundle (sharp from its own read-only folder) and stored.
    const scan = outcomes.get('03-legeerklaering-skannet.tif')!;
    const imageKey = { Bucket: local.bucket, Key: `documents/${scan.documentId}/pages/0.png` };
    await expect(s3Client().send(new GetObjectCommand(imageKey))).rejects.toMatchObject({ name: 'NoSuchKey' });
    const image = (await api.invoke(restEvent('GET', `/api/v1/documents/${scan.documentId}/pages/1/image`, 'archivist'))) as { statusCode: number; body: string; isBase64Encoded: boolean; headers: Record<string, string> };
    expect(image.statusCode, image.body.slice(0, 200)).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    // Bytes, base64-encoded for API Gateway (its binaryMediaTypes decode them for the browser).
    expect(image.isBase64Encoded).toBe(true);
    const png = Buffer.from(image.body, 'base64');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const stored = Buffer.from(await (await s3Client().send(new GetObjectCommand(imageKey))).Body!.transformToByteArray());
    // Compared by digest: a diff of two large buffers is no help and takes minutes.
    const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    expect(digest(stored)).toBe(digest(png));

    const caseId = outcomes.get('01-oversendelse-tannbehandling.pdf')!.caseId!;
    const before = plane.executions.size;
    const decided = await call('POST', `/api/v1/review/${inReview.documentId}/decision`, 'archivist', { case: caseId });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ decidedBy: 'kari.arkivar', result: { status: 'routed', caseId, queue: 'unit-mail/dental' } });
    // Through the stages, as `review decide` locally: one new synchronous Express execution, named for the decision.
    const started = [...plane.executions.values()].slice(before);
    expect(started.map((e) => e.name)).toEqual([expect.stringMatching(new RegExp(`^${inReview.documentId}-d\\d+$`))]);
    expect(started[0]!.status).toBe('SUCCEEDED');
    // A second decision on the same document is refused, and nothing starts.
    expect(await call('POST', `/api/v1/review/${inReview.documentId}/decision`, 'archivist', { case: caseId })).toMatchObject({ status: 409 });
    expect(plane.executions.size).toBe(before + 1);
  }, 120_000);

  it('published the flow\'s events to the bus the template names, as source postmottak, with no personal data', () => {
    expect(plane.events.length).toBeGreaterThan(0);
    for (const event of plane.events) {
      expect(event).toMatchObject({ EventBusName: 'postmottak-events', Source: 'postmottak' });
      expect(JSON.parse(event.Detail).type).toBe(event.DetailType);
      for (const needle of personalData) expect(event.Detail).not.toContain(needle);
    }
    const types = new Set(plane.events.map((e) => e.DetailType));
    for (const type of ['DocumentReceived', 'CaseCreated', 'DocumentRegistered', 'CaseRouted', 'DeadlineOpened', 'DocumentInReview', 'DocumentRejected']) expect(types, type).toContain(type);
  });

  it('answer GET /api/v1/events from the api bundle with every event the bus got, and read on from since', async () => {
    const api = await startSandbox(fnIdOf.get('api')!);
    const call = async (route: string) => {
      const response = (await api.invoke(restEvent('GET', route, 'system'))) as { statusCode: number; body: string };
      return { status: response.statusCode, body: JSON.parse(response.body) };
    };
    const all = await call('/api/v1/events?limit=1000');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    const ids = (all.body.events as { id: string }[]).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(plane.events.map((e) => JSON.parse(e.Detail).id as string)));
    const after = await call(`/api/v1/events?since=${ids[2]}&limit=3`);
    expect(after.body.events.map((e: { id: string }) => e.id)).toEqual(ids.slice(3, 6));
  });

  it('sealed the national ids on document items through the KMS key the template names, and kept none in clear', async () => {
    const nationalIdForms = personalData.slice(0, 2);
    for (const name of ['01-oversendelse-tannbehandling.pdf', '03-legeerklaering-skannet.tif']) {
      const stored = (await getDocumentAsStored(dbFromEnv(), outcomes.get(name)!.documentId))!.item;
      const fields = stored.fields as Record<string, unknown>;
      expect(fields.nationalIds, name).toBeUndefined();
      expect(fields.nationalIdsSealed, name).toMatch(/^nid1\./);
      for (const needle of nationalIdForms) expect(JSON.stringify(stored), name).not.toContain(needle);
    }
    expect(kms.calls.filter((call) => call.operation === 'GenerateDataKey').length).toBeGreaterThan(0);
    for (const call of kms.calls) expect(call).toMatchObject({ keyId: nationalIdKeyArn, context: { purpose: 'postmottak-national-ids' } });
  });

  it('run the deadline watcher\'s bundle on the register the stages wrote', async () => {
    const watcher = await startSandbox(fnIdOf.get('watch-deadlines')!);
    const watch = (await watcher.invoke({ time: '2025-04-10T04:00:00Z', source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} })) as { deadlines: { caseId: string; kind: string }[] };
    const caseId = outcomes.get('01-oversendelse-tannbehandling.pdf')!.caseId;
    expect(watch.deadlines).toContainEqual(expect.objectContaining({ caseId, kind: 'preliminary_reply' }));
  });

  it('ran every function it used from a read-only code folder, with a writable /tmp, as an unprivileged user', () => {
    const used = [...sandboxes.values()].map((s) => s.options.name).sort();
    expect(used).toEqual(expect.arrayContaining(['api', 'start-intake', 'inspect', 'extract-page', 'classify', 'link', 'register', 'deadlines', 'route', 'review', 'reject', 'watch-deadlines']));
    for (const sandbox of sandboxes.values()) {
      expect(sandbox.init, sandbox.options.name).toMatchObject({ codeWritable: false, tmpWritable: true });
      expect(sandbox.options.taskRoot.startsWith(root)).toBe(false);
    }
    expect(unprivileged.uid).not.toBe(0);
    // The init phase of each bundle here (module load; extract-page's includes its OCR worker): a figure, not an assertion.
    console.info(`init ms: ${[...sandboxes.values()].map((s) => `${s.options.name} ${Math.round(s.init.initMs)}`).sort().join(', ')}`);
    // Every registry function has a bundle in the assembly, whether or not this flow needed it.
    for (const spec of [...lambdaFunctions, ...triggerFunctions]) expect(fnIdOf.has(spec.name), spec.name).toBe(true);
  });

  it('read the id-hash secret through Secrets Manager by the template\'s ARN, and wrote no personal data into any log line', () => {
    expect(plane.secretReads.length).toBeGreaterThan(0);
    const lines = [...sandboxes.values()].flatMap((s) => s.logs.map((line) => `${s.options.name}: ${line}`));
    expect(lines.length).toBeGreaterThan(0);
    for (const needle of personalData) expect(lines.filter((line) => line.includes(needle))).toEqual([]);
  });
});
