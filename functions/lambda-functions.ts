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
    /** Prefixes whose keys it lists (s3:ListBucket on the bucket, limited to these prefixes by condition). */
    readonly s3List?: readonly string[];
    readonly table: 'none' | 'read' | 'write';
    /**
     * Puts the announcements of cases in flight and its batch-roll marks (FLREF#/FLNID#/BATCH# partitions) and nothing else: PutItem only,
     * conditioned on those leading keys, beside a 'read' table grant.
     */
    readonly announcesInFlight?: boolean;
    /** Puts items in batches (BatchWriteItem, which could also delete: granted only where it is used). */
    readonly tableBatchPut?: boolean;
    /** Reads the key of the national-id hashes (links or registers by national id). */
    readonly idHashKey?: boolean;
    /** Publishes postmottak events (SPEC.md "Events") through the event publisher. */
    readonly publishesEvents?: boolean;
    /**
     * Seals national ids onto document items, or opens the sealed copy to show or return it (the KMS key
     * of functions/commons/crypto/national-id-key.ts). A function that only checks a document's status
     * or case reads it sealed and holds no such key.
     */
    readonly nationalIdKey?: boolean;
  };
}

export const lambdaFunctions = [
  // Inspect returns the stored answer of a duplicate (its ids opened); review, record-failure and register
  // seal the ids they write, with their keyed hashes; route returns the stored answer on a rerun.
  { name: 'inspect', substitution: 'InspectFunctionArn', memoryMb: 1024, timeoutSeconds: 120, access: { s3Read: ['incoming/*'], s3Write: [], table: 'write', publishesEvents: true, nationalIdKey: true } },
  { name: 'reject', substitution: 'RejectFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: ['incoming/*'], s3Write: ['quarantine/*'], table: 'write', publishesEvents: true } },
  // 1,769 MB is where Lambda gives one whole vCPU; one tesseract.js worker uses one core and peaked
  // at ~530 MiB RSS in npm run bench:ocr, so more memory would only cost more. 120 s is 20-50x a page's
  // OCR, and short enough that a hung page fails (and is retried once) inside Express's 5 minutes.
  { name: 'extract-page', substitution: 'ExtractPageFunctionArn', memoryMb: 1769, timeoutSeconds: 120, access: { s3Read: ['incoming/*'], s3Write: ['documents/*'], table: 'none' } },
  // Hashes the appellant's national id in fields.parties, so it reads the key (and still no table).
  { name: 'classify', substitution: 'ClassifyFunctionArn', memoryMb: 512, timeoutSeconds: 60, access: { s3Read: ['documents/*'], s3Write: ['documents/*'], table: 'none', idHashKey: true } },
  // Reads the cases and documents it links to; writes only the announcement of a document about to open a
  // case (cases in flight, issue 13).
  { name: 'link', substitution: 'LinkFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'read', announcesInFlight: true, idHashKey: true } },
  { name: 'review', substitution: 'ReviewFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write', idHashKey: true, publishesEvents: true, nationalIdKey: true } },
  { name: 'register', substitution: 'RegisterFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write', tableBatchPut: true, idHashKey: true, publishesEvents: true, nationalIdKey: true } },
  { name: 'deadlines', substitution: 'DeadlinesFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write', publishesEvents: true } },
  // Renders PDF/A letters with pdfkit and embedded fonts: 175 ms warm, 570 ms cold a letter (npm run bench:letters).
  { name: 'write-letters', substitution: 'WriteLettersFunctionArn', memoryMb: 512, timeoutSeconds: 60, access: { s3Read: [], s3Write: ['outbox/*'], table: 'write', publishesEvents: true } },
  { name: 'route', substitution: 'RouteFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: [], table: 'write', publishesEvents: true, nationalIdKey: true } },
  // Stores the page texts a failed Classify left only in the execution's state (stages/record-failure.ts).
  { name: 'record-failure', substitution: 'RecordFailureFunctionArn', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: [], s3Write: ['documents/*'], table: 'write', idHashKey: true, publishesEvents: true, nationalIdKey: true } },
] as const satisfies readonly LambdaFunctionSpec[];

export type LambdaFunctionName = (typeof lambdaFunctions)[number]['name'];

/**
 * Functions that are not task states: what starts executions or runs on a schedule. They are not in
 * the ASL, so they have no substitution; infra/ wires each to its trigger. On a laptop the CLI does
 * their work itself (it starts the state machine, and `postmottak deadlines` lists what is due).
 */
export interface TriggerFunctionSpec {
  readonly name: string;
  /**
   * 'object-created': S3 incoming/ -> EventBridge -> SQS -> function, which starts executions. 'daily': a
   * schedule. 'stages-watch': the check queue start-intake sends each started upload to, delayed past the
   * execution's end (functions/watch-stages). 'http': API Gateway (the service's Fastify app; locally `postmottak serve` runs the same app).
   */
  readonly trigger: 'object-created' | 'daily' | 'http' | 'stages-watch';
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly access: LambdaFunctionSpec['access'];
}

export const triggerFunctions = [
  { name: 'start-intake', trigger: 'object-created', memoryMb: 256, timeoutSeconds: 30, access: { s3Read: ['incoming/*'], s3Write: [], table: 'none' } },
  // The stages watchdog: reads the upload (its document is found by the digest of its bytes) and the
  // register; records an unfinished document to review with RecordFailure's code, so it has RecordFailure's grants.
  { name: 'watch-stages', trigger: 'stages-watch', memoryMb: 256, timeoutSeconds: 60, access: { s3Read: ['incoming/*'], s3Write: [], table: 'write', idHashKey: true, publishesEvents: true, nationalIdKey: true } },
  // Writes the notices of extended processing time it finds due (PDF/A in outbox/, a record in the table, LetterReady);
  // a joined appellant's notice is keyed by the id-hash key's HMAC, so it reads the key.
  { name: 'watch-deadlines', trigger: 'daily', memoryMb: 512, timeoutSeconds: 300, access: { s3Read: [], s3Write: ['outbox/*'], table: 'write', publishesEvents: true, idHashKey: true } },
  // Every object under incoming/ against the register (issue 14): lists incoming/, reads each object and
  // its document; publishes UnfinishedDocuments, which infra/constructs/operations.ts alarms on. On an
  // upload's last run it records one still unfinished to review as the stages watchdog does: its grants.
  // 300 s, not 900: it publishes events, and the event feed passes a dead writer's number only after any
  // publisher's lifetime (abandonedAfterMs, test/events/event-feed-voids.test.ts); reading only the last
  // 3 days' uploads keeps it well inside.
  { name: 'reconcile', trigger: 'daily', memoryMb: 512, timeoutSeconds: 300, access: { s3Read: ['incoming/*'], s3List: ['incoming/'], s3Write: [], table: 'write', idHashKey: true, publishesEvents: true, nationalIdKey: true } },
  // API Gateway gives an integration at most 29 s. Reads page images, texts and originals for the page
  // and for short-lived links; writes the register (decisions, corrections, claims); finds a review
  // item's candidate cases by national id, so it reads the id-hash key. Works the outbox (issue #16):
  // reads letters, and writes a held letter's PDF again with the address an archivist gave it.
  // Writes incoming/ only by the presigned PUTs it hands the page (drag-and-drop upload): the role signs them.
  // Writes a page's image the first time it is opened (made from the original, README "Page images when opened").
  { name: 'api', trigger: 'http', memoryMb: 1024, timeoutSeconds: 29, access: { s3Read: ['incoming/*', 'documents/*', 'quarantine/*', 'outbox/*'], s3Write: ['outbox/*', 'incoming/*', 'documents/*/pages/*.png'], table: 'write', idHashKey: true, publishesEvents: true, nationalIdKey: true } },
] as const satisfies readonly TriggerFunctionSpec[];

export type TriggerFunctionName = (typeof triggerFunctions)[number]['name'];
