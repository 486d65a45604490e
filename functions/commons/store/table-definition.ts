import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, ResourceNotFoundException, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The one DynamoDB table of postmottak, as data: infra/ builds its Table from this object and the
 * embedded runtime creates the same table on its loopback server, so the two cannot drift.
 *
 * Single-table design; every request path is a GetItem or a Query on a key, never a Scan.
 *
 * Items (pk / sk):
 *   CASE#{caseId}     / CASE        saksmappe: number, title, area, class (arkivkode), status, handler,
 *                                   keywords, priority; sits in queue-oldest + queue-priority while it
 *                                   is unassigned (qpk = unassigned/{area})
 *   CASE#{caseId}     / DEADLINES   every deadline of the case (open / closed by which document / missed)
 *                                   and the earliest open due date, which feeds the `due` index
 *   CASE#{caseId}     / AUDIT#{at}#{n}  audit trail of human actions (claim, archivist decision,
 *                                   deadline opened through the API); machine steps are recorded on
 *                                   the items they change (registeredAt, openedBy, closedBy, ...)
 *   DOC#{documentId}  / DOC         journalpost: Noark type I, status M/J, restanse/avskrivning, the
 *                                   classification and fields, the case; in queue-oldest while it waits
 *                                   in review, quarantine, handler/{id} or unit-mail/{area}
 *   SEQ#{year}        / SEQ         case-number sequence of a year, with the case of the last number
 *                                   (so a writer that dies between number and case leaves no gap)
 *   REF#{reference}   / CASE#{caseId}  a case reference (ours or another agency's) -> case
 *   NID#{hmac}        / CASE#{caseId}  keyed hash of a national id -> case (the number itself is never stored)
 *   FLREF#{reference} / AT#{announcedAt}#DOC#{id}  a document about to open a case (cases-in-flight.ts),
 *   FLNID#{hmac}      / AT#{announcedAt}#DOC#{id}  by reference or national-id hash; expire by TTL (expiresAt)
 *   HELD#{handlerId}  / CASE#{caseId}  a case a handler claimed («Mine saker»; releasedAt once given back)
 *   BATCH#{batch}     / DOC#{id}    a document of a batch from Inspect to its first Link (batch-roll.ts); TTL
 *
 * Access patterns -> key:
 *   unassigned cases of an area, oldest first   queue-oldest   qpk = unassigned/{area}, qsk = {received}#{caseNumber}
 *     received-date range                       KeyCondition on qsk (BETWEEN), keyword: FilterExpression contains(keywords)
 *   ... priority first                          queue-priority qpk = unassigned/{area}, qprio = {9-priority}#{received}#{caseNumber}
 *                                               (raised-priority cases only), then queue-oldest filtered to normal priority
 *   a handler's new mail                        queue-oldest   qpk = handler/{handlerId}
 *   a unit's mail without handler               queue-oldest   qpk = unit-mail/{area}
 *   the review queue / quarantine               queue-oldest   qpk = review | quarantine
 *   open deadlines due before a date            due            dpk = DUE#{area}, dsk <= {date}~ (earliest open due of the case)
 *   a case by any of its references             GetItem CASE#{caseId} for our own number, Query REF#{reference}
 *   open cases of a national id                 Query NID#{hmac}, FilterExpression open = true
 *   the cases a handler holds                   Query HELD#{handlerId}, FilterExpression no releasedAt, then the cases by key
 *   a case with its deadlines and audit trail   Query pk = CASE#{caseId}
 *   a document (journal entry)                  GetItem DOC#{documentId}
 * Cursor pagination everywhere is the LastEvaluatedKey of the Query, encoded.
 */

export type KeyType = 'S';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyType;
}

export interface GlobalSecondaryIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly projection: { readonly type: 'ALL' | 'KEYS_ONLY' } | { readonly type: 'INCLUDE'; readonly nonKeyAttributes: readonly string[] };
}

export interface TableDefinition {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly billingMode: 'PAY_PER_REQUEST';
  /** The attribute (epoch seconds) after which DynamoDB may delete an item on its own. */
  readonly timeToLiveAttribute: string;
  readonly globalSecondaryIndexes: readonly GlobalSecondaryIndexDefinition[];
}

/** What a queue listing shows and filters on; the rest of an item (a review's resume data) stays out of the indexes. */
export const queueProjection = [
  'type',
  'caseId',
  'caseNumber',
  'title',
  'area',
  'keywords',
  'priority',
  'receivedDate',
  'status',
  'documentId',
  'documentType',
  'fileName',
  'reason',
  'reasonCode',
  'confidence',
] as const;

export const indexNames = {
  queueOldest: 'queue-oldest',
  queuePriority: 'queue-priority',
  due: 'due',
} as const;

export const tableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  billingMode: 'PAY_PER_REQUEST',
  // Only the announcements of cases in flight carry it (cases-in-flight.ts); the register never expires.
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      indexName: indexNames.queueOldest,
      partitionKey: { name: 'qpk', type: 'S' },
      sortKey: { name: 'qsk', type: 'S' },
      projection: { type: 'INCLUDE', nonKeyAttributes: queueProjection },
    },
    {
      // Sparse: only cases of raised priority (anke, missed appeal deadline) waiting in
      // unassigned/{area} carry qprio, so a normal new case costs one index write, not two.
      indexName: indexNames.queuePriority,
      partitionKey: { name: 'qpk', type: 'S' },
      sortKey: { name: 'qprio', type: 'S' },
      projection: { type: 'INCLUDE', nonKeyAttributes: queueProjection },
    },
    {
      // Sparse: only a case's DEADLINES item with an open deadline carries dpk. Keys only, so a
      // deadline write that does not move the case's earliest due date costs the index nothing.
      indexName: indexNames.due,
      partitionKey: { name: 'dpk', type: 'S' },
      sortKey: { name: 'dsk', type: 'S' },
      projection: { type: 'KEYS_ONLY' },
    },
  ],
} as const satisfies TableDefinition;

/** The CreateTable request for `tableName`, from tableDefinition. */
export function createTableInput(tableName: string, definition: TableDefinition = tableDefinition): CreateTableCommandInput {
  const keyNames = new Map<string, KeyType>();
  const add = (key: KeyAttribute) => keyNames.set(key.name, key.type);
  add(definition.partitionKey);
  add(definition.sortKey);
  definition.globalSecondaryIndexes.forEach((index) => {
    add(index.partitionKey);
    add(index.sortKey);
  });
  return {
    TableName: tableName,
    BillingMode: definition.billingMode,
    AttributeDefinitions: [...keyNames].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection:
        index.projection.type === 'INCLUDE'
          ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.nonKeyAttributes] }
          : { ProjectionType: index.projection.type },
    })),
  };
}

type AnyDynamoClient = Pick<DynamoDBClient | DynamoDBDocumentClient, 'send'>;

/** Creates the table (for the loopback server); fails if it exists. */
export async function createTable(client: AnyDynamoClient, tableName: string): Promise<void> {
  await (client as DynamoDBClient).send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilActive(client, tableName);
}

/** Creates the table unless it exists: the embedded runtime calls this on every start. */
export async function ensureTable(client: AnyDynamoClient, tableName: string): Promise<void> {
  try {
    await (client as DynamoDBClient).send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as Error).name !== 'ResourceNotFoundException') throw error;
    try {
      await (client as DynamoDBClient).send(new CreateTableCommand(createTableInput(tableName)));
    } catch (createError) {
      if (!(createError instanceof ResourceInUseException) && (createError as Error).name !== 'ResourceInUseException') throw createError;
    }
  }
  await waitUntilActive(client, tableName);
}

async function waitUntilActive(client: AnyDynamoClient, tableName: string): Promise<void> {
  // Loopback servers create a table in well under a second; a real table takes longer and is
  // created by CloudFormation, not by this function.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { Table } = await (client as DynamoDBClient).send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === undefined || index.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}
