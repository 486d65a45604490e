/**
 * The one list of Lambda functions. infra/ creates a NodejsFunction per entry and passes its ARN to the
 * state machine under `substitution`; local/ binds the same handler to the same substitution, so a task
 * state reaches the same code in AWS and on a laptop.
 */
export interface LambdaFunctionSpec {
  /** Short name, also the folder under functions/. */
  readonly name: string;
  /** Placeholder in statemachines/intake.asl.json, e.g. ${InspectFunctionArn}. */
  readonly substitution: string;
  /** Memory in MB, from measurement (see README "Sizing"). */
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** What the function touches, for least-privilege grants in infra/. */
  readonly access: {
    readonly s3Read: readonly string[];
    readonly s3Write: readonly string[];
    readonly table: 'none' | 'read' | 'write';
    /** Needs the national-id hash key without the table (Classify hashes the appellant's id in fields.parties). */
    readonly idHashKey?: boolean;
  };
}

export const lambdaFunctions = [
  { name: 'inspect', substitution: 'InspectFunctionArn', memoryMb: 1024, timeoutSeconds: 120, access: { s3Read: ['incoming/*'], s3Write: [], table: 'none' } },
  { name: 'reject', substitution: 'RejectFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: ['incoming/*'], s3Write: ['quarantine/*'], table: 'write' } },
  // 1,769 MB is where Lambda gives one whole vCPU; one tesseract.js worker uses one core and peaked
  // at ~530 MiB RSS in npm run bench:ocr, so more memory would only cost more.
  { name: 'extract-page', substitution: 'ExtractPageFunctionArn', memoryMb: 1769, timeoutSeconds: 300, access: { s3Read: ['incoming/*'], s3Write: ['documents/*'], table: 'none' } },
  { name: 'classify', substitution: 'ClassifyFunctionArn', memoryMb: 512, timeoutSeconds: 60, access: { s3Read: ['documents/*'], s3Write: ['documents/*'], table: 'none', idHashKey: true } },
  { name: 'link', substitution: 'LinkFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'read' } },
  { name: 'review', substitution: 'ReviewFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write' } },
  { name: 'register', substitution: 'RegisterFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write' } },
  { name: 'deadlines', substitution: 'DeadlinesFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write' } },
  // Renders PDF/A letters with pdfkit and embedded fonts: ~0.2 s and ~150 MB a letter, measured in test/letters.
  { name: 'write-letters', substitution: 'WriteLettersFunctionArn', memoryMb: 512, timeoutSeconds: 60, access: { s3Read: [], s3Write: ['outbox/*'], table: 'write' } },
  { name: 'route', substitution: 'RouteFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write' } },
  { name: 'record-failure', substitution: 'RecordFailureFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write' } },
] as const satisfies readonly LambdaFunctionSpec[];

export type LambdaFunctionName = (typeof lambdaFunctions)[number]['name'];

/**
 * Functions that are not task states: what starts executions or runs on a schedule. They are not in
 * the ASL, so they have no substitution; infra/ wires each to its trigger. On a laptop the CLI does
 * their work itself (it starts the state machine, and `postmottak deadlines` lists what is due).
 */
export interface TriggerFunctionSpec {
  readonly name: string;
  /** 'object-created': S3 incoming/ -> EventBridge -> SQS -> function, which starts executions. 'daily': a schedule. */
  readonly trigger: 'object-created' | 'daily';
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly access: LambdaFunctionSpec['access'];
}

export const triggerFunctions = [
  { name: 'start-intake', trigger: 'object-created', memoryMb: 256, timeoutSeconds: 30, access: { s3Read: ['incoming/*'], s3Write: [], table: 'none' } },
  // Writes the notices of extended processing time it finds due (PDF/A in outbox/, a record in the table).
  { name: 'watch-deadlines', trigger: 'daily', memoryMb: 512, timeoutSeconds: 300, access: { s3Read: [], s3Write: ['outbox/*'], table: 'write' } },
] as const satisfies readonly TriggerFunctionSpec[];

export type TriggerFunctionName = (typeof triggerFunctions)[number]['name'];
