import { maskNationalIds } from '#domain/classify/training-examples';
import { putItem, query, type Db, type Item } from './db.ts';

/**
 * Labelled examples for the next classifier model: every archivist's decision and correction, with
 * the document's text, the machine's answer and the archivist's. They live in the protected table
 * (encrypted, point-in-time recovery) under one partition per kind, newest last by sort key, so
 * "the last 100 decisions" is one Query and `npm run train` reads them with `listExamples`.
 */
export type ExampleKind = 'decision' | 'correction' | 'duplicate' | 'forwarded';

export interface Answer {
  documentType: string | null;
  area: string | null;
  caseId: string | null;
}

export interface LabelledExample {
  kind: ExampleKind;
  documentId: string;
  at: string;
  /** The person who gave the archivist's answer. */
  by: string;
  machine: Answer & { confidence: number | null; modelVersion: string | null };
  archivist: Answer & { outcome?: string; fields?: Record<string, unknown> };
  /** The text as read (text layer or OCR), pages joined by form feeds; stored with national ids as zeros and capped so one example stays one item. */
  text: string;
  language: string | null;
}

/** DynamoDB items hold 400 KB; UTF-8 Norwegian text is at most ~2 bytes a character, and the rest of the item is small. */
export const MAX_EXAMPLE_TEXT = 150_000;

export const examplePartition = (kind: ExampleKind) => `EXAMPLES#${kind}`;
const partition = examplePartition;
export const exampleKinds: readonly ExampleKind[] = ['decision', 'correction', 'duplicate', 'forwarded'];

/**
 * Training needs the words, not the people: the text is kept with its national ids written as zeros,
 * exactly as `examples export` writes it (README "National ids at rest"), so the table holds none in clear.
 */
export async function recordExample(db: Db, example: LabelledExample): Promise<void> {
  const whole = maskNationalIds(example.text);
  const text = whole.length > MAX_EXAMPLE_TEXT ? whole.slice(0, MAX_EXAMPLE_TEXT) : whole;
  await putItem(db, { Item: { pk: partition(example.kind), sk: `${example.at}#${example.documentId}`, type: 'example', ...example, text, textTruncated: text.length < whole.length } });
}

/** Newest first; `withText: false` leaves the text out of the read (for the page's figures). */
export async function listExamples(db: Db, input: { kind: ExampleKind; limit: number; withText?: boolean }): Promise<LabelledExample[]> {
  const out = await query(db, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': partition(input.kind) },
    ScanIndexForward: false,
    Limit: input.limit,
    ...(input.withText === false ? { ProjectionExpression: 'kind, documentId, #at, #by, machine, archivist, #lang', ExpressionAttributeNames: { '#at': 'at', '#by': 'by', '#lang': 'language' } } : {}),
  });
  return (out.Items ?? []).map((item: Item) => ({ text: '', ...item }) as unknown as LabelledExample);
}
